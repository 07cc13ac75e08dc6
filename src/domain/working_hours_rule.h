#pragma once

#include "weekly_hours.h"

#include <QCoreApplication>
#include <QString>

namespace empfang {

/// What a working interval must be before it is stored, in one place: the settings tab
/// (Einstellungen › Arbeitszeiten) and `empfang-cli hours set` check it and show its sentence,
/// and ScheduleRepository::addHours checks it again before the row is written, so the first-run
/// wizard and the demo data are held to it too (docs/ARCHITECTURE.md §4.7).
class WorkingHoursRule
{
    Q_DECLARE_TR_FUNCTIONS(WorkingHoursRule)
public:
    /// Empty when `hours` may be stored; otherwise why not, as one German sentence.
    /// The practitioner's existence is the repository's business.
    static QString problem(const WeeklyHours &hours);
};

} // namespace empfang
