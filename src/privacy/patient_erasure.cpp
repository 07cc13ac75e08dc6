#include "patient_erasure.h"

#include "logging.h"
#include "storage/audit_log.h"
#include "storage/outbox_repository.h"
#include "storage/patient_repository.h"
#include "storage/sql.h"

namespace empfang {

namespace {

// Read here rather than through SyncService: erasure also runs from empfang-cli and the
// retention cleanup, where no sync service exists.
bool eventsShowPatientNames(Database &db)
{
    QSqlQuery q(db.connection());
    QString error;
    if (!sql::run(
            q, QStringLiteral("SELECT value FROM settings WHERE key = 'google.showPatientNames'"),
            {}, &error) ||
        !q.next())
        return false;
    const QString value = q.value(0).toString();
    return value == QLatin1String("true") || value == QLatin1String("1");
}

} // namespace

Status PatientErasure::removePastEvents(qint64 patientId, qint64 nowMs, ErasureReport *report)
{
    if (!eventsShowPatientNames(m_db))
        return success(); // past events carry type and time only: nothing personal to remove
    // Every past appointment Google may still hold an event of. Skipped: cancelled ones whose
    // delete Google already confirmed (no remote time, nothing owed).
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::run(q,
                  QStringLiteral(
                      "SELECT a.id FROM appointments a JOIN google_events g ON g.appointment_id "
                      "= a.id WHERE a.patient_id = ? AND a.start_ms <= ? AND NOT (a.status = "
                      "'cancelled' AND g.remote_start_ms IS NULL AND NOT EXISTS (SELECT 1 FROM "
                      "outbox o WHERE o.appointment_id = a.id AND o.state IN ('pending', "
                      "'failed'))) ORDER BY a.start_ms"),
                  {patientId, nowMs}, &error))
        return Status::failure(error);
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    OutboxRepository outbox(m_db);
    for (qint64 id : std::as_const(ids)) {
        Appointment a;
        a.id = id;
        // Only the event goes: the appointment keeps its status for the statistics.
        if (Status s = outbox.recordCancelled(a, nowMs); !s)
            return s;
        ++report->eventsRemoved;
    }
    return success();
}

Result<ErasureReport> PatientErasure::erase(qint64 patientId, const QString &auditAction)
{
    using R = Result<ErasureReport>;
    WriteTransaction tx(m_db);
    if (!tx.started())
        return R::failure(m_db.lastFailure());
    if (auto p = PatientRepository(m_db).find(patientId); !p)
        return R::failure(p.error());
    const qint64 now = m_clock.nowMs();
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::run(q,
                  QStringLiteral("SELECT id FROM appointments WHERE patient_id = ? "
                                 "AND status = 'booked' AND start_ms > ? ORDER BY start_ms"),
                  {patientId, now}, &error))
        return R::failure(error);
    QList<qint64> future;
    while (q.next())
        future << q.value(0).toLongLong();
    ErasureReport report;
    for (qint64 id : std::as_const(future)) {
        auto cancelled = m_booking.cancel(id);
        if (!cancelled)
            return R::failure(cancelled.error());
        ++report.cancelled;
    }
    if (Status s = removePastEvents(patientId, now, &report); !s)
        return R::failure(s.error());
    // The note may name the person or their complaint: it goes with the link to the patient.
    if (!sql::run(q,
                  QStringLiteral("UPDATE appointments SET patient_id = NULL, note = '', "
                                 "updated_ms = ? WHERE patient_id = ?"),
                  {now, patientId}, &error))
        return R::failure(error);
    report.anonymised = q.numRowsAffected();
    if (!sql::run(q, QStringLiteral("DELETE FROM patients WHERE id = ?"), {patientId}, &error))
        return R::failure(error);
    if (Status s = AuditLog(m_db).record(auditAction, 0, patientId, now,
                                         QStringLiteral("cancelled %1, anonymised %2, "
                                                        "past calendar events removed %3")
                                             .arg(report.cancelled)
                                             .arg(report.anonymised)
                                             .arg(report.eventsRemoved));
        !s)
        return R::failure(s.error());
    if (!tx.commit())
        return R::failure(m_db.lastFailure());
    qCInfo(lcBooking) << "erased patient" << patientId;
    return report;
}

} // namespace empfang
