#pragma once

#include "database.h"

#include <optional>

namespace empfang {

/// A write transaction for sync bookkeeping only — outbox attempts and transitions, the mapping
/// to Google's events, busy times, sync progress — whose commit does not wait for the disk
/// (docs/ARCHITECTURE.md §4.11). On SQLite the connection runs with `synchronous = NORMAL` for
/// this one transaction and is put back to FULL before anything else can run on it: the commit
/// is atomic and survives a crash of Empfang, only a power cut may take it back, and then only
/// together with everything committed after it (WAL frames are replayed as an unbroken prefix,
/// and the next durable commit of any process flushes them). What such a loss can cost is a
/// write sent to Google again — idempotent by design — never a booking: bookings stay in
/// WriteTransaction, durable (FULL) before "gebucht". Inside an outer transaction it simply
/// joins it, with the outer one's durability. On PostgreSQL it is a plain WriteTransaction.
/// Why at all: each FULL commit is an fsync of 5–15 ms (more on a busy disk) on the GUI
/// thread, once per answer from Google.
class BookkeepingTransaction
{
public:
    explicit BookkeepingTransaction(Database &db);
    ~BookkeepingTransaction();
    BookkeepingTransaction(const BookkeepingTransaction &) = delete;
    BookkeepingTransaction &operator=(const BookkeepingTransaction &) = delete;

    bool started() const { return m_tx->started(); }
    bool commit();

private:
    void restore();

    Database &m_db;
    bool m_relaxed = false;
    std::optional<WriteTransaction> m_tx;
};

} // namespace empfang
