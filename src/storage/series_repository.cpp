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

} // namespace empfang
