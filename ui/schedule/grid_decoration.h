#pragma once

#include "sync/sync_service.h"

namespace empfang {

struct ScheduleData;

/// Google's part of the grid: busy times, their freshness and the appointments' sync states,
/// read for the whole range at once (one query per table, not several per column and
/// appointment). The same on the GUI thread's connection and on the grid loader's own.
class GridDecoration
{
public:
    /// Free slots of a connected practitioner whose busy times are missing or in error are
    /// withheld: unknown is never shown as free. Offline (Google not reachable) keeps them,
    /// with the last known busy times.
    static void apply(ScheduleData &data, const BusyCache &cache, Database &db, qint64 nowMs);
};

} // namespace empfang
