#pragma once

#include "domain/interval.h"
#include "domain/weekly_hours.h"

#include <QDate>
#include <QList>
#include <QTimeZone>

#include <optional>

namespace empfang {

/// Everything the slot search for one practitioner and one appointment type needs.
/// Plain data so the search stays a pure function (no database, no clock).
struct SlotRequest
{
    QTimeZone zone = QTimeZone("Europe/Berlin");
    QDate firstDay; // practice-local, inclusive
    QDate lastDay;  // practice-local, inclusive
    QList<WeeklyHours> hours;
    QList<Interval> absences;
    QList<Interval> busy;         // external busy times (Google) — never booked over
    QList<Interval> appointments; // other bookings, already widened by their own buffers
    int durationMinutes = 30;
    int bufferBeforeMinutes = 0;
    int bufferAfterMinutes = 0;
    int stepMinutes = 5;
    int minimumNoticeMinutes = 0;
    int horizonDays = 365;
    qint64 nowMs = 0;
    qint64 notBeforeMs = 0; // "next free after …": no slot starts earlier
};

/// Why a concrete time cannot be booked.
enum class SlotViolation {
    InPast,
    TooShortNotice,
    BeyondHorizon,
    OutsideWorkingHours,
    InAbsence,
    BusyElsewhere,
    OverlapsAppointment,
};

/// Pure interval arithmetic from working hours, absences and bookings to free slot starts.
/// Runs in O((n+m)·log(n+m)) plus the number of slots returned — no minute-by-minute scan.
class SlotFinder
{
public:
    /// Free slots [start, start+duration) on the step grid of each working interval.
    static QList<Interval> freeSlots(const SlotRequest &request);

    /// The first free slot of the request, if any (stops at the first hit).
    static std::optional<Interval> firstSlot(const SlotRequest &request);

    /// Why `slot` cannot be booked, or nothing when it can. Grid alignment is not required:
    /// the grid is what we offer, any free time is what we accept.
    static std::optional<SlotViolation> check(const SlotRequest &request, const Interval &slot);

    /// Working intervals of the request's days in UTC, sorted and merged. A day's local times
    /// are resolved in the practice time zone, so 08:00 stays 08:00 across DST changes.
    static QList<Interval> workingIntervals(const SlotRequest &request);

    /// Sorts and merges overlapping or touching intervals.
    static QList<Interval> merged(QList<Interval> intervals);

private:
    template <typename Visit> static void forEachSlot(const SlotRequest &request, Visit visit);
};

} // namespace empfang
