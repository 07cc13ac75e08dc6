#include "busy_refresher.h"

#include "google/google_connection_service.h"
#include "retry_gate.h"
#include "storage/event_mapper.h"
#include "storage/google_connection_repository.h"
#include "storage/settings_repository.h"
#include "storage/worker_connection.h"
#include "sync_logging.h"

#include <QJsonArray>
#include <QPointer>

#include <map>

namespace empfang {

BusyRefresher::BusyRefresher(Database &db, BusyCache &cache, CalendarClient &client,
                             GoogleConnectionService &connections, const Clock &clock,
                             WorkerConnection &writer, QObject *parent)
    : QObject(parent), m_db(db), m_cache(cache), m_client(client), m_connections(connections),
      m_clock(clock), m_writer(writer)
{
}

Interval BusyRefresher::wholeDays(const Interval &range) const
{
    const QTimeZone zone = SettingsRepository(m_db).load().timeZone();
    const QDate first = QDateTime::fromMSecsSinceEpoch(range.startMs, zone).date();
    const QDate last = QDateTime::fromMSecsSinceEpoch(range.endMs - 1, zone).date();
    return {QDateTime(first, QTime(0, 0), zone).toMSecsSinceEpoch(),
            QDateTime(last.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch()};
}

void BusyRefresher::refresh(const Interval &requested, Done done,
                            const QList<qint64> &practitionerIds)
{
    auto summary = std::make_shared<Summary>();
    auto reasons = std::make_shared<Reasons>();
    auto finish = [this, summary, reasons, done] {
        // Again at the end: a successful request of the same refresh (another 60-day chunk or
        // batch of calendars) answered later would otherwise have cleared the marker in store().
        for (auto it = reasons->cbegin(); it != reasons->cend(); ++it)
            m_cache.markUnreachable(it.key(), it.value(), m_clock.nowMs());
        if (done)
            done(*summary);
        if (!summary->practitioners.isEmpty())
            Q_EMIT busyTimesChanged(summary->practitioners);
    };
    auto connections = GoogleConnectionRepository(m_db).list();
    if (!connections || requested.isEmpty()) {
        QMetaObject::invokeMethod(this, finish, Qt::QueuedConnection);
        return;
    }
    const Interval range = wholeDays(requested);

    // Group by Google account; std::map keeps the request order stable for tests and logs.
    std::map<QString, std::pair<QList<qint64>, QHash<QString, QList<qint64>>>> accounts;
    for (const GoogleConnection &c : connections.value()) {
        // Another desk holds this practitioner's token: SyncService asks that desk instead.
        if (!c.isConnected() || !c.syncedBy(m_connections.deskId()) ||
            (!practitionerIds.isEmpty() && !practitionerIds.contains(c.practitionerId)))
            continue;
        const QString account = c.googleAccount.isEmpty()
                                    ? QStringLiteral("practitioner:%1").arg(c.practitionerId)
                                    : c.googleAccount;
        auto &[members, calendars] = accounts[account];
        members << c.practitionerId;
        for (const QString &id : BusyCache::normalizedBusyCalendars(c))
            calendars[id] << c.practitionerId;
        summary->practitioners << c.practitionerId;
    }

    QList<Request> requests;
    for (auto &[account, group] : accounts) {
        auto &[members, calendars] = group;
        QStringList ids = calendars.keys();
        ids.sort();
        for (qsizetype i = 0; i < ids.size(); i += kMaxCalendarsPerRequest) {
            const QStringList batch = ids.mid(i, kMaxCalendarsPerRequest);
            for (qint64 from = range.startMs; from < range.endMs;) {
                const QTimeZone zone = SettingsRepository(m_db).load().timeZone();
                const qint64 to = std::min(range.endMs, QDateTime::fromMSecsSinceEpoch(from, zone)
                                                            .addDays(kMaxDaysPerRequest)
                                                            .toMSecsSinceEpoch());
                Request r;
                r.tokenPractitioner = members.first();
                r.calendars = batch;
                r.range = {from, to};
                for (const QString &id : batch)
                    r.users.insert(id, calendars.value(id));
                requests << r;
                from = to;
            }
        }
    }
    if (requests.isEmpty()) {
        QMetaObject::invokeMethod(this, finish, Qt::QueuedConnection);
        return;
    }
    auto remaining = std::make_shared<int>(int(requests.size()));
    ++m_running;
    QPointer<BusyRefresher> self(this);
    for (const Request &r : requests) {
        QJsonArray items;
        for (const QString &id : r.calendars)
            items.append(QJsonObject{{QStringLiteral("id"), id}});
        const QTimeZone utc = QTimeZone::utc();
        const QJsonObject body{
            {QStringLiteral("timeMin"), EventMapper::formatDateTime(r.range.startMs, utc)},
            {QStringLiteral("timeMax"), EventMapper::formatDateTime(r.range.endMs, utc)},
            {QStringLiteral("items"), items}};
        auto answered = [self, r, summary, reasons, remaining,
                         finish](const CalendarClient::Reply &reply) {
            if (!self)
                return;
            self->handle(r, reply, summary, *reasons, [self, remaining, finish] {
                if (self && --*remaining == 0) {
                    --self->m_running;
                    finish();
                }
            });
        };
        // Google asked this account to pause (Retry-After): answered from the cache, as when
        // Google cannot be reached, and not one request before the time it named.
        if (const qint64 until = RetryGate(m_db).heldUntil(r.tokenPractitioner, m_clock.nowMs());
            until > 0) {
            CalendarClient::Reply paused;
            paused.outcome = CalendarClient::Outcome::RetryLater;
            paused.reason = QStringLiteral("retryAfter");
            paused.message =
                tr("Google asked Empfang to pause until %1; until then the busy times come from "
                   "the cache.")
                    .arg(QDateTime::fromMSecsSinceEpoch(until,
                                                        SettingsRepository(m_db).load().timeZone())
                             .toString(QStringLiteral("HH:mm:ss")));
            QMetaObject::invokeMethod(
                this, [answered, paused] { answered(paused); }, Qt::QueuedConnection);
            continue;
        }
        ++summary->requests;
        summary->calendars += int(r.calendars.size());
        m_client.freeBusy(r.tokenPractitioner, body, answered);
    }
}

void BusyRefresher::handle(const Request &request, const CalendarClient::Reply &reply,
                           const std::shared_ptr<Summary> &summary, Reasons &unreachable,
                           const std::function<void()> &stored)
{
    const qint64 now = m_clock.nowMs();
    if (reply.retryAfterMs > 0) {
        RetryGate gate(m_db);
        gate.hold(request.tokenPractitioner, now + reply.retryAfterMs);
        for (const QList<qint64> &users : request.users)
            for (qint64 pid : users)
                gate.hold(pid, now + reply.retryAfterMs);
    }
    if (reply.outcome == CalendarClient::Outcome::RetryLater) {
        // Google was not reached (offline, timeout, 5xx, 429): no verdict on any calendar, so
        // no error rows — the cached busy times stay valid and the desk keeps offering slots
        // ("offline"); bookings wait in the outbox. The reason is always one of Empfang's
        // sentences: the CLI's cache note tells it apart from Google's one-word reasons.
        const QString message =
            reply.message.contains(u' ')
                ? reply.message
                : CalendarClient::describe(CalendarClient::Outcome::RetryLater, 0, {});
        QList<qint64> affected;
        for (const QString &id : request.calendars) {
            for (qint64 pid : request.users.value(id)) {
                if (affected.contains(pid))
                    continue;
                affected << pid;
                m_cache.markUnreachable(pid, message, now);
                unreachable.insert(pid, message);
                if (!summary->notSynchronised.contains(pid))
                    summary->notSynchronised << pid;
                if (!summary->unreachable.contains(pid))
                    summary->unreachable << pid;
            }
        }
        qCInfo(lcSync) << "freeBusy: Google not reached for practitioner(s)" << affected << ":"
                       << reply.httpStatus << reply.reason;
        return stored();
    }
    const QJsonObject calendars = reply.json.value(QLatin1String("calendars")).toObject();
    QList<Answer> answers;
    for (const QString &id : request.calendars) {
        QString error;
        QList<Interval> busy;
        if (reply.outcome != CalendarClient::Outcome::Ok) {
            error = reply.message.isEmpty() ? reply.reason : reply.message;
        } else if (!calendars.contains(id)) {
            error = QStringLiteral("missing");
        } else {
            const QJsonObject entry = calendars.value(id).toObject();
            const QJsonArray errors = entry.value(QLatin1String("errors")).toArray();
            if (!errors.isEmpty()) {
                // e.g. notFound (calendar deleted or no longer shared): never read as "free".
                error = errors.at(0).toObject().value(QLatin1String("reason")).toString();
            } else {
                for (const QJsonValue &v : entry.value(QLatin1String("busy")).toArray()) {
                    const QJsonObject o = v.toObject();
                    const auto start =
                        EventMapper::parseDateTime(o.value(QLatin1String("start")).toString());
                    const auto end =
                        EventMapper::parseDateTime(o.value(QLatin1String("end")).toString());
                    if (start && end && *start < *end)
                        busy << Interval{*start, *end};
                }
            }
        }
        for (qint64 pid : request.users.value(id)) {
            answers << Answer{pid, id, busy, error};
            if (!error.isEmpty() && !summary->notSynchronised.contains(pid))
                summary->notSynchronised << pid;
        }
        if (!error.isEmpty())
            qCInfo(lcSync) << "freeBusy: calendar of practitioner(s)" << request.users.value(id)
                           << "not synchronised:" << error;
    }
    // Stored in the writer's thread on its own connection: up to 50 calendars of a few hundred
    // rows each held up the GUI thread for 10-30 ms per answer. `stored` runs back here once
    // they are in the database, so whoever waits for the refresh reads them.
    const Interval range = request.range;
    // `this` in what runs back here: it runs only while this object lives.
    m_writer.run(this, [this, answers, range, now, stored](Database *db) -> WorkerConnection::Then {
        if (!db) { // no connection of its own: as before, on this thread's
            return [this, answers, range, now, stored] {
                store(m_cache, answers, range, now);
                stored();
            };
        }
        BusyCache cache(*db);
        const QList<qint64> answered = store(cache, answers, range, now);
        return [this, answered, stored] {
            for (qint64 pid : answered)
                m_cache.markReachable(pid); // Google answered for them
            stored();
        };
    });
}

QList<qint64> BusyRefresher::store(BusyCache &cache, const QList<Answer> &answers,
                                   const Interval &range, qint64 nowMs)
{
    // One short transaction per calendar (its rows and its fetch marker), none waiting for the
    // disk (a copy of Google's data, fetched again if a power cut took it): the write lock is
    // never held for long, so the window's own writes in between hardly wait for it.
    QList<qint64> answered;
    const BusyCache::Batch batch(cache);
    for (const Answer &a : answers) {
        const Status s =
            a.error.isEmpty()
                ? cache.store(a.practitionerId, a.calendarId, range, a.busy, nowMs)
                : cache.markError(a.practitionerId, a.calendarId, range, a.error, nowMs);
        if (!s)
            qCWarning(lcSync) << "busy cache not written:" << s.error();
        else if (a.error.isEmpty() && !answered.contains(a.practitionerId))
            answered << a.practitionerId;
    }
    return answered;
}

} // namespace empfang
