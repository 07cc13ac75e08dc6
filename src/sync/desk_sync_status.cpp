#include "desk_sync_status.h"

#include "storage/desk_repository.h"
#include "storage/google_connection_repository.h"
#include "storage/local_desk.h"
#include "storage/outbox_repository.h"
#include "sync_progress.h"

namespace empfang {

DeskSyncStatus DeskSyncStatus::of(Database &db, const GoogleConnection &c,
                                  const QString &thisDeskId, qint64 nowMs)
{
    DeskSyncStatus s;
    DeskRepository desks(db);
    if (!c.syncDesk.isEmpty()) {
        s.thisDesk = c.syncDesk == thisDeskId;
        const auto row = desks.find(c.syncDesk);
        if (row && row.value()) {
            s.syncDeskName = row.value()->name;
            s.syncDeskLastSeenMs = row.value()->lastSeenMs;
        } else {
            s.syncDeskName = c.syncDesk;
        }
        s.syncDeskSilent =
            c.isConnected() && nowMs - s.syncDeskLastSeenMs > DeskRepository::kSilentAfterMs;
    }
    if (!c.revokeDesk.isEmpty())
        s.revokePendingAt = desks.nameOf(c.revokeDesk);
    s.lastSyncMs = SyncProgress::lastSyncMs(db, c.practitionerId);
    s.waiting = OutboxRepository(db).waitingFor(c.practitionerId);
    return s;
}

QHash<qint64, DeskSyncStatus>
DeskSyncStatus::ofOtherDesks(Database &db, const QList<qint64> &practitioners, qint64 nowMs)
{
    QHash<qint64, DeskSyncStatus> desks;
    if (const auto connections = GoogleConnectionRepository(db).list(); connections) {
        const QString here = LocalDesk::id();
        for (const GoogleConnection &c : connections.value()) {
            if (c.isConnected() && !c.syncedBy(here) && practitioners.contains(c.practitionerId))
                desks.insert(c.practitionerId, of(db, c, here, nowMs));
        }
    }
    return desks;
}

} // namespace empfang
