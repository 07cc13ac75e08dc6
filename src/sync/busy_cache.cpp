#include "busy_cache.h"

#include "storage/bookkeeping_transaction.h"
#include "storage/cached_statement.h"
#include "storage/google_connection_repository.h"
#include "storage/google_event_repository.h"
#include "storage/hot_queries.h"
#include "storage/settings_repository.h"
#include "storage/sql.h"

#include <algorithm>

namespace empfang {

namespace {

// sql::run() for a statement run once per row or day (a freeBusy answer writes a few hundred):
// prepared the first time, then only bound and executed again. Parsing it anew for every row
// cost tens of milliseconds per answer (then on the GUI thread, now on the background one).
bool again(QSqlQuery &q, const QString &statement, const QVariantList &values, QString *error)
{
    if (q.lastQuery() != statement)
        return sql::run(q, statement, values, error);
    for (int i = 0; i < int(values.size()); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec()) {
        *error = Database::queryFailed(q);
        return false;
    }
    return true;
}

} // namespace

BusyCache::Batch::Batch(BusyCache &cache) : m_cache(cache)
{
    m_cache.m_batchZone = m_cache.zone();
}

BusyCache::Batch::~Batch()
{
    m_cache.m_batchZone.reset();
}

QTimeZone BusyCache::zone() const
{
    if (m_batchZone)
        return *m_batchZone;
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
        if (!again(q, statement, values, &sqlError))
            return Status::failure(sqlError);
    }
    return success();
}

bool BusyCache::stillConnected(qint64 practitionerId) const
{
    // An answer that arrives after the connection ended (disconnected, revoked, the request
    // itself found out it was revoked) must not bring the calendar's data back: nothing is kept
    // beyond the connection (issue 10.6). Asked inside the write transaction.
    auto c = GoogleConnectionRepository(m_db).find(practitionerId);
    return c && c->isConnected();
}

Status BusyCache::store(qint64 practitionerId, const QString &calendarId, const Interval &range,
                        const QList<Interval> &busy, qint64 nowMs)
{
    // A copy of Google's data: rows and their fetch marker go (or are lost) together, so a
    // power cut can only leave an older fetch, shown with its older time.
    BookkeepingTransaction tx(m_db);
    if (!stillConnected(practitionerId))
        return success();
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
        if (!again(q,
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
    BookkeepingTransaction tx(m_db);
    if (!stillConnected(practitionerId))
        return success();
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

QList<Interval> BusyCache::busyFrom(const GoogleConnection &connection,
                                    const QList<CalendarSpan> &cached,
                                    const QList<CalendarSpan> &own)
{
    QList<Interval> all;
    for (const QString &calendar : normalizedBusyCalendars(connection)) {
        QList<Interval> rows;
        for (const CalendarSpan &c : cached) {
            if (c.calendar == calendar)
                rows << c.span;
        }
        QList<Interval> ours;
        for (const CalendarSpan &o : own) {
            if (normalizedCalendar(connection, o.calendar) == calendar)
                ours << o.span;
        }
        all << subtract(rows, ours);
    }
    std::sort(all.begin(), all.end());
    return all;
}

QList<Interval> BusyCache::busy(qint64 practitionerId, const Interval &range) const
{
    auto c = GoogleConnectionRepository(m_db).find(practitionerId);
    if (!c || !c->isConnected())
        return {};
    QList<CalendarSpan> own;
    if (auto spans = GoogleEventRepository(m_db).remoteSpans(practitionerId, range)) {
        for (const auto &[calendar, span] : spans.value())
            own << CalendarSpan{calendar, span};
    }
    QList<CalendarSpan> cached;
    CachedStatement statement(m_db, hot_queries::busySpans());
    QSqlQuery &q = statement.query();
    QString error;
    for (const QString &calendar : normalizedBusyCalendars(c.value())) {
        if (!statement.run({practitionerId, calendar, range.endMs, range.startMs, range.startMs},
                           &error))
            continue;
        while (q.next())
            cached << CalendarSpan{calendar, {q.value(0).toLongLong(), q.value(1).toLongLong()}};
    }
    return busyFrom(c.value(), cached, own);
}

BusyCache::State BusyCache::state(qint64 practitionerId, const Interval &range, qint64 nowMs) const
{
    State s;
    auto c = GoogleConnectionRepository(m_db).find(practitionerId);
    if (!c || !c->isConnected())
        return s;
    const QStringList wanted = days(range, zone());
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
    QList<FetchRow> rows;
    while (q.next())
        rows << FetchRow{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                         q.value(3).toString()};
    return stateFrom(practitionerId, normalizedBusyCalendars(c.value()), wanted.size(), rows,
                     nowMs);
}

BusyCache::State BusyCache::stateFrom(qint64 practitionerId, const QStringList &calendars,
                                      qsizetype wantedDays, const QList<FetchRow> &rows,
                                      qint64 nowMs) const
{
    State s;
    int found = 0;
    bool stale = false;
    for (const FetchRow &row : rows) {
        if (!calendars.contains(row.calendar))
            continue;
        ++found;
        if (!row.error.isEmpty() && s.error.isEmpty())
            s.error = row.error;
        if (row.fetchedMs == 0 && row.error.isEmpty())
            continue;
        if (row.fetchedMs > 0 && (s.fetchedMs == 0 || row.fetchedMs < s.fetchedMs))
            s.fetchedMs = row.fetchedMs;
        if (row.fetchedMs == 0 || nowMs - row.fetchedMs > m_ttlMs)
            stale = true;
    }
    if (!s.error.isEmpty())
        s.freshness = Freshness::Error;
    else if (found < wantedDays * calendars.size())
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

QHash<qint64, QList<BusyCache::Day>> BusyCache::perDay(const QList<qint64> &practitionerIds,
                                                       const QList<QDate> &wantedDays,
                                                       qint64 nowMs) const
{
    QHash<qint64, QList<Day>> out;
    if (practitionerIds.isEmpty() || wantedDays.isEmpty())
        return out;
    const QTimeZone tz = zone();
    QHash<qint64, GoogleConnection> connected;
    if (auto all = GoogleConnectionRepository(m_db).list()) {
        for (const GoogleConnection &c : all.value()) {
            if (c.isConnected() && practitionerIds.contains(c.practitionerId))
                connected.insert(c.practitionerId, c);
        }
    }
    const auto dayRange = [&tz](const QDate &d) {
        return Interval{QDateTime(d, QTime(0, 0), tz).toMSecsSinceEpoch(),
                        QDateTime(d.addDays(1), QTime(0, 0), tz).toMSecsSinceEpoch()};
    };
    QDate first = wantedDays.first(), last = wantedDays.first();
    for (const QDate &d : wantedDays) {
        first = std::min(first, d);
        last = std::max(last, d);
    }
    const Interval range{dayRange(first).startMs, dayRange(last).endMs};

    // One query per table for the whole range, all practitioners; sorted out in memory.
    QHash<qint64, QList<FetchRow>> fetches;
    QHash<qint64, QList<CalendarSpan>> cached, own;
    bool fetchesRead = false;
    if (!connected.isEmpty()) {
        QSqlQuery q(m_db.connection());
        QString error;
        if (sql::run(q, hot_queries::busyFetchDays(),
                     {first.toString(Qt::ISODate), last.toString(Qt::ISODate)}, &error)) {
            fetchesRead = true;
            while (q.next()) {
                const qint64 pid = q.value(0).toLongLong();
                if (connected.contains(pid))
                    fetches[pid] << FetchRow{q.value(1).toString(), q.value(2).toString(),
                                             q.value(3).toLongLong(), q.value(4).toString()};
            }
        }
        if (sql::run(q, hot_queries::busySpansAll(), {range.endMs, range.startMs, range.startMs},
                     &error)) {
            while (q.next()) {
                const qint64 pid = q.value(0).toLongLong();
                if (connected.contains(pid))
                    cached[pid] << CalendarSpan{q.value(1).toString(),
                                                {q.value(2).toLongLong(), q.value(3).toLongLong()}};
            }
        }
        if (sql::run(q, hot_queries::remoteSpansAll(), {range.endMs, range.startMs, range.startMs},
                     &error)) {
            while (q.next()) {
                const qint64 pid = q.value(0).toLongLong();
                if (connected.contains(pid))
                    own[pid] << CalendarSpan{q.value(1).toString(),
                                             {q.value(2).toLongLong(), q.value(3).toLongLong()}};
            }
        }
    }
    for (qint64 pid : practitionerIds) {
        QList<Day> &list = out[pid];
        const auto c = connected.constFind(pid);
        for (const QDate &d : wantedDays) {
            Day day;
            if (c != connected.cend()) {
                const Interval span = dayRange(d);
                const QString key = d.toString(Qt::ISODate);
                // What state() and busy() read for this day: the same rows, the same filters.
                QList<FetchRow> rows;
                for (const FetchRow &r : fetches.value(pid)) {
                    if (r.day == key)
                        rows << r;
                }
                if (fetchesRead) {
                    day.state = stateFrom(pid, normalizedBusyCalendars(*c), 1, rows, nowMs);
                } else {
                    day.state.freshness = Freshness::Missing;
                }
                QList<CalendarSpan> cachedHere, ownHere;
                for (const CalendarSpan &s : cached.value(pid)) {
                    if (s.span.startMs < span.endMs && s.span.endMs > span.startMs)
                        cachedHere << s;
                }
                for (const CalendarSpan &s : own.value(pid)) {
                    if (s.span.startMs < span.endMs && s.span.endMs > span.startMs)
                        ownHere << s;
                }
                day.busy = busyFrom(*c, cachedHere, ownHere);
            }
            list << day;
        }
    }
    return out;
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
    return GoogleConnectionRepository(m_db).forgetBusyTimes(practitionerId);
}

} // namespace empfang
