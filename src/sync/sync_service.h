#pragma once

#include "backoff.h"
#include "busy_cache.h"
#include "busy_refresher.h"
#include "domain/appointment.h"
#include "domain/clock.h"
#include "google/calendar_client.h"
#include "storage/sync_types.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

namespace empfang {

class BusyRequests;
class GoogleConnectionService;
struct Change;
struct EventContent;

/// Keeps Google and Empfang in step: drains the outbox (insert with the client id, patch with
/// If-Match, delete), refreshes busy times of the visible range, and checks our own events for
/// changes made in Google. Asynchronous throughout; all state lives in SQLite, so a restart (or
/// a kill -9) continues where it stopped without losing or duplicating a write.
class SyncService : public QObject
{
    Q_OBJECT
public:
    /// What the UI shows on an appointment.
    struct AppointmentSync
    {
        SyncState state = SyncState::Pending;
        QString message; // German: why pending/failed, or what changed in Google
    };
    struct Stats
    {
        int pushed = 0; // writes Google confirmed in this service's lifetime
        int failed = 0; // writes that ended failed or in conflict
    };

    /// `background`: where Google's busy times are stored, off this thread.
    SyncService(Database &db, GoogleConnectionService &connections, CalendarClient &client,
                const Clock &clock, WorkerConnection &background, QObject *parent = nullptr);
    ~SyncService() override;

    void setBackoff(const Backoff &backoff) { m_backoff = backoff; }
    /// Outbox poll (other desks, the CLI), busy refresh of the visible range, and this desk's
    /// heartbeat (announce() every minute).
    void start(int pollMs = 5000, int busyRefreshMs = 2 * 60 * 1000);
    /// This desk runs (docs/ARCHITECTURE.md §8): records it in the desks table, frees outbox
    /// claims its crashed processes left, and brings the keychain in line with the database.
    void announce();
    /// A change from the database's change log (any desk): a booking elsewhere is pushed at
    /// once when this desk syncs its practitioner, a busy request is answered, a connection
    /// moved to another desk ends here.
    void onChange(const empfang::Change &change);
    /// Answers the busy requests of other desks for practitioners this desk syncs.
    void answerRequests();

    /// Push what is due now (after a booking: call it, or wait for the poll).
    void pushNow();
    /// pushNow(), but started on the caller's stack instead of at the next turn of the event
    /// loop: for the window right after a confirmed change, so the write is on its way to
    /// Google before the grid reloads. Never call it inside a transaction.
    void pushRightAway();
    /// The grid shows this range: refresh busy times now and on the timer.
    void setVisibleRange(const Interval &range);
    /// Busy refresh for a range (the CLI's `sync`, the fresh check before a booking). For a
    /// practitioner another desk syncs, that desk is asked (BusyRequests) instead of Google.
    void refreshBusy(const Interval &range, BusyRefresher::Done done = {},
                     const QList<qint64> &practitionerIds = {});
    /// Looks up our own events in `range` and flags those moved or deleted in Google.
    void reconcile(const Interval &range, std::function<void()> done = {});
    /// The receptionist's retry: failed writes again; for a conflict, Empfang's version wins.
    Status retry(qint64 appointmentId);

    std::optional<AppointmentSync> appointmentSync(qint64 appointmentId) const;
    /// appointmentSync() of many appointments with two queries (the grid's badges).
    QHash<qint64, AppointmentSync> appointmentSyncs(const QList<qint64> &appointmentIds) const;
    /// BusyCache::perDay() at the service's clock (the grid's columns).
    QHash<qint64, QList<BusyCache::Day>> busyDays(const QList<qint64> &practitionerIds,
                                                  const QList<QDate> &days) const;
    /// appointmentSyncs() on any connection to the database (the grid's loader reads on one of
    /// its own, off the GUI thread).
    static QHash<qint64, AppointmentSync> appointmentSyncs(Database &db,
                                                           const QList<qint64> &appointmentIds);
    /// What a BusyCache on another connection needs to answer busyDays() as this service does:
    /// the TTL, the service's clock now, and which practitioners Google could not be reached for.
    struct GridContext
    {
        qint64 ttlMs = 0;
        qint64 nowMs = 0;
        QHash<qint64, BusyCache::Unreachable> unreachable;
    };
    GridContext gridContext() const;
    BusyCache::State busyState(qint64 practitionerId, const Interval &range) const;
    BusyCache &cache() { return m_cache; }
    BusySource busySource() const { return m_cache.source(); }
    bool isPushing() const { return m_pushing; }
    bool isIdle() const;
    Stats stats() const { return m_stats; }

Q_SIGNALS:
    void syncStateChanged(qint64 appointmentId);
    void busyTimesChanged(const QList<qint64> &practitionerIds);
    /// The outbox has nothing due any more (more may come later: retries, other desks).
    void pushFinished();
    void reconcileFinished();

private:
    void pushNext();
    /// Checks that `entry` may go out now and counts the attempt (or postpones or fails it):
    /// the entry to send, or nothing. Writes; pushNext() runs it inside one transaction.
    std::optional<OutboxEntry> prepare(const OutboxEntry &entry);
    void send(const OutboxEntry &entry);
    void pushInsert(const OutboxEntry &entry);
    void pushPatch(const OutboxEntry &entry);
    void pushDelete(const OutboxEntry &entry);
    void adoptExisting(const OutboxEntry &entry, const CalendarClient::Reply &found);
    void resolvePatchConflict(const OutboxEntry &entry, const CalendarClient::Reply &found);
    /// One place for "try again later", "failed for good" and "done".
    void retryLater(const OutboxEntry &entry, const CalendarClient::Reply &reply);
    void failed(const OutboxEntry &entry, const QString &message);
    void completed(const OutboxEntry &entry, const QJsonObject &event);
    void conflict(const OutboxEntry &entry, const std::optional<QJsonObject> &remote);
    void handleFailure(const OutboxEntry &entry, const CalendarClient::Reply &reply);
    QString pausedMessage(qint64 untilMs) const;
    OutboxSender sender() const { return {m_desk, m_holder}; }
    /// Connected practitioners among `practitionerIds` (all when empty) another desk syncs.
    QList<qint64> syncedElsewhere(const QList<qint64> &practitionerIds) const;
    void askSyncDesks(const QList<qint64> &practitionerIds, const Interval &range,
                      std::function<void(const BusyRefresher::Summary &)> done);
    /// `entry` is done for now (sent, postponed or given up): start what is due next.
    void next(const OutboxEntry &entry);
    void scheduleWakeUp();
    std::optional<EventContent> content(const OutboxEntry &entry, Appointment *appointment) const;
    QString conflictNote(const Appointment &a, const std::optional<Interval> &remote) const;
    /// Reconciliation found our event changed in Google (remote nullopt: deleted).
    void flagChangedInGoogle(const GoogleEventRecord &record,
                             const std::optional<QJsonObject> &remote);
    void compareOwnEvent(const GoogleEventRecord &record, const QJsonObject &remote);
    /// Reconciliation found the event of a cancelled appointment live in Google.
    void deleteAgain(const GoogleEventRecord &record);

    Database &m_db;
    GoogleConnectionService &m_connections;
    CalendarClient &m_client;
    const Clock &m_clock;
    BusyCache m_cache;
    BusyRefresher *m_refresher;
    QString m_desk;
    QString m_holder; // this process, for outbox claims
    BusyRequests *m_requests;
    QTimer m_heartbeat;
    QSet<qint64> m_answering; // busy requests of other desks being answered here
    Backoff m_backoff;
    QTimer m_poll;
    QTimer m_busyTimer;
    QTimer m_wakeUp;
    Interval m_visible;
    bool m_pushing = false;
    // Writes on their way to Google, by appointment: independent appointments go out together
    // (Google's latency is paid once for all of them), one appointment's writes one by one.
    QSet<qint64> m_inFlight;
    int m_reconciling = 0;
    Stats m_stats;
};

} // namespace empfang
