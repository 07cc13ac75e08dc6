#pragma once

#include "storage/database.h"
#include "storage/google_connection.h"

#include <QHash>
#include <QList>

namespace empfang {

/// What every desk shows about a practitioner's Google sync (docs/ARCHITECTURE.md §8): which
/// desk syncs, whether it runs, when Google last answered, how many changes wait.
struct DeskSyncStatus
{
    QString syncDeskName;          // empty: no sync desk (not connected, or from before desks)
    bool thisDesk = false;         // this desk syncs the practitioner
    qint64 syncDeskLastSeenMs = 0; // 0: never seen
    bool syncDeskSilent = false;   // not seen for DeskRepository::kSilentAfterMs
    qint64 lastSyncMs = 0;         // 0: never
    int waiting = 0;               // changes not yet in Google (pending or failed)
    QString revokePendingAt;       // name of the desk that still has to revoke at Google

    static DeskSyncStatus of(Database &db, const GoogleConnection &connection,
                             const QString &thisDeskId, qint64 nowMs);
    /// For those of `practitioners` whom another desk than this one syncs: their status (the
    /// grid's desk note; with one desk the answer is empty).
    static QHash<qint64, DeskSyncStatus>
    ofOtherDesks(Database &db, const QList<qint64> &practitioners, qint64 nowMs);
};

} // namespace empfang
