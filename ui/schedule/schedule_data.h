#pragma once

#include "domain/appointment.h"
#include "domain/practitioner.h"
#include "storage/sync_types.h"

#include <QColor>
#include <QDate>
#include <QHash>
#include <QList>
#include <QTimeZone>

#include <algorithm>

namespace empfang {

class AvailabilityService;
class Database;

/// What Google says about one column (filled by SyncController; NotConnected without Google).
struct GoogleColumn
{
    // Offline: Google could not be reached; slots are still offered (from Empfang's own
    // appointments and the last known busy times) because offline bookings go to the outbox.
    enum class Freshness { NotConnected, Fresh, Stale, Offline, Unsynchronised };
    Freshness freshness = Freshness::NotConnected;
    qint64 fetchedMs = 0;  // oldest fetch of the day's busy times (0 = never)
    QString error;         // German or Google's reason, for Unsynchronised and Offline
    QList<Interval> busy;  // UTC, from the practitioner's busy calendars, own events excluded
    int withheldSlots = 0; // free slots not offered because the busy times are unknown
    // Several desks (docs/ARCHITECTURE.md §8): who syncs this practitioner, last exchange,
    // waiting writes (German, for the tooltip; empty with one desk), and whether that desk has
    // not run for long — then the header warns.
    QString deskNote;
    bool deskSilent = false;
};

/// Where an appointment stands with Google, for its badge and tooltip.
struct SyncBadge
{
    SyncState state = SyncState::Pending;
    QString message; // German
};

/// One column of the grid: one practitioner on one day, with everything drawn in it.
struct ScheduleColumn
{
    QDate day;
    Practitioner practitioner;
    bool offersType = true;
    QList<Interval> working;    // UTC
    QList<Interval> absences;   // UTC
    QStringList absenceReasons; // same order as absences ("" = no reason given)
    QList<Interval> freeSlots;  // UTC, full span of the chosen type
    QList<Appointment> appointments;
    GoogleColumn google;

    /// A booked appointment inside an absence: a conflict the desk must resolve (move it).
    bool inAbsence(const Appointment &a) const
    {
        return a.blocksTime() &&
               std::any_of(absences.cbegin(), absences.cend(),
                           [&a](const Interval &i) { return i.overlaps(a.span); });
    }
};

/// What the reception grid shows for some days, loaded in one go so the view only paints
/// and never touches the database.
struct ScheduleData
{
    QTimeZone zone = QTimeZone("Europe/Berlin");
    int stepMinutes = 5;
    int firstMinute = 7 * 60; // practice-local minutes since midnight: range of the time axis
    int lastMinute = 20 * 60;
    QList<QDate> days;
    QList<ScheduleColumn> columns;    // day-major: every practitioner of day 0, then day 1, …
    QHash<qint64, QColor> typeColors; // appointment type id → block colour
    QHash<qint64, SyncBadge> sync;    // appointment id → Google state (only synced practitioners)
    QHash<qint64, QString> seriesLabel; // appointment id → "3/6" (booked as a series)
    QString error;                      // first problem while loading, for the status bar
    // day → its local midnight, for the days whose offset from UTC does not change (every day
    // but the two of the clock change): minuteOfDay() is then a subtraction. It runs for every
    // block and every Google span on each layout and paint, and a QDateTime in a time zone
    // costs microseconds each (a thousand blocks a week at 200k appointments).
    QHash<QDate, qint64> plainDays;

    /// Practice-local minutes since the start of `day` (negative / beyond 1440 off that day).
    int minuteOfDay(qint64 ms, const QDate &day) const;
    /// The instant of a practice-local minute of `day`.
    qint64 msAt(const QDate &day, int minute) const;

    static ScheduleData load(Database &db, const AvailabilityService &availability,
                             const QList<QDate> &days, const QList<Practitioner> &practitioners,
                             qint64 typeId);
};

} // namespace empfang
