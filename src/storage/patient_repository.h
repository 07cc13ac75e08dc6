#pragma once

#include "database.h"
#include "domain/patient.h"
#include "domain/result.h"

#include <QList>

namespace empfang {

/// Patients: the contact data the front desk needs, searchable as you type.
class PatientRepository
{
    Q_DECLARE_TR_FUNCTIONS(PatientRepository)
public:
    explicit PatientRepository(Database &db) : m_db(db) {}

    Result<Patient> add(const Patient &patient);
    Status update(const Patient &patient);
    Result<Patient> find(qint64 id) const;
    /// Matches name parts, birth date (TT.MM.JJJJ or ISO) or phone; empty text lists all.
    Result<QList<Patient>> search(const QString &text, int limit = 50) const;
    /// Patients whose name equals `name`, ignoring case (Unicode) and blanks around and
    /// between the words. An indexed lookup, not a load of every patient.
    Result<QList<Patient>> byName(const QString &name) const;

    /// The name as compared by byName(), stored in patients.name_key.
    static QString nameKey(const QString &name);

private:
    Database &m_db;
};

} // namespace empfang
