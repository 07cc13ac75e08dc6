#pragma once

#include "database.h"
#include "domain/patient.h"
#include "domain/result.h"

namespace empfang {

/// Finds patients a new entry would duplicate: the same name (any case, any spacing) and the same
/// birth date. Two records for one person split their history and their GDPR requests.
class PatientDuplicates
{
public:
    static Result<QList<Patient>> find(Database &db, const QString &name, const QDate &birthDate,
                                       qint64 exceptId = 0);
};

} // namespace empfang
