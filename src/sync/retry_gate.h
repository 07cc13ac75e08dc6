#pragma once

#include "storage/database.h"

namespace empfang {

/// "Not before": when Google answered 429/503 with Retry-After, no request for that
/// practitioner's Google account is sent before the time it named — neither an outbox write
/// nor a busy refresh, and not by another process either (the CLI's `sync`, a second desk), so
/// the time is kept in the database (settings table, one row per practitioner).
class RetryGate
{
public:
    explicit RetryGate(Database &db) : m_db(db) {}

    /// Remembers `untilMs` for the practitioner unless a later time is already kept.
    void hold(qint64 practitionerId, qint64 untilMs);
    /// The kept time if it lies after `nowMs`, else 0.
    qint64 heldUntil(qint64 practitionerId, qint64 nowMs) const;

private:
    Database &m_db;
};

} // namespace empfang
