#pragma once

#include "database.h"
#include "domain/consent_entry.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace empfang {

/// The consent log in the database: append-only proof of grant and withdrawal (Art. 7(1)
/// DSGVO). Contains no tokens.
class ConsentLog
{
    Q_DECLARE_TR_FUNCTIONS(ConsentLog)
public:
    explicit ConsentLog(Database &db) : m_db(db) {}

    /// Stores `entry` (id is assigned); atMs 0 means now, empty osUser / desk mean this ones.
    Result<ConsentEntry> record(ConsentEntry entry);
    /// Oldest first; practitionerId 0 = all practitioners.
    Result<QList<ConsentEntry>> list(qint64 practitionerId = 0) const;
    /// CSV for the practice's records: UTF-8 with BOM, ';' separated, German header,
    /// times as ISO 8601 UTC.
    static QByteArray toCsv(const QList<ConsentEntry> &entries);

    /// The logged-in OS account (see AuditLog::osUser).
    static QString currentOsUser();
    /// German label of an action, for the UI and the CSV.
    static QString actionLabel(ConsentEntry::Action action);

private:
    Database &m_db;
};

} // namespace empfang
