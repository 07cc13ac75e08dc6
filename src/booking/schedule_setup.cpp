#include "schedule_setup.h"

#include "domain/working_hours_rule.h"
#include "storage/appointment_repository.h"
#include "storage/schedule_repository.h"

namespace empfang {

Result<WeeklyHours> ScheduleSetup::addHours(const WeeklyHours &hours)
{
    if (const QString problem = WorkingHoursRule::problem(hours); !problem.isEmpty())
        return Result<WeeklyHours>::failure(problem);
    return ScheduleRepository(m_db).addHours(hours);
}

Status ScheduleSetup::removeHours(qint64 id)
{
    return ScheduleRepository(m_db).removeHours(id);
}

Result<Absence> ScheduleSetup::addAbsence(const Absence &absence)
{
    return ScheduleRepository(m_db).addAbsence(absence);
}

Status ScheduleSetup::removeAbsence(qint64 id)
{
    return ScheduleRepository(m_db).removeAbsence(id);
}

Result<QList<Appointment>> ScheduleSetup::appointmentsIn(const Absence &absence) const
{
    QList<Appointment> affected;
    if (absence.span.endMs <= absence.span.startMs)
        return affected;
    auto list = AppointmentRepository(m_db).list(absence.span, absence.practitionerId);
    if (!list)
        return Result<QList<Appointment>>::failure(list.error());
    for (const Appointment &a : list.value()) {
        if (a.blocksTime() && a.span.overlaps(absence.span))
            affected.append(a);
    }
    return affected;
}

} // namespace empfang
