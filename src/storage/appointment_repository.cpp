#include "appointment_repository.h"

#include "cached_statement.h"
#include "domain/text_rules.h"
#include "hot_queries.h"
#include "sql.h"

namespace empfang {

namespace {

const QString kSelect = hot_queries::appointmentSelect();

Appointment fromRow(const QSqlQuery &q)
{
    Appointment a;
    a.id = q.value(0).toLongLong();
    a.practitionerId = q.value(1).toLongLong();
    a.typeId = q.value(2).toLongLong();
    a.patientId = q.value(3).toLongLong();
    a.span = {q.value(4).toLongLong(), q.value(5).toLongLong()};
    statusFromKey(q.value(6).toString(), &a.status);
    a.note = q.value(7).toString();
    a.createdMs = q.value(8).toLongLong();
    a.updatedMs = q.value(9).toLongLong();
    a.patientName = q.value(10).toString();
    a.typeName = q.value(11).toString();
    return a;
}

// Longest buffer we allow (one day): how far around a range a neighbour's buffer can reach.
constexpr qint64 kMaxReachMs = 24 * 60 * kMinuteMs;

} // namespace

QString AppointmentRepository::notFound(qint64 id)
{
    return tr("There is no appointment with the number %1.").arg(id);
}

Result<Appointment> AppointmentRepository::insert(const Appointment &a)
{
    if (const QString invalid = TextRules::check(TextRules::Field::Note, a.note);
        !invalid.isEmpty())
        return Result<Appointment>::failure(invalid);
    QSqlQuery q(m_db.connection());
    QString error;
    const QVariant patient =
        a.patientId ? QVariant(a.patientId) : QVariant(QMetaType(QMetaType::LongLong));
    if (!sql::run(q,
                  QStringLiteral("INSERT INTO appointments (practitioner_id, type_id, patient_id, "
                                 "start_ms, end_ms, status, note, created_ms, updated_ms) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                  {a.practitionerId, a.typeId, patient, a.span.startMs, a.span.endMs,
                   statusKey(a.status), a.note, a.createdMs, a.updatedMs},
                  &error))
        return Result<Appointment>::failure(error);
    return find(sql::insertedId(q));
}

Status AppointmentRepository::reschedule(qint64 id, qint64 practitionerId, const Interval &span,
                                         qint64 nowMs)
{
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::run(q,
                  QStringLiteral("UPDATE appointments SET practitioner_id = ?, start_ms = ?, "
                                 "end_ms = ?, updated_ms = ? WHERE id = ?"),
                  {practitionerId, span.startMs, span.endMs, nowMs, id}, &error))
        return Status::failure(error);
    if (q.numRowsAffected() == 0)
        return Status::failure(notFound(id));
    return success();
}

Status AppointmentRepository::setStatus(qint64 id, AppointmentStatus status, qint64 nowMs)
{
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::run(q,
                  QStringLiteral("UPDATE appointments SET status = ?, updated_ms = ? WHERE id = ?"),
                  {statusKey(status), nowMs, id}, &error))
        return Status::failure(error);
    if (q.numRowsAffected() == 0)
        return Status::failure(notFound(id));
    return success();
}

Result<Appointment> AppointmentRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::run(q, kSelect + QStringLiteral("WHERE a.id = ?"), {id}, &error))
        return Result<Appointment>::failure(error);
    if (!q.next())
        return Result<Appointment>::failure(notFound(id));
    return fromRow(q);
}

Result<QList<Appointment>> AppointmentRepository::list(const Interval &range,
                                                       std::optional<qint64> practitionerId) const
{
    QVariantList values{range.endMs, range.startMs, range.startMs};
    if (practitionerId)
        values << *practitionerId;
    CachedStatement statement(m_db, hot_queries::appointmentList(practitionerId.has_value()));
    QString error;
    if (!statement.run(values, &error))
        return Result<QList<Appointment>>::failure(error);
    QSqlQuery &q = statement.query();
    QList<Appointment> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

Result<QList<Interval>> AppointmentRepository::occupied(qint64 practitionerId,
                                                        const Interval &range,
                                                        qint64 excludeAppointmentId) const
{
    CachedStatement statement(m_db, hot_queries::occupied());
    QString error;
    const qint64 lo = range.startMs - kMaxReachMs;
    if (!statement.run({practitionerId, excludeAppointmentId, range.endMs + kMaxReachMs, lo, lo},
                       &error))
        return Result<QList<Interval>>::failure(error);
    QSqlQuery &q = statement.query();
    QList<Interval> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    return out;
}

} // namespace empfang
