#include "schedule/schedule_days.h"

#include "booking/practice_directory.h"
#include "schedule/schedule_data.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <numeric>

namespace empfang::ScheduleDays {

QList<QDate> visible(const QDate &date, bool week)
{
    if (!week)
        return {date};
    QList<QDate> days;
    const QDate monday = date.addDays(1 - date.dayOfWeek());
    for (int i = 0; i < 7; ++i)
        days << monday.addDays(i);
    return days;
}

QDate today(Database &db, qint64 nowMs)
{
    const QTimeZone zone = PracticeDirectory(db).timeZone();
    return QDateTime::fromMSecsSinceEpoch(nowMs, zone).date();
}

QDate start(Database &db, qint64 nowMs)
{
    const QDate today = ScheduleDays::today(db, nowMs);
    // On a weekend nobody works, the desk plans the coming week: open on its Monday.
    if (today.dayOfWeek() < 6)
        return today;
    if (auto list = PracticeDirectory(db).practitioners()) {
        for (const Practitioner &p : list.value()) {
            if (auto hours = PracticeDirectory(db).hours(p.id)) {
                for (const WeeklyHours &h : hours.value()) {
                    if (h.appliesTo(today))
                        return today;
                }
            }
        }
    }
    return today.addDays(8 - today.dayOfWeek());
}

void dropIdleWeekends(ScheduleData &grid, int perDay)
{
    for (int day = int(grid.days.size()) - 1; day >= 0; --day) {
        if (grid.days[day].dayOfWeek() < 6)
            continue;
        const auto first = grid.columns.begin() + day * perDay;
        const bool idle = std::all_of(first, first + perDay, [](const ScheduleColumn &c) {
            return c.working.isEmpty() && c.appointments.isEmpty();
        });
        if (idle) {
            grid.columns.erase(first, first + perDay);
            grid.days.removeAt(day);
        }
    }
}

int bookedCount(const ScheduleData &grid)
{
    int booked = 0;
    for (const ScheduleColumn &c : grid.columns) {
        for (const Appointment &a : c.appointments)
            booked += a.blocksTime() ? 1 : 0;
    }
    return booked;
}

int freeCount(const ScheduleData &grid)
{
    return int(std::accumulate(
        grid.columns.begin(), grid.columns.end(), qsizetype(0),
        [](qsizetype n, const ScheduleColumn &c) { return n + c.freeSlots.size(); }));
}

} // namespace empfang::ScheduleDays
