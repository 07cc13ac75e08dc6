#include "series_repository.h"

#include "appointment_repository.h"
#include "sql.h"

namespace empfang {

Result<qint64> SeriesRepository::create(qint64 typeId, qint64 nowMs)
{
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::run(q,
                  QStringLiteral("INSERT INTO appointment_series (type_id, created_ms) "
                                 "VALUES (?, ?) RETURNING id"),
                  {typeId, nowMs}, &error))
        return Result<qint64>::failure(error);
    return sql::insertedId(q);
}

Status SeriesRepository::attach(qint64 appointmentId, qint64 seriesId)
{
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::run(q, QStringLiteral("UPDATE appointments SET series_id = ? WHERE id = ?"),
                  {seriesId, appointmentId}, &error))
        return Status::failure(error);
    if (q.numRowsAffected() == 0)
        return Status::failure(AppointmentRepository::notFound(appointmentId));
    return success();
}

Result<qint64> SeriesRepository::seriesOf(qint64 appointmentId) const
{
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::run(q, QStringLiteral("SELECT series_id FROM appointments WHERE id = ?"),
                  {appointmentId}, &error))
        return Result<qint64>::failure(error);
    if (!q.next())
        return Result<qint64>::failure(AppointmentRepository::notFound(appointmentId));
    return q.value(0).toLongLong();
}

Result<QList<Appointment>> SeriesRepository::members(qint64 seriesId) const
{
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::run(q,
                  QStringLiteral("SELECT id FROM appointments WHERE series_id = ? "
                                 "ORDER BY start_ms, id"),
                  {seriesId}, &error))
        return Result<QList<Appointment>>::failure(error);
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    QList<Appointment> out;
    AppointmentRepository appointments(m_db);
    for (qint64 id : ids) {
        auto a = appointments.find(id);
        if (!a)
            return Result<QList<Appointment>>::failure(a.error());
        out << a.value();
    }
    return out;
}

Result<QHash<qint64, SeriesPosition>>
SeriesRepository::positions(const QList<qint64> &appointmentIds) const
{
    using R = Result<QHash<qint64, SeriesPosition>>;
    QHash<qint64, SeriesPosition> out;
    if (appointmentIds.isEmpty())
        return out;
    QStringList ids; // numbers only: safe to put into the statement, and any count works
    ids.reserve(appointmentIds.size());
    for (qint64 id : appointmentIds)
        ids << QString::number(id);
    const QString notCancelled = QStringLiteral("b.status <> 'cancelled'");
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::run(q,
                  QStringLiteral("SELECT a.id, "
                                 "(SELECT COUNT(*) FROM appointments b WHERE b.series_id = "
                                 "a.series_id AND %1 AND (b.start_ms < a.start_ms OR "
                                 "(b.start_ms = a.start_ms AND b.id <= a.id))), "
                                 "(SELECT COUNT(*) FROM appointments b WHERE b.series_id = "
                                 "a.series_id AND %1) "
                                 "FROM appointments a WHERE a.series_id IS NOT NULL "
                                 "AND a.status <> 'cancelled' AND a.id IN (%2)")
                      .arg(notCancelled, ids.join(QLatin1Char(','))),
                  {}, &error))
        return R::failure(error);
    while (q.next())
        out.insert(q.value(0).toLongLong(), {q.value(1).toInt(), q.value(2).toInt()});
    return out;
}

} // namespace empfang
