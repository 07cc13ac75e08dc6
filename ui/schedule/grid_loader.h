#pragma once

#include "schedule/schedule_data.h"
#include "sync/sync_service.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

namespace empfang {

class AvailabilityService;
class Database;
class WorkerConnection;

/// What the reception grid is asked to show: the days, one practitioner or all, the type whose
/// free slots are drawn.
struct GridQuery
{
    QList<QDate> days;
    qint64 practitionerId = 0; // 0 = all practitioners
    qint64 typeId = 0;
    bool operator==(const GridQuery &) const = default;
};

/// The grid's data for a query, with how many practitioners it shows.
struct GridResult
{
    GridQuery query;
    ScheduleData data;
    int practitioners = 0;
};

/// Builds the grid's data off the GUI thread, on a database connection of its own, so that a
/// reload while Google answers (busy times, pushed bookings) costs the GUI thread only the
/// moment of showing the result. Only the newest load is answered: one superseded by load()
/// or cancel() is dropped unstarted or its result discarded.
class GridLoader : public QObject
{
    Q_OBJECT
public:
    /// Loads in `worker` (the process's one, AppServices::background()).
    explicit GridLoader(WorkerConnection &worker, QObject *parent = nullptr);
    ~GridLoader() override; // what is still queued is not started

    /// The grid's data on the calling thread and its connection (the same steps as a load).
    static GridResult build(Database &db, const AvailabilityService &availability,
                            const GridQuery &query);

    /// Starts building `query` in the worker; `sync` (the app's Google sync, if any) decorates
    /// it as SyncController::decorate() would. `nowMs`: the window's clock, for what is past.
    void load(const GridQuery &query, qint64 nowMs,
              const std::optional<SyncService::GridContext> &sync);
    /// Whatever is in flight answers an older question (the window loaded anew by itself).
    void cancel();
    bool isLoading() const { return m_pending > 0; }

signals:
    void loaded(const empfang::GridResult &result);
    /// The worker could not open its connection: the window loads on its own thread instead.
    void failed();

private:
    WorkerConnection &m_worker;
    // The newest load's number: written on the GUI thread, read in the worker.
    std::shared_ptr<std::atomic<quint64>> m_latest;
    int m_pending = 0;
};

} // namespace empfang
