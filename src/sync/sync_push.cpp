// SyncService, second half: pushing one outbox row to Google and recording the outcome.
// Split only to keep each file readable in one sitting.
#include "retry_gate.h"
#include "storage/appointment_repository.h"
#include "storage/bookkeeping_transaction.h"
#include "storage/event_mapper.h"
#include "storage/google_connection_repository.h"
#include "storage/google_event_repository.h"
#include "storage/outbox_repository.h"
#include "storage/settings_repository.h"
#include "sync_logging.h"
#include "sync_progress.h"
#include "sync_service.h"

#include <QPointer>

namespace empfang {

namespace {

QTimeZone practiceZone(Database &db)
{
    return SettingsRepository(db).load().timeZone();
}

} // namespace

std::optional<OutboxEntry> SyncService::prepare(const OutboxEntry &entry)
{
    const qint64 now = m_clock.nowMs();
    const auto found = GoogleConnectionRepository(m_db).find(entry.practitionerId);
    const GoogleConnection c = found ? found.value() : GoogleConnection{};
    if (c.state == GoogleConnection::State::ReadOnly) {
        failed(entry, tr("The Google connection of this practitioner only allows reading "
                         "busy times, so Empfang cannot write the appointment into the "
                         "calendar. Connect again with write permission, then retry."));
        return std::nullopt;
    }
    if (c.state != GoogleConnection::State::Connected) {
        // Kept, not dropped: it goes out once the practitioner is connected again.
        OutboxRepository(m_db).postpone(
            entry.id, now + m_backoff.capMs(),
            tr("The practitioner is not connected with Google; the appointment will be written "
               "to the calendar once the connection is back."),
            now);
        Q_EMIT syncStateChanged(entry.appointmentId);
        next(entry);
        return std::nullopt;
    }
    // Google asked to pause (Retry-After) — maybe in another process: not one request before.
    if (const qint64 until = RetryGate(m_db).heldUntil(entry.practitionerId, now); until > 0) {
        OutboxRepository(m_db).postpone(entry.id, until, pausedMessage(until), now);
        Q_EMIT syncStateChanged(entry.appointmentId);
        next(entry);
        return std::nullopt;
    }
    OutboxEntry e = entry;
    const Result<bool> claimed = OutboxRepository(m_db).claim(e.id, sender(), now);
    if (!claimed) {
        qCWarning(lcSync) << "outbox not writable:" << claimed.error();
        m_inFlight.remove(entry.appointmentId);
        m_pushing = false; // tried again at the next poll
        return std::nullopt;
    }
    if (!claimed.value()) { // another process sends it, or another desk took the practitioner
        next(entry);
        return std::nullopt;
    }
    e.attempts += 1;
    return e;
}

void SyncService::send(const OutboxEntry &e)
{
    qCInfo(lcSync) << "push" << operationKey(e.operation) << "appointment" << e.appointmentId
                   << "attempt" << e.attempts;
    switch (e.operation) {
    case OutboxOperation::Insert:
        return pushInsert(e);
    case OutboxOperation::Patch:
        return pushPatch(e);
    case OutboxOperation::Delete:
        return pushDelete(e);
    }
}

QString SyncService::pausedMessage(qint64 untilMs) const
{
    return tr("Google asked Empfang to pause until %1; the change is sent after that.")
        .arg(QDateTime::fromMSecsSinceEpoch(untilMs, practiceZone(m_db))
                 .toString(QStringLiteral("HH:mm:ss")));
}

void SyncService::pushInsert(const OutboxEntry &e)
{
    Appointment a;
    const auto c = content(e, &a);
    if (!c)
        return failed(e, AppointmentRepository::notFound(e.appointmentId));
    QPointer<SyncService> self(this);
    m_client.insertEvent(e.practitionerId, e.calendarId, EventMapper::toEvent(a, *c, e.eventId),
                         [self, e](const CalendarClient::Reply &r) {
                             if (!self)
                                 return;
                             if (r.outcome == CalendarClient::Outcome::Ok)
                                 return self->completed(e, r.json);
                             if (r.outcome != CalendarClient::Outcome::AlreadyDone)
                                 return self->handleFailure(e, r);
                             // 409: an earlier try got through. Fetch it instead of guessing.
                             self->m_client.getEvent(e.practitionerId, e.calendarId, e.eventId,
                                                     [self, e](const CalendarClient::Reply &found) {
                                                         if (self)
                                                             self->adoptExisting(e, found);
                                                     });
                         });
}

void SyncService::adoptExisting(const OutboxEntry &e, const CalendarClient::Reply &found)
{
    if (found.outcome == CalendarClient::Outcome::Gone ||
        (found.outcome == CalendarClient::Outcome::Ok && EventMapper::isCancelled(found.json)))
        return conflict(e, std::nullopt);
    if (found.outcome != CalendarClient::Outcome::Ok)
        return handleFailure(e, found);
    GoogleEventRepository events(m_db);
    if (!EventMapper::isOwn(found.json, events.databaseId(), e.appointmentId))
        return failed(e, tr("The Google calendar already holds a different event under this "
                            "appointment's id. Please contact support."));
    Appointment a;
    if (!content(e, &a))
        return failed(e, AppointmentRepository::notFound(e.appointmentId));
    const auto remote = EventMapper::span(found.json, practiceZone(m_db));
    if (remote == std::optional<Interval>(a.span))
        return completed(e, found.json);
    // It exists with an older state (moved here before the insert was confirmed): patch it.
    BookkeepingTransaction tx(m_db);
    if (auto ev = events.find(e.appointmentId); ev && ev.value()) {
        GoogleEventRecord r = *ev.value();
        r.etag = found.json.value(QLatin1String("etag")).toString();
        r.remoteSpan = remote;
        events.save(r, m_clock.nowMs());
    }
    OutboxRepository(m_db).setOperation(e.id, OutboxOperation::Patch, m_clock.nowMs());
    tx.commit();
    next(e);
}

void SyncService::pushPatch(const OutboxEntry &e)
{
    auto ev = GoogleEventRepository(m_db).find(e.appointmentId);
    if (!ev || !ev.value() || ev.value()->eventId != e.eventId)
        return completed(e, {}); // nothing of ours left to change
    Appointment a;
    const auto c = content(e, &a);
    if (!c)
        return failed(e, AppointmentRepository::notFound(e.appointmentId));
    QPointer<SyncService> self(this);
    const auto reload = [self, e] {
        self->m_client.getEvent(e.practitionerId, e.calendarId, e.eventId,
                                [self, e](const CalendarClient::Reply &found) {
                                    if (self)
                                        self->resolvePatchConflict(e, found);
                                });
    };
    if (ev.value()->etag.isEmpty())
        return reload();
    m_client.patchEvent(e.practitionerId, e.calendarId, e.eventId, ev.value()->etag,
                        EventMapper::toPatch(a, *c),
                        [self, e, reload](const CalendarClient::Reply &r) {
                            if (!self)
                                return;
                            switch (r.outcome) {
                            case CalendarClient::Outcome::Ok:
                                return self->completed(e, r.json);
                            case CalendarClient::Outcome::Conflict: // 412: reload, reconcile
                                return reload();
                            case CalendarClient::Outcome::Gone:
                                return self->conflict(e, std::nullopt);
                            default:
                                return self->handleFailure(e, r);
                            }
                        });
}

void SyncService::resolvePatchConflict(const OutboxEntry &e, const CalendarClient::Reply &found)
{
    if (found.outcome == CalendarClient::Outcome::Gone ||
        (found.outcome == CalendarClient::Outcome::Ok && EventMapper::isCancelled(found.json)))
        return conflict(e, std::nullopt);
    if (found.outcome != CalendarClient::Outcome::Ok)
        return handleFailure(e, found); // a failed GET changes nothing
    Appointment a;
    if (!content(e, &a))
        return failed(e, AppointmentRepository::notFound(e.appointmentId));
    GoogleEventRepository events(m_db);
    auto ev = events.find(e.appointmentId);
    if (!ev || !ev.value())
        return completed(e, {});
    GoogleEventRecord r = *ev.value();
    const auto remote = EventMapper::span(found.json, practiceZone(m_db));
    if (remote == std::optional<Interval>(a.span))
        return completed(e, found.json); // already as we want it (our earlier try arrived)
    if (remote == r.remoteSpan && e.attempts < 5) {
        // Changed in Google, but not in time (a colour, a reminder): apply our change on top.
        r.etag = found.json.value(QLatin1String("etag")).toString();
        events.save(r, m_clock.nowMs());
        return next(e);
    }
    conflict(e, found.json);
}

void SyncService::pushDelete(const OutboxEntry &e)
{
    QPointer<SyncService> self(this);
    m_client.deleteEvent(e.practitionerId, e.calendarId, e.eventId,
                         [self, e](const CalendarClient::Reply &r) {
                             if (!self)
                                 return;
                             if (r.outcome == CalendarClient::Outcome::Ok ||
                                 r.outcome == CalendarClient::Outcome::AlreadyDone)
                                 return self->completed(e, {});
                             self->handleFailure(e, r);
                         });
}

void SyncService::handleFailure(const OutboxEntry &e, const CalendarClient::Reply &r)
{
    if (r.outcome == CalendarClient::Outcome::Permanent)
        return failed(e, r.message);
    const qint64 now = m_clock.nowMs();
    qint64 delay = m_backoff.fullJitter(e.attempts);
    BookkeepingTransaction tx(m_db);
    if (r.retryAfterMs > 0) {
        // Google named the time itself: never earlier, and the whole account waits with it.
        delay = std::max(delay, r.retryAfterMs);
        RetryGate(m_db).hold(e.practitionerId, now + r.retryAfterMs);
    }
    qCInfo(lcSync) << "retry appointment" << e.appointmentId << "in" << delay << "ms after HTTP"
                   << r.httpStatus << r.reason;
    OutboxRepository(m_db).postpone(e.id, now + delay, r.message, now);
    tx.commit();
    Q_EMIT syncStateChanged(e.appointmentId);
    next(e);
}

void SyncService::failed(const OutboxEntry &e, const QString &message)
{
    const qint64 now = m_clock.nowMs();
    qCInfo(lcSync) << "push of appointment" << e.appointmentId << "failed for good";
    GoogleEventRepository events(m_db);
    BookkeepingTransaction tx(m_db);
    OutboxRepository(m_db).fail(e.id, message, now);
    if (auto ev = events.find(e.appointmentId);
        ev && ev.value() && ev.value()->eventId == e.eventId)
        events.setState(e.appointmentId, SyncState::Failed, message, now);
    tx.commit();
    ++m_stats.failed;
    Q_EMIT syncStateChanged(e.appointmentId);
    next(e);
}

void SyncService::completed(const OutboxEntry &e, const QJsonObject &event)
{
    const qint64 now = m_clock.nowMs();
    OutboxRepository outbox(m_db);
    GoogleEventRepository events(m_db);
    // Bookkeeping: lost on a power cut, the write is only sent again (insert 409, patch 412,
    // delete 410 all end here once more), so the commit need not wait for the disk.
    BookkeepingTransaction tx(m_db);
    outbox.finish(e, now);
    SyncProgress::touch(m_db, {e.practitionerId}, now);
    if (auto ev = events.find(e.appointmentId);
        ev && ev.value() && ev.value()->eventId == e.eventId) {
        GoogleEventRecord r = *ev.value();
        if (e.operation == OutboxOperation::Delete) {
            r.etag.clear();
            r.remoteSpan.reset();
        } else if (!event.isEmpty()) {
            r.etag = event.value(QLatin1String("etag")).toString();
            r.remoteSpan = EventMapper::span(event, practiceZone(m_db));
        }
        auto open = outbox.openFor(e.appointmentId);
        r.state = (open && open.value()) ? SyncState::Pending : SyncState::Synced;
        r.note.clear();
        events.save(r, now);
    }
    tx.commit();
    ++m_stats.pushed;
    Q_EMIT syncStateChanged(e.appointmentId);
    next(e);
}

void SyncService::conflict(const OutboxEntry &e, const std::optional<QJsonObject> &remote)
{
    const qint64 now = m_clock.nowMs();
    Appointment a;
    content(e, &a);
    GoogleEventRepository events(m_db);
    BookkeepingTransaction tx(m_db);
    // Nothing more is owed until the receptionist decides (retry, move or cancel).
    OutboxRepository(m_db).finish(e, now);
    if (auto ev = events.find(e.appointmentId); ev && ev.value()) {
        GoogleEventRecord r = *ev.value();
        r.remoteSpan = remote ? EventMapper::span(*remote, practiceZone(m_db)) : std::nullopt;
        r.etag = remote ? remote->value(QLatin1String("etag")).toString() : QString();
        r.state = SyncState::Conflict;
        r.note = conflictNote(a, r.remoteSpan);
        events.save(r, now);
    }
    tx.commit();
    qCInfo(lcSync) << "appointment" << e.appointmentId << "was changed in Google: conflict";
    ++m_stats.failed;
    Q_EMIT syncStateChanged(e.appointmentId);
    next(e);
}

} // namespace empfang
