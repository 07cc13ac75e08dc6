#pragma once

#include "domain/patient.h"
#include "domain/result.h"

#include <QList>
#include <QString>

namespace empfang {

class Database;

/// Finding and correcting patients, for the patient picker and the patients dialog. A new
/// patient is created by BookingService inside the booking that needs them.
class PatientDirectory
{
public:
    explicit PatientDirectory(Database &db) : m_db(db) {}

    /// Matches name parts, birth date (TT.MM.JJJJ or ISO) or phone; empty text lists all.
    Result<QList<Patient>> search(const QString &text, int limit = 50) const;
    /// Stores corrected contact data (the repository checks the input rules).
    Status update(const Patient &patient);

private:
    Database &m_db;
};

} // namespace empfang
