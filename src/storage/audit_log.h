#pragma once

#include "database.h"
#include "domain/audit_entry.h"
#include "domain/result.h"

#include <QList>
#include <QString>

namespace empfang {

/// The audit log of front-desk actions (GDPR accountability). Written inside the transaction of
/// the change it records, so a rolled-back booking leaves no entry and a stored one always has.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    explicit AuditLog(Database &db) : m_db(db) {}

    Status record(const QString &action, qint64 appointmentId, qint64 patientId, qint64 atMs,
                  const QString &detail = {});
    /// Newest first.
    Result<QList<AuditEntry>> list(int limit = 1000) const;
    /// Entries naming this patient or one of the given appointments (for an Art. 15 export).
    Result<QList<AuditEntry>> forPatient(qint64 patientId,
                                         const QList<qint64> &appointmentIds) const;

    /// The operating-system user at this desk (who), never a patient.
    static QString osUser();
    /// The workstation's host name (where).
    static QString workstation();
    /// A readable name for an action key.
    static QString actionText(const QString &action);

private:
    Database &m_db;
};

} // namespace empfang
