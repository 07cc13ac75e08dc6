#include "schedule/grid_loader.h"

#include "booking/availability_service.h"
#include "booking/practice_directory.h"
#include "schedule/grid_decoration.h"
#include "storage/worker_connection.h"

namespace empfang {

GridLoader::GridLoader(WorkerConnection &worker, QObject *parent)
    : QObject(parent), m_worker(worker), m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    setObjectName(QStringLiteral("gridLoader"));
}

GridLoader::~GridLoader()
{
    *m_latest = ~quint64(0); // nothing queued is started any more
}

GridResult GridLoader::build(Database &db, const AvailabilityService &availability,
                             const GridQuery &query)
{
    GridResult r;
    r.query = query;
    QList<Practitioner> practitioners;
    if (auto list = PracticeDirectory(db).practitioners()) {
        for (const Practitioner &p : list.value()) {
            if (query.practitionerId == 0 || p.id == query.practitionerId)
                practitioners << p;
        }
    }
    r.practitioners = int(practitioners.size());
    r.data = ScheduleData::load(db, availability, query.days, practitioners, query.typeId);
    return r;
}

void GridLoader::cancel()
{
    ++*m_latest;
}

void GridLoader::load(const GridQuery &query, qint64 nowMs,
                      const std::optional<SyncService::GridContext> &sync)
{
    const quint64 generation = ++*m_latest;
    ++m_pending;
    m_worker.run(this,
                 [this, latest = m_latest, generation, query, nowMs,
                  sync](Database *db) -> WorkerConnection::Then {
                     const auto deliver = [this, generation](std::optional<GridResult> result) {
                         return [this, generation, result = std::move(result)] {
                             --m_pending;
                             if (!result)
                                 emit failed();
                             else if (generation == *m_latest)
                                 emit loaded(*result);
                         };
                     };
                     if (generation != *latest) // superseded before it started
                         return deliver(GridResult{});
                     if (!db)
                         return deliver(std::nullopt);
                     // The window's time, fixed for this load: the slots offered do not depend on
                     // when the worker got round to it.
                     const FixedClock clock(nowMs);
                     AvailabilityService availability(*db, clock);
                     std::optional<BusyCache> cache;
                     if (sync) {
                         cache.emplace(*db, sync->ttlMs);
                         cache->setUnreachable(sync->unreachable);
                         availability.setBusySource(cache->source());
                     }
                     GridResult result = build(*db, availability, query);
                     if (cache)
                         GridDecoration::apply(result.data, *cache, *db, sync->nowMs);
                     return deliver(std::move(result));
                 });
}

} // namespace empfang
