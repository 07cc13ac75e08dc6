#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace empfang {

/// Tells a restore whether any Empfang process still uses a database. Every process that opens
/// the database holds a shared flock() on our own sidecar file "<db>.empfang-lock"; a restore
/// needs the lock exclusively. We never lock (or touch) SQLite's own -wal/-shm/-journal files:
/// SQLite's POSIX locks on them are its business, and flock() locks are independent of them.
/// One lock descriptor per database per process (reference-counted), so a process can tell
/// "only I have it open" (the GUI restoring) from "another process has it open". The last
/// process to let go removes the lock file, so a closed database has nothing of ours beside it.
class DatabaseLock
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseLock)
public:
    using Handle = std::shared_ptr<void>;

    static QString lockPath(const QString &dbPath);
    /// Taken by every Database::open. Waits up to 5 s while a restore holds the lock, then
    /// refuses in German. Where the lock file cannot be created (read-only folder) the handle is
    /// empty but valid: reading must still work, and a restore there cannot write anyway.
    static Result<Handle> shared(const QString &dbPath);
    /// Succeeds only if no other process holds the lock (this process's own shared hold is
    /// upgraded and given back when the handle goes). Failure = a German sentence.
    static Result<Handle> exclusive(const QString &dbPath);
};

} // namespace empfang
