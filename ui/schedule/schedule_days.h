#pragma once

#include <QDate>
#include <QList>

namespace empfang {

class Database;
struct ScheduleData;

/// Which days the main window shows and what it says about them; no widgets involved.
namespace ScheduleDays {

/// `date` alone, or the Monday-to-Sunday week around it.
QList<QDate> visible(const QDate &date, bool week);
/// The practice's calendar date at `nowMs`.
QDate today(Database &db, qint64 nowMs);
/// The day to open on: today, or on a weekend nobody works the coming Monday.
QDate start(Database &db, qint64 nowMs);
/// Drops Saturday and Sunday when nobody works and nothing is booked there (`perDay` columns
/// a day): an idle weekend is just wasted width.
void dropIdleWeekends(ScheduleData &grid, int perDay);
/// Appointments that block time.
int bookedCount(const ScheduleData &grid);
/// Free start times for the chosen type.
int freeCount(const ScheduleData &grid);

} // namespace ScheduleDays

} // namespace empfang
