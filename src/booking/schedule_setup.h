#pragma once

#include "domain/absence.h"
#include "domain/appointment.h"
#include "domain/result.h"
#include "domain/weekly_hours.h"

#include <QList>

namespace empfang {

class Database;

/// Working hours and absences, the same for Settings › Arbeitszeiten / Abwesenheiten, the
/// first-run wizard and `empfang-cli hours set` / `absence add`: what a working interval must
/// be is `WorkingHoursRule` (src/domain/working_hours_rule.h), checked here before anything is
/// written, with the same sentence everywhere.
class ScheduleSetup
{
public:
    explicit ScheduleSetup(Database &db) : m_db(db) {}

    /// Refuses with WorkingHoursRule's sentence, then stores.
    Result<WeeklyHours> addHours(const WeeklyHours &hours);
    Status removeHours(qint64 id);
    /// An absence is stored even over booked appointments (illness does not ask);
    /// appointmentsIn() names those beforehand.
    Result<Absence> addAbsence(const Absence &absence);
    Status removeAbsence(qint64 id);
    /// The appointments that still hold time in the absence's span and need a phone call.
    Result<QList<Appointment>> appointmentsIn(const Absence &absence) const;

private:
    Database &m_db;
};

} // namespace empfang
