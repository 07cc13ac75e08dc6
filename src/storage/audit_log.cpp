#include "audit_log.h"

#include "domain/status_text.h"
#include "local_desk.h"
#include "sql.h"

namespace empfang {

namespace {

const QString kSelect =
    QStringLiteral("SELECT id, at_ms, os_user, workstation, action, appointment_id, patient_id, "
                   "detail FROM audit_log ");

AuditEntry fromRow(const QSqlQuery &q)
{
    return AuditEntry{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                      q.value(3).toString(),   q.value(4).toString(),   q.value(5).toLongLong(),
                      q.value(6).toLongLong(), q.value(7).toString()};
}

QVariant optionalId(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

QString AuditLog::osUser()
{
    return LocalDesk::osUser();
}

QString AuditLog::workstation()
{
    return LocalDesk::hostName();
}

QString AuditLog::actionText(const QString &action)
{
    // An action that sets a status is named by that status, in the one vocabulary the
    // patient history, documents and CLI share ("gebucht", "abgesagt", "nicht erschienen").
    AppointmentStatus status = AppointmentStatus::Booked;
    if (statusFromKey(action, &status))
        return StatusText::of(status);
    if (action == QLatin1String("moved"))
        return tr("moved");
    if (action == QLatin1String("exported"))
        return tr("patient data exported");
    if (action == QLatin1String("erased"))
        return tr("patient erased");
    if (action == QLatin1String("retention"))
        return tr("retention cleanup");
    return action;
}

Status AuditLog::record(const QString &action, qint64 appointmentId, qint64 patientId, qint64 atMs,
                        const QString &detail)
{
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::run(
            q,
            QStringLiteral("INSERT INTO audit_log (at_ms, os_user, workstation, action, "
                           "appointment_id, patient_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {atMs, osUser(), workstation(), action, optionalId(appointmentId),
             optionalId(patientId), detail},
            &error))
        return Status::failure(error);
    return success();
}

Result<QList<AuditEntry>> AuditLog::list(int limit) const
{
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::run(q, kSelect + QStringLiteral("ORDER BY at_ms DESC, id DESC LIMIT ?"), {limit},
                  &error))
        return Result<QList<AuditEntry>>::failure(error);
    QList<AuditEntry> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

Result<QList<AuditEntry>> AuditLog::forPatient(qint64 patientId,
                                               const QList<qint64> &appointmentIds) const
{
    auto all = list(std::numeric_limits<int>::max());
    if (!all)
        return all;
    QList<AuditEntry> out;
    for (const AuditEntry &e : all.value()) {
        if ((e.patientId && e.patientId == patientId) ||
            (e.appointmentId && appointmentIds.contains(e.appointmentId)))
            out.append(e);
    }
    return out;
}

} // namespace empfang
