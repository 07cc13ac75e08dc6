#pragma once

#include "database_lock.h"

class QSqlDriver;

namespace empfang {

class Database;

/// What every open Database of the process shares, kept out of database.h (included almost
/// everywhere): which Database a connection belongs to, so that a failed query can mark its
/// file as damaged without every caller passing the Database along; the shared DatabaseLock
/// each open file holds (a restore waits for it); and SQLite's reports of damage.
class DatabaseRegistry
{
public:
    static void add(const QSqlDriver *driver, Database *db);
    static void remove(const QSqlDriver *driver);
    /// The Database of `driver`, or nullptr.
    static Database *find(const QSqlDriver *driver);
    /// Runs `use` with the Database of `driver` (or nullptr) while no connection is added or
    /// removed, so the Database cannot close under it.
    template <typename Use> static auto withDatabase(const QSqlDriver *driver, Use use)
    {
        const Guard guard;
        return use(findLocked(driver));
    }

    /// Holds `lock` until release(db): the Database keeps its file shared while it is open.
    static void hold(const Database *db, DatabaseLock::Handle lock);
    static void release(const Database *db);

    /// SQLite reports damage it meets anywhere — also in reads whose errors a caller ignores —
    /// to its error log; this counts those reports. A Database that sees the count move checks
    /// its file before the next write.
    static int corruptionReports();
    /// Routes SQLite's error log here; must run before the process's first SQLite connection.
    static void installSqliteLog();

private:
    struct Guard
    {
        Guard();
        ~Guard();
        Guard(const Guard &) = delete;
        Guard &operator=(const Guard &) = delete;
    };
    static Database *findLocked(const QSqlDriver *driver);
};

} // namespace empfang
