#include "worker_connection.h"

#include "database_connections.h"
#include "logging.h"

#include <QPointer>
#include <QThread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace empfang {

namespace {

void yieldToInteractiveThreads()
{
#ifdef Q_OS_LINUX
    constexpr int kNice = 10; // about a tenth of the CPU of a thread at 0 when both want it
    if (setpriority(PRIO_PROCESS, id_t(gettid()), kNice) != 0)
        qCInfo(lcStorage) << "background thread keeps its priority:" << qt_error_string(errno);
#endif
}

} // namespace

WorkerConnection::WorkerConnection(const Database &db, const QString &name, QObject *parent)
    : QObject(parent), m_db(db), m_thread(new QThread), m_worker(new QObject),
      m_connection(std::make_shared<std::shared_ptr<Database>>())
{
    m_thread->setObjectName(name);
    m_worker->moveToThread(m_thread);
    // The GUI thread comes first: on a machine with two cores busy (the desk's browser, a
    // virus scan), a worker at the same priority took the CPU from the window for 10-30 ms at
    // a time while it stored busy times. Lower, not idle: it still gets its turn when the
    // machine is busy, so a refresh never starves. (QThread::setPriority does nothing for
    // Linux's normal scheduling class; a thread's nice value does.)
    connect(
        m_thread, &QThread::started, m_worker, [] { yieldToInteractiveThreads(); },
        Qt::DirectConnection);
    // Emitted in the worker thread as it ends: the connection is closed where it was opened.
    connect(
        m_thread, &QThread::finished, m_worker,
        [connection = m_connection] { connection->reset(); }, Qt::DirectConnection);
    m_thread->start();
}

WorkerConnection::~WorkerConnection()
{
    // Queued behind every job given so far: none of them is dropped half-way.
    QMetaObject::invokeMethod(m_worker, [thread = m_thread] { thread->quit(); });
    m_thread->wait();
    delete m_worker;
    delete m_thread;
}

void WorkerConnection::run(QObject *context, Job job)
{
    QMetaObject::invokeMethod(m_worker, [this, context = QPointer<QObject>(context),
                                         connection = m_connection, job = std::move(job)] {
        if (!*connection) {
            auto opened = DatabaseConnections::openAnother(m_db);
            if (opened)
                *connection = opened.value();
            else
                qCWarning(lcStorage)
                    << "no connection of its own for work off the GUI thread:" << opened.error();
        }
        Then then = job(connection->get());
        // ~WorkerConnection waits for this thread, so `this` is alive here; the queued call is
        // dropped if it is deleted before the call runs. `context` is looked at on the owner's
        // thread only, where it lives.
        if (then)
            QMetaObject::invokeMethod(
                this,
                [context, then = std::move(then)] {
                    if (context)
                        then();
                },
                Qt::QueuedConnection);
    });
}

} // namespace empfang
