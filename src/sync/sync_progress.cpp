#include "sync_progress.h"

#include "storage/sql.h"

namespace empfang {

Status SyncProgress::touch(Database &db, const QList<qint64> &practitionerIds, qint64 nowMs)
{
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
