#include "worker_connection.h"

#include "database_connections.h"
#include "logging.h"

#include <QPointer>
#include <QThread>

namespace empfang {

WorkerConnection::WorkerConnection(const Database &db, const QString &name, QObject *parent)
    : QObject(parent), m_db(db), m_thread(new QThread), m_worker(new QObject),
      m_connection(std::make_shared<std::shared_ptr<Database>>())
{
    m_thread->setObjectName(name);
    m_worker->moveToThread(m_thread);
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
