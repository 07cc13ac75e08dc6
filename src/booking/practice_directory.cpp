#include "practice_directory.h"

#include "storage/appointment_type_repository.h"
#include "storage/practice_contact_repository.h"
#include "storage/practitioner_repository.h"
#include "storage/schedule_repository.h"
#include "storage/settings_repository.h"

namespace empfang {

Result<QList<Practitioner>> PracticeDirectory::practitioners(bool includeInactive) const
{
    return PractitionerRepository(m_db).list(includeInactive);
}

Result<Practitioner> PracticeDirectory::practitioner(qint64 id) const
{
    return PractitionerRepository(m_db).find(id);
}

Result<QList<TypeOffer>> PracticeDirectory::offers(qint64 practitionerId) const
{
    return PractitionerRepository(m_db).offers(practitionerId);
}

Result<int> PracticeDirectory::durationFor(qint64 practitionerId, qint64 typeId) const
{
    return PractitionerRepository(m_db).durationFor(practitionerId, typeId);
}

Result<QList<AppointmentType>> PracticeDirectory::types(bool includeInactive) const
{
    return AppointmentTypeRepository(m_db).list(includeInactive);
}

Result<AppointmentType> PracticeDirectory::type(qint64 id) const
{
    return AppointmentTypeRepository(m_db).find(id);
}

Result<QList<WeeklyHours>> PracticeDirectory::hours(qint64 practitionerId) const
{
    return ScheduleRepository(m_db).hours(practitionerId);
}

Result<QList<Absence>> PracticeDirectory::absences(qint64 practitionerId,
                                                   const Interval &range) const
{
    return ScheduleRepository(m_db).absences(practitionerId, range);
}

PracticeSettings PracticeDirectory::settings() const
{
    return SettingsRepository(m_db).load();
}

QTimeZone PracticeDirectory::timeZone() const
{
    return settings().timeZone();
}

PracticeContact PracticeDirectory::contact() const
{
    return PracticeContactRepository(m_db).load();
}

QString PracticeDirectory::cardFormatName(PracticeContact::CardFormat format)
{
    return PracticeContactRepository::formatName(format);
}

} // namespace empfang
