// SyncService, third part: reconciliation of our own events with what Google holds now. A
// booking is never moved or cancelled from here: changes in Google are flagged for the
// receptionist, and a failed lookup changes nothing at all.
#include "storage/appointment_repository.h"
#include "storage/event_mapper.h"
#include "storage/google_connection_repository.h"
#include "storage/google_event_repository.h"
#include "storage/hot_queries.h"
#include "storage/outbox_repository.h"
#include "storage/settings_repository.h"
#include "sync_logging.h"
#include "sync_service.h"

#include <QJsonArray>
#include <QPointer>

#include <map>

namespace empfang {

namespace {

// Our events of one calendar that reconciliation looks at.
struct OwnEvents
{
    QList<GoogleEventRecord> booked;    // must still be where Empfang has them
    QList<GoogleEventRecord> cancelled; // must be gone: the delete went out (or was lost)
};

} // namespace

void SyncService::reconcile(const Interval &range, std::function<void()> done)
{
    std::map<std::pair<qint64, QString>, OwnEvents> groups;
    // One statement per kind for the whole range: this runs on the GUI thread after every
    // busy refresh, with about a thousand own events in a full week.
    const auto collect = [&](const QString &statement, QList<GoogleEventRecord> OwnEvents::*list) {
        const auto rows = GoogleEventRepository(m_db).ofAppointments(
            statement, {range.endMs, range.startMs, range.startMs});
        if (!rows)
            return;
        for (const GoogleEventRecord &r : rows.value())
            (groups[{r.practitionerId, r.calendarId}].*list) << r;
    };
    // Our synced events of booked appointments in the range, with nothing owed to Google.
    collect(hot_queries::reconcileBooked(), &OwnEvents::booked);
    // Cancelled appointments whose delete is done: their event must not be live any more. It
    // can be — a "maybe sent" insert that Google carried out after the delete, an event put
    // back from Google's bin — and would then block the practitioner's time for good.
    collect(hot_queries::reconcileCancelled(), &OwnEvents::cancelled);
    auto remaining = std::make_shared<int>(1);
    QPointer<SyncService> self(this);
    ++m_reconciling;
    auto oneDone = [self, remaining, done] {
        if (!self || --*remaining > 0)
            return;
        --self->m_reconciling;
        if (done)
            done();
        Q_EMIT self->reconcileFinished();
    };
    const QString databaseId = GoogleEventRepository(m_db).databaseId();
    // Z, not +00:00: a '+' in a query string reads as a space on the other side.
    const auto utc = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
    };
    QHash<qint64, GoogleConnection> connections;
    if (auto all = GoogleConnectionRepository(m_db).list()) {
        for (const GoogleConnection &c : all.value())
            connections.insert(c.practitionerId, c);
    }
    for (const auto &[key, own] : groups) {
        const auto c = connections.constFind(key.first);
        if (c == connections.cend() || !c->isConnected())
            continue;
        const QList<GoogleEventRecord> records = own.booked;
        // Only with write access can a delete be sent; a read-only connection just looks.
        const QList<GoogleEventRecord> cancelled = c->state == GoogleConnection::State::Connected
                                                       ? own.cancelled
                                                       : QList<GoogleEventRecord>();
        if (records.isEmpty() && cancelled.isEmpty())
            continue;
        QUrlQuery filter;
        // Only our own events: the filter makes Google return nothing of anybody else's.
        filter.addQueryItem(QStringLiteral("privateExtendedProperty"),
                            QLatin1String(EventMapper::kDatabaseProperty) + u'=' + databaseId);
        filter.addQueryItem(QStringLiteral("timeMin"), utc(range.startMs));
        filter.addQueryItem(QStringLiteral("timeMax"), utc(range.endMs));
        filter.addQueryItem(QStringLiteral("showDeleted"), QStringLiteral("true"));
        filter.addQueryItem(QStringLiteral("maxResults"), QStringLiteral("2500"));
        ++*remaining;
        m_client.listEvents(
            key.first, key.second, filter,
            [self, records, cancelled, oneDone, remaining](const CalendarClient::Reply &reply) {
                if (!self)
                    return;
                if (reply.outcome != CalendarClient::Outcome::Ok) {
                    qCInfo(lcSync) << "reconcile: list failed, nothing changed:" << reply.reason;
                    return oneDone();
                }
                QHash<QString, QJsonObject> byId;
                for (const QJsonValue &v : reply.json.value(QLatin1String("items")).toArray())
                    byId.insert(v.toObject().value(QLatin1String("id")).toString(), v.toObject());
                for (const GoogleEventRecord &r : cancelled) {
                    if (byId.contains(r.eventId) &&
                        !EventMapper::isCancelled(byId.value(r.eventId)))
                        self->deleteAgain(r);
                }
                for (const GoogleEventRecord &r : records) {
                    if (byId.contains(r.eventId)) {
                        self->compareOwnEvent(r, byId.value(r.eventId));
                        continue;
                    }
                    // Not in the range any more: moved far away, or deleted for good. Ask.
                    ++*remaining;
                    self->m_client.getEvent(
                        r.practitionerId, r.calendarId, r.eventId,
                        [self, r, oneDone](const CalendarClient::Reply &found) {
                            if (!self)
                                return;
                            if (found.outcome == CalendarClient::Outcome::Gone)
                                self->flagChangedInGoogle(r, std::nullopt);
                            else if (found.outcome == CalendarClient::Outcome::Ok)
                                self->compareOwnEvent(r, found.json);
                            oneDone(); // any other answer: we know nothing, change nothing
                        });
                }
                oneDone();
            });
    }
    QMetaObject::invokeMethod(this, oneDone, Qt::QueuedConnection);
}

void SyncService::deleteAgain(const GoogleEventRecord &record)
{
    // Through the outbox like every write: it survives a crash, folds with later changes and
    // is retried with backoff; the row's state says "pending" until Google confirms.
    const qint64 now = m_clock.nowMs();
    OutboxEntry e;
    e.appointmentId = record.appointmentId;
    e.practitionerId = record.practitionerId;
    e.calendarId = record.calendarId;
    e.eventId = record.eventId;
    e.operation = OutboxOperation::Delete;
    WriteTransaction tx(m_db);
    if (Status s = OutboxRepository(m_db).enqueue(e, now); !s) {
        qCWarning(lcSync) << "reconcile: delete not queued:" << s.error();
        return;
    }
    GoogleEventRepository(m_db).setState(record.appointmentId, SyncState::Pending, {}, now);
    if (!tx.commit()) {
        qCWarning(lcSync) << "reconcile: delete not queued (commit)";
        return;
    }
    qCInfo(lcSync) << "appointment" << record.appointmentId
                   << "is cancelled but its event is live in Google: deleted again";
    Q_EMIT syncStateChanged(record.appointmentId);
    pushNow();
}

void SyncService::compareOwnEvent(const GoogleEventRecord &r, const QJsonObject &remote)
{
    if (EventMapper::isCancelled(remote))
        return flagChangedInGoogle(r, std::nullopt);
    const auto span = EventMapper::span(remote, SettingsRepository(m_db).load().timeZone());
    if (span != r.remoteSpan)
        return flagChangedInGoogle(r, remote);
    const QString etag = remote.value(QLatin1String("etag")).toString();
    if (!etag.isEmpty() && etag != r.etag) {
        GoogleEventRecord updated = r; // text or colour changed: keep the etag current
        updated.etag = etag;
        GoogleEventRepository(m_db).save(updated, m_clock.nowMs());
    }
}

void SyncService::flagChangedInGoogle(const GoogleEventRecord &record,
                                      const std::optional<QJsonObject> &remote)
{
    auto a = AppointmentRepository(m_db).find(record.appointmentId);
    if (!a)
        return;
    GoogleEventRecord r = record;
    r.remoteSpan = remote ? EventMapper::span(*remote, SettingsRepository(m_db).load().timeZone())
                          : std::nullopt;
    r.etag = remote ? remote->value(QLatin1String("etag")).toString() : QString();
    r.state = SyncState::Conflict;
    r.note = conflictNote(a.value(), r.remoteSpan);
    GoogleEventRepository(m_db).save(r, m_clock.nowMs());
    qCInfo(lcSync) << "appointment" << r.appointmentId << "changed in Google: flagged";
    Q_EMIT syncStateChanged(r.appointmentId);
}

} // namespace empfang
