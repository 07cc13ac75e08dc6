#pragma once

#include "database.h"
#include "domain/result.h"

#include <QList>
#include <QString>

namespace empfang {

/// One line of the audit log: who did what to which appointment or patient — ids only.
struct AuditEntry
{
    qint64 id = 0;
    qint64 atMs = 0;
    QString osUser;
    QString workstation;
    QString action;           // booked, moved, cancelled, no_show, exported, erased, retention
    qint64 appointmentId = 0; // 0 = none
    qint64 patientId = 0;     // 0 = none; an id, never a name
    QString detail;           // technical, e.g. "series 3" or "removed 2" — no patient data
};

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
