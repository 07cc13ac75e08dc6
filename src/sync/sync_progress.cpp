#include "sync_progress.h"

#include "storage/bookkeeping_transaction.h"
#include "storage/sql.h"

namespace empfang {

Status SyncProgress::touch(Database &db, const QList<qint64> &practitionerIds, qint64 nowMs)
{
    if (practitionerIds.isEmpty())
        return success();
    // One commit for all of them, and one that need not wait for the disk (bookkeeping, see
    // BookkeepingTransaction): on its own, every row was a commit with an fsync on the GUI
    // thread — 20 practitioners after one busy refresh held the window up for 30–45 ms.
    BookkeepingTransaction tx(db);
    QSqlQuery q(db.connection());
    QString error;
    for (qint64 pid : practitionerIds) {
        if (!sql::run(q,
                      QStringLiteral("INSERT INTO sync_progress (practitioner_id, last_sync_ms) "
                                     "VALUES (?, ?) ON CONFLICT (practitioner_id) DO UPDATE SET "
                                     "last_sync_ms = excluded.last_sync_ms"),
                      {pid, nowMs}, &error))
            return Status::failure(error);
    }
    if (!tx.commit())
        return Status::failure(db.lastFailure());
    return success();
}

qint64 SyncProgress::lastSyncMs(Database &db, qint64 practitionerId)
{
    QSqlQuery q(db.connection());
    QString error;
    if (sql::run(q,
                 QStringLiteral("SELECT last_sync_ms FROM sync_progress WHERE practitioner_id = ?"),
                 {practitionerId}, &error) &&
        q.next())
        return q.value(0).toLongLong();
    return 0;
}

} // namespace empfang
