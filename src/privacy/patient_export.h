#pragma once

#include "domain/result.h"
#include "storage/database.h"

#include <QJsonObject>

namespace empfang {

/// Everything Empfang stores about one patient, for a GDPR Art. 15 request: the patient row,
/// every appointment (with practitioner and type names), series links, calendar sync state and
/// the audit entries that concern them.
class PatientExport
{
    Q_DECLARE_TR_FUNCTIONS(PatientExport)
public:
    explicit PatientExport(Database &db) : m_db(db) {}

    Result<QJsonObject> collect(qint64 patientId, qint64 nowMs) const;
    /// Records in the audit log that this patient's data was handed out.
    Status recordExport(qint64 patientId, qint64 nowMs);

private:
    Database &m_db;
};

} // namespace empfang
