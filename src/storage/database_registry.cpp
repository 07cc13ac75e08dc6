#include "database_registry.h"

#include "logging.h"
#include "sqlite_handle.h"

#include <QHash>
#include <QMutex>

#include <atomic>
#include <mutex>

namespace empfang {

namespace {

std::atomic<int> g_corruptionReports{0};

void sqliteLog(void *, int code, const char *message)
{
    const int primary = code & 0xff;
    if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
        ++g_corruptionReports;
    if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB || primary == SQLITE_FULL ||
        primary == SQLITE_IOERR || primary == SQLITE_CANTOPEN)
        qCWarning(lcStorage) << "sqlite" << code << message;
}

QMutex g_registryMutex;
QHash<const QSqlDriver *, Database *> &registry()
{
    static QHash<const QSqlDriver *, Database *> map;
    return map;
}

QMutex processLocksMutex;
QHash<const Database *, DatabaseLock::Handle> processLocks;

} // namespace

DatabaseRegistry::Guard::Guard()
{
    g_registryMutex.lock();
}

DatabaseRegistry::Guard::~Guard()
{
    g_registryMutex.unlock();
}

void DatabaseRegistry::add(const QSqlDriver *driver, Database *db)
{
    QMutexLocker lock(&g_registryMutex);
    registry().insert(driver, db);
}

void DatabaseRegistry::remove(const QSqlDriver *driver)
{
    QMutexLocker lock(&g_registryMutex);
    registry().remove(driver);
}

Database *DatabaseRegistry::find(const QSqlDriver *driver)
{
    QMutexLocker lock(&g_registryMutex);
    return findLocked(driver);
}

Database *DatabaseRegistry::findLocked(const QSqlDriver *driver)
{
    return registry().value(driver);
}

void DatabaseRegistry::hold(const Database *db, DatabaseLock::Handle lock)
{
    QMutexLocker locker(&processLocksMutex);
    processLocks.insert(db, std::move(lock));
}

void DatabaseRegistry::release(const Database *db)
{
    QMutexLocker locker(&processLocksMutex);
    processLocks.remove(db);
}

int DatabaseRegistry::corruptionReports()
{
    return g_corruptionReports;
}

void DatabaseRegistry::installSqliteLog()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (sqlite3_config(SQLITE_CONFIG_LOG, &sqliteLog, nullptr) != SQLITE_OK)
            qCInfo(lcStorage) << "SQLite was initialised before Empfang; damage reports from "
                                 "reads are seen only by the integrity check";
    });
}

} // namespace empfang
