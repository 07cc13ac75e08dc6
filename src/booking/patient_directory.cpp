#include "patient_directory.h"

#include "storage/patient_repository.h"

namespace empfang {

Result<QList<Patient>> PatientDirectory::search(const QString &text, int limit) const
{
    return PatientRepository(m_db).search(text, limit);
}

Status PatientDirectory::update(const Patient &patient)
{
    return PatientRepository(m_db).update(patient);
}

} // namespace empfang
