#pragma once

#include "database.h"
#include "domain/absence.h"
#include "domain/result.h"
#include "domain/weekly_hours.h"

#include <QList>

namespace empfang {

/// When practitioners work: weekly hours and absences.
class ScheduleRepository
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleRepository)
public:
    explicit ScheduleRepository(Database &db) : m_db(db) {}

    Result<WeeklyHours> addHours(const WeeklyHours &hours);
    Status removeHours(qint64 id);
    Result<QList<WeeklyHours>> hours(qint64 practitionerId) const;

    Result<Absence> addAbsence(const Absence &absence);
    Status removeAbsence(qint64 id);
    /// Absences of a practitioner that overlap `range`.
    Result<QList<Absence>> absences(qint64 practitionerId, const Interval &range) const;

private:
    Database &m_db;
};

} // namespace empfang
