#include "schedule/grid_loader.h"

#include "booking/availability_service.h"
#include "booking/practice_directory.h"
#include "logging.h"
#include "schedule/grid_decoration.h"
#include "storage/database_connections.h"

#include <QThread>

namespace empfang {

// Shared between the GUI thread and the worker: `latest` is written on the GUI thread and read
// in the worker; `db` is used in the worker only (a connection belongs to its thread).
struct GridLoader::Shared
{
    std::atomic<quint64> latest{0};
    std::shared_ptr<Database> db;
};

GridLoader::GridLoader(Database &db, QObject *parent)
    : QObject(parent), m_db(db), m_thread(new QThread), m_worker(new QObject),
      m_shared(std::make_shared<Shared>())
{
    setObjectName(QStringLiteral("gridLoader"));
    m_thread->setObjectName(QStringLiteral("gridLoader"));
    m_worker->moveToThread(m_thread);
    // Emitted in the worker thread as it ends: the connection is closed where it was opened.
    connect(
        m_thread, &QThread::finished, m_worker, [shared = m_shared] { shared->db.reset(); },
        Qt::DirectConnection);
    m_thread->start();
}

GridLoader::~GridLoader()
{
    m_shared->latest = ~quint64(0); // nothing queued is started any more
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    delete m_thread;
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
    ++m_shared->latest;
}

void GridLoader::load(const GridQuery &query, qint64 nowMs,
                      const std::optional<SyncService::GridContext> &sync)
{
    const quint64 generation = ++m_shared->latest;
    ++m_pending;
    QMetaObject::invokeMethod(
        m_worker,
        [this, shared = m_shared, generation, query, nowMs, sync] {
            const auto deliver = [this, generation](std::optional<GridResult> result) {
                // ~GridLoader waits for this thread, so `this` is alive; the queued call is
                // dropped if the loader is deleted before it runs.
                QMetaObject::invokeMethod(
                    this,
                    [this, generation, result = std::move(result)] {
                        --m_pending;
                        if (!result)
                            emit failed();
                        else if (generation == m_shared->latest)
                            emit loaded(*result);
                    },
                    Qt::QueuedConnection);
            };
            if (generation != shared->latest) // superseded before it started
                return deliver(GridResult{});
            if (!shared->db) {
                auto opened = DatabaseConnections::openAnother(m_db);
                if (!opened) {
                    qCWarning(lcStorage)
                        << "grid loader: no connection of its own:" << opened.error();
                    return deliver(std::nullopt);
                }
                shared->db = opened.value();
            }
            Database &db = *shared->db;
            // The window's time, fixed for this load: the slots offered do not depend on when
            // the worker got round to it.
            const FixedClock clock(nowMs);
            AvailabilityService availability(db, clock);
            std::optional<BusyCache> cache;
            if (sync) {
                cache.emplace(db, sync->ttlMs);
                cache->setUnreachable(sync->unreachable);
                availability.setBusySource(cache->source());
            }
            GridResult result = build(db, availability, query);
            if (cache)
                GridDecoration::apply(result.data, *cache, db, sync->nowMs);
            deliver(std::move(result));
        },
        Qt::QueuedConnection);
}

} // namespace empfang
