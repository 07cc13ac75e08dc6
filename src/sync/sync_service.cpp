#include "sync_service.h"

#include "busy_requests.h"
#include "google/google_connection_service.h"
#include "storage/appointment_repository.h"
#include "storage/bookkeeping_transaction.h"
#include "storage/claim_holder.h"
#include "storage/event_mapper.h"
#include "storage/google_connection_repository.h"
#include "storage/google_event_repository.h"
#include "storage/outbox_repository.h"
#include "storage/settings_repository.h"
#include "storage/sql.h"
#include "sync_logging.h"

#include <algorithm>

namespace empfang {

namespace {

// Writes sent to Google at the same time. Qt opens at most six connections to one host, so
// more would only queue inside Qt.
constexpr int kParallelWrites = 6;

} // namespace

SyncService::SyncService(Database &db, GoogleConnectionService &connections, CalendarClient &client,
                         const Clock &clock, WorkerConnection &background, QObject *parent)
    : QObject(parent), m_db(db), m_connections(connections), m_client(client), m_clock(clock),
      m_cache(db),
      m_refresher(new BusyRefresher(db, m_cache, client, connections, clock, background, this)),
      m_desk(connections.deskId()), m_holder(ClaimHolder::forThisProcess(m_desk)),
      m_requests(new BusyRequests(db, m_desk, this))
{
    connect(&m_heartbeat, &QTimer::timeout, this, [this] {
        announce();
        answerRequests(); // a safety net: notifications are lost while the server is away
    });
    connect(m_refresher, &BusyRefresher::busyTimesChanged, this, &SyncService::busyTimesChanged);
    connect(&m_poll, &QTimer::timeout, this, &SyncService::pushNow);
    connect(&m_wakeUp, &QTimer::timeout, this, &SyncService::pushNow);
    m_wakeUp.setSingleShot(true);
    connect(&m_busyTimer, &QTimer::timeout, this, [this] {
        if (!m_visible.isEmpty())
            refreshBusy(m_visible);
    });
    // A practitioner who connects (again) gets what waited for them.
    connect(&connections, &GoogleConnectionService::connectionChanged, this, [this](qint64 pid) {
        QSqlQuery q(m_db.connection());
        QString error;
        sql::run(q,
                 QStringLiteral("UPDATE outbox SET next_attempt_ms = 0 WHERE practitioner_id = ? "
                                "AND state = 'pending'"),
                 {pid}, &error);
        if (!GoogleConnectionRepository(m_db).find(pid).value().isConnected())
            m_cache.clear(pid);
        pushNow();
    });
}

SyncService::~SyncService() = default;

void SyncService::start(int pollMs, int busyRefreshMs)
{
    m_poll.start(pollMs);
    m_busyTimer.start(busyRefreshMs);
    m_heartbeat.start(60 * 1000);
    announce();
    answerRequests();
    pushNow();
}

bool SyncService::isIdle() const
{
    return !m_pushing && !m_refresher->isRunning() && m_reconciling == 0;
}

void SyncService::setVisibleRange(const Interval &range)
{
    m_visible = range;
    refreshBusy(range);
}

void SyncService::pushNow()
{
    // Also while pushing: a new booking takes a free place at once rather than waiting for the
    // writes on their way.
    m_pushing = true;
    // From the event loop, never re-entrantly from the caller's stack (e.g. a booking slot).
    QMetaObject::invokeMethod(this, &SyncService::pushNext, Qt::QueuedConnection);
}

void SyncService::pushRightAway()
{
    m_pushing = true;
    pushNext();
}

void SyncService::pushNext()
{
    if (!m_pushing)
        return;
    // Up to kParallelWrites at once, never two of the same appointment: its writes keep their
    // order (insert before patch before delete), as with one at a time.
    // What is recorded before each write goes out (the attempt, or why it waits) is one
    // transaction for all writes started here: one flush to the disk on the GUI thread instead
    // of one per write, committed before the first request leaves. Bookkeeping: if a power cut
    // takes it back, the write is only sent again (BookkeepingTransaction).
    QList<OutboxEntry> ready;
    {
        BookkeepingTransaction tx(m_db);
        while (m_pushing && m_inFlight.size() < kParallelWrites) {
            auto due = OutboxRepository(m_db).due(
                m_clock.nowMs(), int(m_inFlight.size()) + kParallelWrites, sender());
            if (!due)
                break;
            const auto free =
                std::find_if(due->cbegin(), due->cend(), [this](const OutboxEntry &e) {
                    return !m_inFlight.contains(e.appointmentId);
                });
            if (free == due->cend())
                break;
            m_inFlight.insert(free->appointmentId);
            if (auto e = prepare(*free))
                ready << *e;
        }
        if (tx.started() && !tx.commit()) {
            qCWarning(lcSync) << "outbox not writable:" << m_db.lastFailure();
            for (const OutboxEntry &e : std::as_const(ready))
                m_inFlight.remove(e.appointmentId);
            ready.clear();
            m_pushing = false; // tried again at the next poll
        }
    }
    for (const OutboxEntry &e : std::as_const(ready))
        send(e);
    if (m_pushing && m_inFlight.isEmpty()) {
        m_pushing = false;
        scheduleWakeUp();
        Q_EMIT pushFinished();
    }
}

void SyncService::next(const OutboxEntry &entry)
{
    m_inFlight.remove(entry.appointmentId);
    QMetaObject::invokeMethod(this, &SyncService::pushNext, Qt::QueuedConnection);
}

void SyncService::scheduleWakeUp()
{
    const auto nextDue = OutboxRepository(m_db).nextDueMs(sender());
    if (!nextDue)
        return;
    const qint64 wait = std::clamp<qint64>(*nextDue - m_clock.nowMs(), 0, 24LL * 3600 * 1000);
    m_wakeUp.start(int(wait));
}

std::optional<SyncService::AppointmentSync> SyncService::appointmentSync(qint64 appointmentId) const
{
    auto ev = GoogleEventRepository(m_db).find(appointmentId);
    if (!ev || !ev.value())
        return std::nullopt;
    AppointmentSync s{ev.value()->state, ev.value()->note};
    if (s.message.isEmpty() && s.state != SyncState::Synced) {
        if (auto open = OutboxRepository(m_db).openFor(appointmentId); open && open.value())
            s.message = open.value()->lastError;
    }
    return s;
}

BusyCache::State SyncService::busyState(qint64 practitionerId, const Interval &range) const
{
    return m_cache.state(practitionerId, range, m_clock.nowMs());
}

Status SyncService::retry(qint64 appointmentId)
{
    const qint64 now = m_clock.nowMs();
    OutboxRepository outbox(m_db);
    GoogleEventRepository events(m_db);
    WriteTransaction tx(m_db);
    if (Status s = outbox.retry(appointmentId, now); !s)
        return s;
    auto found = events.find(appointmentId);
    if (!found)
        return Status::failure(found.error());
    if (found.value()) {
        GoogleEventRecord r = *found.value();
        auto appointment = AppointmentRepository(m_db).find(appointmentId);
        const bool booked = appointment && appointment->blocksTime();
        if (r.state == SyncState::Conflict && booked) {
            // Empfang's version wins: put it back (deleted in Google) or move it back.
            OutboxEntry e;
            e.appointmentId = appointmentId;
            e.practitionerId = r.practitionerId;
            e.calendarId = r.calendarId;
            e.operation = r.remoteSpan ? OutboxOperation::Patch : OutboxOperation::Insert;
            if (!r.remoteSpan) {
                r.generation += 1; // Google refuses the id of a deleted event for good
                r.eventId = EventMapper::eventId(events.databaseId(), appointmentId, r.generation);
                r.etag.clear();
            }
            e.eventId = r.eventId;
            if (Status s = outbox.enqueue(e, now); !s)
                return s;
        }
        r.state =
            (r.state == SyncState::Conflict && !booked) ? SyncState::Synced : SyncState::Pending;
        r.note.clear();
        if (Status s = events.save(r, now); !s)
            return s;
    }
    if (!tx.commit())
        return Status::failure(m_db.lastFailure());
    Q_EMIT syncStateChanged(appointmentId);
    pushNow();
    return success();
}

std::optional<EventContent> SyncService::content(const OutboxEntry &entry,
                                                 Appointment *appointment) const
{
    auto a = AppointmentRepository(m_db).find(entry.appointmentId);
    if (!a)
        return std::nullopt;
    *appointment = a.value();
    EventContent c;
    c.typeName = a->typeName;
    c.patientName = a->patientName;
    c.zoneId = SettingsRepository(m_db).load().timeZoneId;
    c.databaseId = GoogleEventRepository(m_db).databaseId();
    QSqlQuery q(m_db.connection());
    QString error;
    // A practice setting, off unless someone turned it on (docs/ARCHITECTURE.md §4.5).
    if (sql::run(q,
                 QStringLiteral("SELECT value FROM settings WHERE key = 'google.showPatientNames'"),
                 {}, &error) &&
        q.next())
        c.showPatientName = q.value(0).toString() == QLatin1String("true") ||
                            q.value(0).toString() == QLatin1String("1");
    return c;
}

QString SyncService::conflictNote(const Appointment &a, const std::optional<Interval> &remote) const
{
    const QTimeZone zone = SettingsRepository(m_db).load().timeZone();
    const auto show = [&](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(
            QStringLiteral("dd.MM.yyyy HH:mm"));
    };
    if (!remote)
        return tr("The event of this appointment was deleted in the Google calendar. The "
                  "appointment is still booked in Empfang: cancel it, or use \"Retry\" to "
                  "put it back into Google.");
    return tr("The event of this appointment was moved in the Google calendar to %1 (in "
              "Empfang: %2). Move the appointment, or use \"Retry\" to write Empfang's time "
              "to Google again.")
        .arg(show(remote->startMs), show(a.span.startMs));
}

} // namespace empfang
