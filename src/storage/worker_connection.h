#pragma once

#include "database.h"

#include <QObject>

#include <functional>
#include <memory>

class QThread;

namespace empfang {

/// A thread of its own with a connection of its own to an open database, for work that must
/// not hold up the thread that asks for it (the GUI thread): the grid's loads, storing Google's
/// busy times. One per process (AppServices::background()): every extra connection costs
/// memory, and one after another is what the work needs anyway (a grid load after busy times
/// were stored shows them). Jobs run in the order given; each returns what is then done back on
/// the owner's thread, e.g. showing the result.
class WorkerConnection : public QObject
{
    Q_OBJECT
public:
    /// What runs back on the owner's thread after a job; empty: nothing.
    using Then = std::function<void()>;
    /// Runs in the worker. `db` is the worker's connection, opened at the first job; nullptr if
    /// it could not be opened (the job then says what to do instead, usually the same on the
    /// owner's own connection).
    using Job = std::function<Then(Database *db)>;

    /// `name`: the thread's, as debuggers and stack dumps show it.
    WorkerConnection(const Database &db, const QString &name, QObject *parent = nullptr);
    /// Runs every job already given (they may be writes), then closes the connection in the
    /// worker, where it was opened. What they return is no longer run: the owner is gone.
    ~WorkerConnection() override;

    /// `then` runs only while `context` (on the owner's thread) still lives.
    void run(QObject *context, Job job);

private:
    const Database &m_db;
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr;                             // lives in m_thread
    std::shared_ptr<std::shared_ptr<Database>> m_connection; // used in the worker only
};

} // namespace empfang
