#pragma once
// Shared by the SlotFinder tests: hand-computed instants and small request builders.
#include "scheduling/slot_finder.h"

#include <QStringList>

namespace slottest {

using namespace empfang;

inline const QTimeZone kBerlin("Europe/Berlin");
inline const QDate kMonday(2026, 12, 7); // a plain winter week, far from any DST change

inline qint64 at(const QDate &d, const QTime &t, const QTimeZone &zone = kBerlin)
{
    return QDateTime(d, t, zone).toMSecsSinceEpoch();
}

inline qint64 utc(const QDate &d, int hour, int minute = 0)
{
    return QDateTime(d, QTime(hour, minute), QTimeZone::utc()).toMSecsSinceEpoch();
}

inline qint64 minutes(int m)
{
    return qint64(m) * kMinuteMs;
}

inline WeeklyHours hours(int weekday, const QTime &from, const QTime &to,
                         const QDate &validFrom = {}, const QDate &validTo = {})
{
    return WeeklyHours{0, 1, weekday, from, to, validFrom, validTo};
}

// One day, 30-minute type, 5-minute step, clock long before the day.
inline SlotRequest dayRequest(const QDate &day, const QTimeZone &zone = kBerlin)
{
    SlotRequest r;
    r.zone = zone;
    r.firstDay = r.lastDay = day;
    r.hours = {hours(day.dayOfWeek(), QTime(8, 0), QTime(12, 0))};
    r.nowMs = QDateTime(day.addDays(-7), QTime(0, 0), zone).toMSecsSinceEpoch();
    return r;
}

inline QList<qint64> starts(const QList<Interval> &found)
{
    QList<qint64> out;
    for (const Interval &s : found)
        out << s.startMs;
    return out;
}

// Local wall-clock times of slot starts, "HH:mm" plus the UTC offset in hours, so a test can
// say exactly which side of a DST change a slot lies on.
inline QStringList localTimes(const QList<Interval> &found, const QTimeZone &zone)
{
    QStringList out;
    for (const Interval &s : found) {
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(s.startMs, zone);
        out << local.time().toString(QStringLiteral("HH:mm")) + QStringLiteral("+") +
                   QString::number(local.offsetFromUtc() / 3600);
    }
    return out;
}

inline QList<qint64> everyStep(qint64 first, qint64 last, qint64 step)
{
    QList<qint64> out;
    for (qint64 t = first; t <= last; t += step)
        out << t;
    return out;
}

} // namespace slottest
