#include "practice_records.h"

#include "storage/audit_log.h"
#include "storage/consent_log.h"

namespace empfang {

Result<QList<AuditEntry>> PracticeRecords::auditEntries(int limit) const
{
    return AuditLog(m_db).list(limit);
}

QString PracticeRecords::auditActionText(const QString &action)
{
    return AuditLog::actionText(action);
}

Result<QList<ConsentEntry>> PracticeRecords::consentEntries(qint64 practitionerId) const
{
    return ConsentLog(m_db).list(practitionerId);
}

QString PracticeRecords::consentActionLabel(ConsentEntry::Action action)
{
    return ConsentLog::actionLabel(action);
}

QByteArray PracticeRecords::consentCsv(const QList<ConsentEntry> &entries)
{
    return ConsentLog::toCsv(entries);
}

} // namespace empfang
