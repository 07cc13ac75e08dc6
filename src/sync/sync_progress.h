#pragma once

#include "domain/result.h"
#include "storage/database.h"

namespace empfang {

/// Per practitioner, when Google last confirmed a write or answered busy times (the table
/// sync_progress): every desk shows it, not only the sync desk.
class SyncProgress
{
public:
    static Status touch(Database &db, const QList<qint64> &practitionerIds, qint64 nowMs);
    /// 0: never.
    static qint64 lastSyncMs(Database &db, qint64 practitionerId);
};

} // namespace empfang
