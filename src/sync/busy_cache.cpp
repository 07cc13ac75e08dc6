#include "busy_cache.h"

#include "google/google_connection_repository.h"
#include "google_event_repository.h"
#include "storage/settings_repository.h"
#include "storage/sql.h"

#include <algorithm>

namespace empfang {

QTimeZone BusyCache::zone() const
{
    return SettingsRepository(m_db).load().timeZone();
}

QString BusyCache::normalizedCalendar(const GoogleConnection &c, const QString &id)
{
    if (id == QLatin1String("primary") && !c.googleAccount.isEmpty())
        return c.googleAccount;
    return id;
}

QStringList BusyCache::normalizedBusyCalendars(const GoogleConnection &c)
{
    QStringList ids;
    for (const QString &id : c.busyCalendars) {
        const QString n = normalizedCalendar(c, id);
        if (!ids.contains(n))
            ids << n;
    }
    return ids;
}

QStringList BusyCache::days(const Interval &range, const QTimeZone &zone)
{
    QStringList out;
    if (range.isEmpty())
        return out;
    const QDate first = QDateTime::fromMSecsSinceEpoch(range.startMs, zone).date();
    const QDate last = QDateTime::fromMSecsSinceEpoch(range.endMs - 1, zone).date();
    for (QDate d = first; d <= last; d = d.addDays(1))
        out << d.toString(Qt::ISODate);
    return out;
}

QList<Interval> BusyCache::subtract(const QList<Interval> &from, const QList<Interval> &minus)
{
    QList<Interval> result = from;
    for (const Interval &m : minus) {
        QList<Interval> next;
        for (const Interval &i : result) {
            if (!i.overlaps(m)) {
                next << i;
                continue;
            }
            if (i.startMs < m.startMs)
                next << Interval{i.startMs, m.startMs};
            if (m.endMs < i.endMs)
                next << Interval{m.endMs, i.endMs};
        }
        result = next;
    }
    return result;
}

Status BusyCache::upsertFetch(qint64 practitionerId, const QString &calendarId,
                              const Interval &range, const QString &error, qint64 nowMs)
{
    QSqlQuery q(m_db.connection());
    QString sqlError;
    for (const QString &day : days(range, zone())) {
        // On error the last good fetch time stays: the data is as old as it was.
        const QString statement =
            error.isEmpty()
                ? QStringLiteral("INSERT INTO busy_fetch (practitioner_id, calendar_id, day, "
                                 "fetched_ms, error) VALUES (?, ?, ?, ?, '') ON CONFLICT "
                                 "(practitioner_id, calendar_id, day) DO UPDATE SET "
                                 "fetched_ms = excluded.fetched_ms, error = ''")
                : QStringLiteral("INSERT INTO busy_fetch (practitioner_id, calendar_id, day, "
                                 "fetched_ms, error) VALUES (?, ?, ?, 0, ?) ON CONFLICT "
                                 "(practitioner_id, calendar_id, day) DO UPDATE SET "
                                 "error = excluded.error");
        const QVariantList values = error.isEmpty()
                                        ? QVariantList{practitionerId, calendarId, day, nowMs}
                                        : QVariantList{practitionerId, calendarId, day, error};
        if (!sql::run(q, statement, values, &sqlError))
            return Status::failure(sqlError);
    }
    return success();
}

Status BusyCache::store(qint64 practitionerId, const QString &calendarId, const Interval &range,
                        const QList<Interval> &busy, qint64 nowMs)
{
    WriteTransaction tx(m_db);
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::run(q,
                  QStringLiteral("DELETE FROM busy_cache WHERE practitioner_id = ? AND "
                                 "calendar_id = ? AND start_ms >= ? AND end_ms <= ?"),
                  {practitionerId, calendarId, range.startMs, range.endMs}, &error))
        return Status::failure(error);
    for (const Interval &b : busy) {
        // Clipped to the range, so the next fetch of this range replaces exactly these rows.
        const Interval clipped{std::max(b.startMs, range.startMs), std::min(b.endMs, range.endMs)};
        if (clipped.isEmpty())
            continue;
        if (!sql::run(q,
                      QStringLiteral("INSERT INTO busy_cache (practitioner_id, calendar_id, "
                                     "start_ms, end_ms, fetched_ms) VALUES (?, ?, ?, ?, ?)"),
                      {practitionerId, calendarId, clipped.startMs, clipped.endMs, nowMs}, &error))
            return Status::failure(error);
    }
    if (Status s = upsertFetch(practitionerId, calendarId, range, {}, nowMs); !s)
        return s;
    if (!tx.commit())
        return Status::failure(m_db.lastFailure());
    // Google answered for this practitioner: reachable again.
    m_unreachable.remove(practitionerId);
    return success();
}

Status BusyCache::markError(qint64 practitionerId, const QString &calendarId, const Interval &range,
                            const QString &error, qint64 nowMs)
{
    WriteTransaction tx(m_db);
    if (Status s = upsertFetch(practitionerId, calendarId, range,
                               error.isEmpty() ? QStringLiteral("error") : error, nowMs);
        !s)
        return s;
    if (!tx.commit())
        return Status::failure(m_db.lastFailure());
    return success();
}

void BusyCache::markUnreachable(qint64 practitionerId, const QString &message, qint64 nowMs)
{
    m_unreachable.insert(practitionerId, Unreachable{message, nowMs});
}

QList<Interval> BusyCache::busy(qint64 practitionerId, const Interval &range) const
{
    auto c = GoogleConnectionRepository(m_db).find(practitionerId);
    if (!c || !c->isConnected())
        return {};
    const QStringList calendars = normalizedBusyCalendars(c.value());
    auto own = GoogleEventRepository(m_db).remoteSpans(practitionerId, range);
    QList<Interval> all;
    QSqlQuery q(m_db.connection());
    QString error;
    for (const QString &calendar : calendars) {
        if (!sql::run(q,
                      QStringLiteral("SELECT start_ms, end_ms FROM busy_cache WHERE "
                                     "practitioner_id = ? AND calendar_id = ? AND start_ms < ? "
                                     "AND end_ms > ? ORDER BY start_ms"),
                      {practitionerId, calendar, range.endMs, range.startMs}, &error))
            continue;
        QList<Interval> rows;
        while (q.next())
            rows << Interval{q.value(0).toLongLong(), q.value(1).toLongLong()};
        QList<Interval> ours;
        if (own) {
            for (const auto &[ownCalendar, span] : own.value()) {
                if (normalizedCalendar(c.value(), ownCalendar) == calendar)
                    ours << span;
            }
        }
        all << subtract(rows, ours);
    }
    std::sort(all.begin(), all.end());
    return all;
}

BusyCache::State BusyCache::state(qint64 practitionerId, const Interval &range, qint64 nowMs) const
{
    State s;
    auto c = GoogleConnectionRepository(m_db).find(practitionerId);
    if (!c || !c->isConnected())
        return s;
    const QStringList wanted = days(range, zone());
    const QStringList calendars = normalizedBusyCalendars(c.value());
    QSqlQuery q(m_db.connection());
    QString error;
    if (wanted.isEmpty() ||
        !sql::run(q,
                  QStringLiteral("SELECT calendar_id, day, fetched_ms, error FROM busy_fetch "
                                 "WHERE practitioner_id = ? AND day >= ? AND day <= ?"),
                  {practitionerId, wanted.first(), wanted.last()}, &error)) {
        s.freshness = Freshness::Missing;
        return s;
    }
    int found = 0;
    bool stale = false;
    while (q.next()) {
        if (!calendars.contains(q.value(0).toString()))
            continue;
        ++found;
        const qint64 fetched = q.value(2).toLongLong();
        const QString rowError = q.value(3).toString();
        if (!rowError.isEmpty() && s.error.isEmpty())
            s.error = rowError;
        if (fetched == 0 && rowError.isEmpty())
            continue;
        if (fetched > 0 && (s.fetchedMs == 0 || fetched < s.fetchedMs))
            s.fetchedMs = fetched;
        if (fetched == 0 || nowMs - fetched > m_ttlMs)
            stale = true;
    }
    if (!s.error.isEmpty())
        s.freshness = Freshness::Error;
    else if (found < wanted.size() * calendars.size())
        s.freshness = Freshness::Missing;
    else
        s.freshness = stale ? Freshness::Stale : Freshness::Fresh;
    // A Google that could not be reached says nothing about the calendar: what is cached still
    // holds and the desk keeps booking (the outbox carries it). Fresh stays Fresh (the data is
    // within the TTL anyway); an answered error (Error) stays the stronger statement.
    if (const auto u = m_unreachable.constFind(practitionerId);
        u != m_unreachable.cend() &&
        (s.freshness == Freshness::Missing || s.freshness == Freshness::Stale)) {
        s.freshness = Freshness::Offline;
        s.error = u->message;
    }
    return s;
}

BusySource BusyCache::source() const
{
    return [this](qint64 practitionerId, const Interval &range) {
        return busy(practitionerId, range);
    };
}

Status BusyCache::clear(qint64 practitionerId)
{
    m_unreachable.remove(practitionerId);
    QSqlQuery q(m_db.connection());
    QString error;
    for (const char *table : {"busy_cache", "busy_fetch"}) {
        if (!sql::run(q,
                      QStringLiteral("DELETE FROM %1 WHERE practitioner_id = ?")
                          .arg(QLatin1String(table)),
                      {practitionerId}, &error))
            return Status::failure(error);
    }
    return success();
}

} // namespace empfang
