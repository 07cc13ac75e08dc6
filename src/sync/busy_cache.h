#pragma once

#include "booking/availability_service.h"
#include "domain/result.h"
#include "storage/database.h"
#include "storage/google_connection.h"

#include <QSet>
#include <QTimeZone>

#include <optional>

namespace empfang {

/// Google busy times in SQLite (busy_cache + busy_fetch): intervals only, per practitioner and
/// calendar, with the fetch state per practice day. Answers the grid's two questions: which
/// times are busy, and can the answer be trusted (fresh / stale / missing / not synchronised).
class BusyCache
{
    Q_DECLARE_TR_FUNCTIONS(BusyCache)
public:
    enum class Freshness {
        NotConnected, // no Google: nothing to show
        Fresh,        // every busy calendar fetched within the TTL for the whole range
        Stale,        // fetched, but longer ago than the TTL
        Missing,      // part of the range was never fetched
        Error,        // Google answered with an error for a calendar: "nicht synchronisiert"
        Offline,      // Google could not be reached for the latest refresh: the cached busy
                      // times (if any) still apply, and Empfang's own bookings go to the outbox
    };
    struct State
    {
        Freshness freshness = Freshness::NotConnected;
        qint64 fetchedMs = 0; // oldest fetch in the range (0 = none)
        QString error;        // German or Google's reason, for Error; German, for Offline
    };

    explicit BusyCache(Database &db, qint64 ttlMs = 2 * 60 * 1000) : m_db(db), m_ttlMs(ttlMs) {}

    qint64 ttlMs() const { return m_ttlMs; }

    /// Replaces what is known for the calendar within `range` (whole practice days).
    Status store(qint64 practitionerId, const QString &calendarId, const Interval &range,
                 const QList<Interval> &busy, qint64 nowMs);
    /// Google could not answer for this calendar: old intervals stay, the days are marked.
    Status markError(qint64 practitionerId, const QString &calendarId, const Interval &range,
                     const QString &error, qint64 nowMs);

    /// Google could not be reached at all (network, timeout, 5xx, 429): unlike markError this is
    /// no verdict on the calendar, so nothing is written to busy_fetch — the cached intervals
    /// and their fetch times stay valid. Remembered in memory until the next store() for the
    /// practitioner or clear().
    void markUnreachable(qint64 practitionerId, const QString &message, qint64 nowMs);
    /// Another desk stored fresh busy times for the practitioner (docs/ARCHITECTURE.md §8).
    void markReachable(qint64 practitionerId) { m_unreachable.remove(practitionerId); }
    struct Unreachable
    {
        QString message; // German sentence
        qint64 sinceMs = 0;
    };
    /// What markUnreachable() noted, per practitioner: a cache on another connection (the grid's
    /// loader) answers as this one only with it.
    QHash<qint64, Unreachable> unreachable() const { return m_unreachable; }
    void setUnreachable(const QHash<qint64, Unreachable> &unreachable)
    {
        m_unreachable = unreachable;
    }

    /// Busy intervals of the practitioner's current busy calendars overlapping `range`,
    /// without the time of our own events (the appointments themselves block it already).
    QList<Interval> busy(qint64 practitionerId, const Interval &range) const;
    State state(qint64 practitionerId, const Interval &range, qint64 nowMs) const;

    /// What state() and busy() answer for one practitioner on one practice day.
    struct Day
    {
        State state;
        QList<Interval> busy;
    };
    /// state() and busy() of several practitioners for each of `days`, read with one query per
    /// table for the whole range rather than several per day and practitioner: the grid's
    /// decoration. Keyed by practitioner, then by the index of the day in `days`.
    QHash<qint64, QList<Day>> perDay(const QList<qint64> &practitionerIds, const QList<QDate> &days,
                                     qint64 nowMs) const;
    /// For AvailabilityService::setBusySource.
    BusySource source() const;
    /// Forget everything of a practitioner (disconnected).
    Status clear(qint64 practitionerId);

    /// "primary" and the account's own id are the same calendar: one spelling for both.
    static QString normalizedCalendar(const GoogleConnection &connection, const QString &id);
    static QStringList normalizedBusyCalendars(const GoogleConnection &connection);
    /// Practice days (yyyy-MM-dd) that overlap `range`.
    static QStringList days(const Interval &range, const QTimeZone &zone);
    /// `from` minus every interval of `minus`.
    static QList<Interval> subtract(const QList<Interval> &from, const QList<Interval> &minus);

    /// While it lives, store() and markError() take the practice's time zone from one read at
    /// its start instead of reading it again for every calendar of a freeBusy answer (up to 50).
    /// Who is still connected is asked in each store's own transaction, never cached: a
    /// disconnect committed meanwhile must win (issue 10.6).
    class Batch
    {
    public:
        explicit Batch(BusyCache &cache);
        ~Batch();
        Batch(const Batch &) = delete;
        Batch &operator=(const Batch &) = delete;

    private:
        BusyCache &m_cache;
    };

private:
    struct FetchRow
    {
        QString calendar;
        QString day;
        qint64 fetchedMs;
        QString error;
    };
    struct CalendarSpan
    {
        QString calendar;
        Interval span;
    };
    State stateFrom(qint64 practitionerId, const QStringList &calendars, qsizetype wantedDays,
                    const QList<FetchRow> &rows, qint64 nowMs) const;
    static QList<Interval> busyFrom(const GoogleConnection &connection,
                                    const QList<CalendarSpan> &cached,
                                    const QList<CalendarSpan> &own);
    QTimeZone zone() const;
    bool stillConnected(qint64 practitionerId) const;
    Status upsertFetch(qint64 practitionerId, const QString &calendarId, const Interval &range,
                       const QString &error, qint64 nowMs);

    Database &m_db;
    qint64 m_ttlMs;
    // Per practitioner; in memory only, because "Google could not be reached" is about this
    // run's network, not about the calendar: after a restart the next refresh finds out anew.
    QHash<qint64, Unreachable> m_unreachable;
    // Set while a Batch lives.
    std::optional<QTimeZone> m_batchZone;
};

} // namespace empfang
