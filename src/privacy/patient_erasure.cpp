#include "patient_erasure.h"

#include "audit_log.h"
#include "logging.h"
#include "storage/patient_repository.h"
#include "storage/sql.h"

namespace empfang {

Result<ErasureReport> PatientErasure::erase(qint64 patientId, const QString &auditAction)
{
    using R = Result<ErasureReport>;
    WriteTransaction tx(m_db);
    if (!tx.started())
        return R::failure(Database::queryFailed(QStringLiteral("transaction")));
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
                                         QStringLiteral("cancelled %1, anonymised %2")
                                             .arg(report.cancelled)
                                             .arg(report.anonymised));
        !s)
        return R::failure(s.error());
    if (!tx.commit())
        return R::failure(Database::queryFailed(QStringLiteral("commit")));
    qCInfo(lcBooking) << "erased patient" << patientId;
    return report;
}

} // namespace empfang
