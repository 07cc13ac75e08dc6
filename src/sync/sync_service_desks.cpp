// SyncService, the part for several desks on one database (docs/ARCHITECTURE.md §8): only the
// practitioner's sync desk talks to Google for them; the other desks ask it through the
// database and see what it stored there.
#include "busy_requests.h"
#include "google/google_connection_service.h"
#include "storage/bookkeeping_transaction.h"
#include "storage/change_feed.h"
#include "storage/desk_repository.h"
#include "storage/google_connection_repository.h"
#include "storage/local_desk.h"
#include "storage/outbox_repository.h"
#include "sync_logging.h"
#include "sync_progress.h"
#include "sync_service.h"

#include <QPointer>

namespace empfang {

void SyncService::announce()
{
    const qint64 now = m_clock.nowMs();
    if (Status s = DeskRepository(m_db).seen(m_desk, LocalDesk::name(), now); !s)
        qCWarning(lcSync) << "desk not recorded:" << s.error();
    if (Status s = OutboxRepository(m_db).releaseDeadClaims(m_desk); !s)
        qCWarning(lcSync) << "outbox claims not checked:" << s.error();
    BusyRequests::forgetOld(m_db, now);
    m_connections.tidyKeychain();
}

void SyncService::onChange(const Change &change)
{
    if (change.kind == QLatin1String("request"))
        return answerRequests();
    if (change.kind == QLatin1String("google")) {
        // Connected at another desk, or disconnected there: this desk's token goes (or is
        // revoked first), and from now on the outbox query leaves the practitioner out.
        m_connections.tidyKeychain(change.practitionerId);
        return pushNow();
    }
    if (change.kind != QLatin1String("appointment") || m_pushing)
        return;
    // Booked at another desk (or by empfang-cli here): this desk sends it if it syncs.
    if (const GoogleConnection c = m_connections.connection(change.practitionerId);
        c.isConnected() && c.syncedBy(m_desk))
        pushNow();
}

QList<qint64> SyncService::syncedElsewhere(const QList<qint64> &practitionerIds) const
{
    QList<qint64> elsewhere;
    const auto all = GoogleConnectionRepository(m_db).list();
    if (!all)
        return elsewhere;
    for (const GoogleConnection &c : all.value()) {
        if (c.isConnected() && !c.syncedBy(m_desk) &&
            (practitionerIds.isEmpty() || practitionerIds.contains(c.practitionerId)))
            elsewhere << c.practitionerId;
    }
    return elsewhere;
}

void SyncService::refreshBusy(const Interval &range, BusyRefresher::Done done,
                              const QList<qint64> &practitionerIds)
{
    const QList<qint64> elsewhere = syncedElsewhere(practitionerIds);
    auto merged = std::make_shared<BusyRefresher::Summary>();
    auto outstanding = std::make_shared<int>(elsewhere.isEmpty() ? 1 : 2);
    auto finish = [merged, outstanding, done](const BusyRefresher::Summary &part) {
        merged->requests += part.requests;
        merged->calendars += part.calendars;
        merged->practitioners += part.practitioners;
        merged->notSynchronised += part.notSynchronised;
        merged->unreachable += part.unreachable;
        if (--*outstanding == 0 && done)
            done(*merged);
    };
    QPointer<SyncService> self(this);
    // The refresher itself leaves out practitioners another desk syncs.
    m_refresher->refresh(
        range,
        [self, finish](const BusyRefresher::Summary &s) {
            if (self) {
                QList<qint64> fresh;
                for (qint64 pid : s.practitioners) {
                    if (!s.notSynchronised.contains(pid))
                        fresh << pid;
                }
                SyncProgress::touch(self->m_db, fresh, self->m_clock.nowMs());
            }
            finish(s);
        },
        practitionerIds);
    if (!elsewhere.isEmpty())
        askSyncDesks(elsewhere, range, finish);
}

void SyncService::askSyncDesks(const QList<qint64> &practitionerIds, const Interval &range,
                               std::function<void(const BusyRefresher::Summary &)> done)
{
    // A sync desk that has not run for long will not answer: do not make the desk wait.
    QList<qint64> ask;
    QHash<qint64, QString> silent;
    const qint64 now = m_clock.nowMs();
    for (qint64 pid : practitionerIds) {
        const QString desk = m_connections.connection(pid).syncDesk;
        const auto row = DeskRepository(m_db).find(desk);
        if (row && row.value() && now - row.value()->lastSeenMs <= DeskRepository::kSilentAfterMs)
            ask << pid;
        else
            silent.insert(pid, DeskRepository(m_db).nameOf(desk));
    }
    QPointer<SyncService> self(this);
    auto answered = [self, practitionerIds, silent, done](const BusyRequests::Answers &answers) {
        BusyRefresher::Summary s;
        s.practitioners = practitionerIds;
        if (!self)
            return done(s);
        QList<qint64> fresh;
        for (qint64 pid : practitionerIds) {
            const auto answer = answers.constFind(pid);
            if (answer != answers.cend() && *answer == BusyRequests::Answer::Fresh) {
                fresh << pid;
                self->m_cache.markReachable(pid);
                continue;
            }
            s.notSynchronised << pid;
            if (answer != answers.cend() && *answer == BusyRequests::Answer::Failed)
                continue; // Google answered the sync desk with an error for the calendar
            s.unreachable << pid;
            const QString desk = silent.contains(pid)
                                     ? silent.value(pid)
                                     : DeskRepository(self->m_db)
                                           .nameOf(self->m_connections.connection(pid).syncDesk);
            self->m_cache.markUnreachable(
                pid,
                silent.contains(pid)
                    ? tr("Appointments of this practitioner reach Google only when the desk "
                         "\"%1\" runs again; busy times are those it last stored.")
                          .arg(desk)
                : answer != answers.cend()
                    ? tr("Google cannot be reached from the desk \"%1\", which synchronises "
                         "this practitioner's calendar.")
                          .arg(desk)
                    : tr("The desk \"%1\", which synchronises this practitioner's Google "
                         "calendar, did not answer.")
                          .arg(desk),
                self->m_clock.nowMs());
        }
        if (!fresh.isEmpty())
            Q_EMIT self->busyTimesChanged(fresh);
        done(s);
    };
    if (ask.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [answered] { answered({}); }, Qt::QueuedConnection);
        return;
    }
    m_requests->ask(ask, range, answered);
}

void SyncService::answerRequests()
{
    const qint64 now = m_clock.nowMs();
    const auto open = BusyRequests::openFor(m_db, m_desk, now);
    if (!open) {
        qCWarning(lcSync) << "busy requests not readable:" << open.error();
        return;
    }
    // One refresh per asked range; requests already being answered here are left alone.
    QHash<QPair<qint64, qint64>, QList<BusyRequests::Open>> byRange;
    for (const BusyRequests::Open &r : open.value()) {
        if (m_answering.contains(r.id))
            continue;
        m_answering.insert(r.id);
        byRange[{r.range.startMs, r.range.endMs}] << r;
    }
    QPointer<SyncService> self(this);
    for (auto it = byRange.cbegin(); it != byRange.cend(); ++it) {
        const QList<BusyRequests::Open> requests = it.value();
        QList<qint64> pids;
        for (const BusyRequests::Open &r : requests)
            pids << r.practitionerId;
        m_refresher->refresh(
            requests.first().range,
            [self, requests](const BusyRefresher::Summary &s) {
                if (!self)
                    return;
                const qint64 at = self->m_clock.nowMs();
                // All answers and the progress rows in one commit that need not wait for the
                // disk: one fsync per row held up the sync desk's window (BookkeepingTransaction).
                BookkeepingTransaction tx(self->m_db);
                QList<qint64> fresh;
                for (const BusyRequests::Open &r : requests) {
                    const qint64 pid = r.practitionerId;
                    auto answer = BusyRequests::Answer::Fresh;
                    if (s.unreachable.contains(pid))
                        answer = BusyRequests::Answer::Unreachable;
                    else if (!s.practitioners.contains(pid) || s.notSynchronised.contains(pid))
                        answer = BusyRequests::Answer::Failed;
                    if (answer == BusyRequests::Answer::Fresh)
                        fresh << pid;
                    BusyRequests::answer(self->m_db, r.id, answer, at);
                    self->m_answering.remove(r.id);
                }
                SyncProgress::touch(self->m_db, fresh, at);
                if (!tx.commit())
                    qCWarning(lcSync) << "busy requests not answered:" << self->m_db.lastFailure();
            },
            pids);
    }
}

} // namespace empfang
