#include "patient_duplicates.h"

#include "patient_repository.h"

namespace empfang {

Result<QList<Patient>> PatientDuplicates::find(Database &db, const QString &name,
                                               const QDate &birthDate, qint64 exceptId)
{
    if (!birthDate.isValid() || name.simplified().isEmpty())
        return QList<Patient>{};
    // Search by the birth date (exact, indexed text) and compare names here: SQLite's LOWER()
    // folds ASCII only, and "MÜLLER" is "Müller".
    auto sameDay = PatientRepository(db).search(birthDate.toString(Qt::ISODate), 1000);
    if (!sameDay)
        return sameDay;
    QList<Patient> out;
    for (const Patient &p : sameDay.value()) {
        if (p.id != exceptId && p.birthDate == birthDate &&
            p.name.simplified().compare(name.simplified(), Qt::CaseInsensitive) == 0)
            out << p;
    }
    return out;
}

} // namespace empfang
