#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace empfang {

/// What a look at a database file found: SQLite's integrity_check and what is in it.
struct DatabaseReport
{
    bool healthy = false; // integrity_check answered "ok"
    int problems = 0;     // lines integrity_check reported (their text goes to the log)
    int schemaVersion = 0;
    qint64 appointments = 0;
    qint64 patients = 0;
    qint64 practitioners = 0;
};

/// Backups of the database and restoring them, for the CLI (`db backup/restore/check`) and the
/// GUI's automatic backups. Works with its own SQLite connections (C API), never with the
/// caller's QSqlDatabase, so it may run on any thread; nothing here touches SQLite's own
/// -wal/-shm/-journal files.
class DatabaseBackup
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseBackup)
public:
    /// Writes a consistent copy of the database at `dbPath` to `outPath` while other processes
    /// go on booking. Never overwrites: `outPath` must not exist. The file is private (0600),
    /// synced to disk and passes integrity_check before it gets its name.
    static Result<DatabaseReport> write(const QString &dbPath, const QString &outPath);
    /// Checks that `path` can be restored: an SQLite file of Empfang, integrity_check "ok",
    /// not from a newer Empfang. Failure = a German sentence why not. The file is only read.
    static Result<DatabaseReport> verify(const QString &path);
    /// The live database, for `db check`: the report says healthy or damaged; failure only when
    /// the file is missing or cannot be opened at all.
    static Result<DatabaseReport> inspect(const QString &dbPath);
    /// Replaces the content of `dbPath` with the verified backup `backupPath`. Refuses while
    /// any other Empfang process has the database open. The replaced database is kept as
    /// "<db>.before-restore-<yyyyMMdd-HHmmss>" (returned; empty when there was none).
    static Result<QString> restore(const QString &backupPath, const QString &dbPath,
                                   const QDateTime &now = QDateTime::currentDateTime());
};

} // namespace empfang
