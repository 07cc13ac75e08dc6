#pragma once

#include "domain/audit_entry.h"
#include "domain/consent_entry.h"
#include "domain/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace empfang {

class Database;

/// Reading the practice's accountability records (GDPR): the audit log of front-desk actions
/// and the consent log of Google connections. They are written only inside the transaction of
/// the change they record (BookingService, GoogleConnectionService), so the window reads them
/// here and never holds the writing classes.
class PracticeRecords
{
public:
    explicit PracticeRecords(Database &db) : m_db(db) {}

    /// Newest first.
    Result<QList<AuditEntry>> auditEntries(int limit = 1000) const;
    /// A readable name for an audit action key.
    static QString auditActionText(const QString &action);

    /// Oldest first; practitionerId 0 = all practitioners.
    Result<QList<ConsentEntry>> consentEntries(qint64 practitionerId = 0) const;
    static QString consentActionLabel(ConsentEntry::Action action);
    /// CSV for the practice's records (ConsentLog::toCsv).
    static QByteArray consentCsv(const QList<ConsentEntry> &entries);

private:
    Database &m_db;
};

} // namespace empfang
