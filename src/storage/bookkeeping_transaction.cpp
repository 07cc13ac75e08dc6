#include "bookkeeping_transaction.h"

#include "logging.h"
#include "sqlite_handle.h"

namespace empfang {

namespace {

// Only between transactions: inside one (a booking that asked for this work) the outer
// transaction's durability is what counts, and it must not be weakened.
bool relax(Database &db)
{
    if (db.isServer() || db.isReadOnly())
        return false;
    sqlite3 *handle = sqliteHandle(db.connection());
    if (!handle || sqlite3_get_autocommit(handle) == 0)
        return false;
    return sqlite3_exec(handle, "PRAGMA synchronous = NORMAL", nullptr, nullptr, nullptr) ==
           SQLITE_OK;
}

} // namespace

BookkeepingTransaction::BookkeepingTransaction(Database &db) : m_db(db), m_relaxed(relax(db))
{
    m_tx.emplace(db);
}

BookkeepingTransaction::~BookkeepingTransaction()
{
    m_tx.reset(); // rolls back unless committed
    restore();
}

bool BookkeepingTransaction::commit()
{
    const bool ok = m_tx->commit();
    restore();
    return ok;
}

void BookkeepingTransaction::restore()
{
    if (!m_relaxed)
        return;
    m_relaxed = false;
    sqlite3 *handle = sqliteHandle(m_db.connection());
    // FULL again before anything else runs on this connection: the next booking is durable.
    if (handle &&
        sqlite3_exec(handle, "PRAGMA synchronous = FULL", nullptr, nullptr, nullptr) != SQLITE_OK)
        qCWarning(lcStorage) << "synchronous = FULL not restored:" << sqlite3_errmsg(handle);
}

} // namespace empfang
