#pragma once

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QUrl>
#include <QVariant>

#include <sqlite3.h>

namespace empfang {

/// The sqlite3 connection behind a QSQLITE connection, for what Qt's driver does not offer
/// (configuration flags, the online backup API). Null for other drivers.
inline sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    if (!db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

/// How a connection waits for another one's write lock, installed once it is open (replacing
/// the QSQLITE_BUSY_TIMEOUT below). SQLite's own busy timeout sleeps 1, 2, 5, 10, 15, 20 … ms
/// between tries, so a lock held for 4 ms cost the waiting GUI thread 8 ms and one held for
/// 10 ms cost 18 ms. Empfang's own writes off the GUI thread (busy times) hold the lock well
/// under a millisecond at a time: the first 20 ms are tried every 0.2 ms, then every 5 ms up to
/// the same 5 s after which "locked" is reported.
void waitBrieflyForLocks(sqlite3 *handle);

/// Points a QSQLITE connection at `path`: read-write if the file and drive allow it (SQLite
/// falls back to read-only itself), waiting up to 5 s for another writer's lock. On a read-only
/// drive SQLite cannot create the -wal/-shm a WAL database needs even for reading; nobody can
/// change the file there, so it is opened as immutable.
inline void setSqliteFile(QSqlDatabase &db, const QString &path)
{
    const QFileInfo info(path);
    const bool readOnlyDrive = !QFileInfo(info.absolutePath()).isWritable() &&
                               !QFileInfo::exists(path + QStringLiteral("-wal"));
    if (readOnlyDrive) {
        db.setDatabaseName(
            QUrl::fromLocalFile(info.absoluteFilePath()).toString(QUrl::FullyEncoded) +
            QStringLiteral("?immutable=1"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    } else {
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
}

} // namespace empfang
