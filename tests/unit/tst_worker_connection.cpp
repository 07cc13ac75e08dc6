// WorkerConnection: work taken off the GUI thread (the grid's loads, storing Google's busy
// times) runs in a thread of its own on a connection of its own, in the order given, and what
// it wrote is in the database for everybody once the owner hears back. Nothing queued is lost
// when the owner goes away (the window closes while Google's answers are being stored).
#include "storage/sql.h"
#include "storage/worker_connection.h"
#include "test_database.h"

#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace empfang;
using empfang::test::TestDatabase;

class TestWorkerConnection : public QObject
{
    Q_OBJECT

    static WorkerConnection::Job insert(const QString &key)
    {
        return [key](Database *db) -> WorkerConnection::Then {
            if (!db)
                return {};
            QSqlQuery q(db->connection());
            QString error;
            WriteTransaction tx(*db);
            sql::run(q, QStringLiteral("INSERT INTO settings (key, value) VALUES (?, 'x')"), {key},
                     &error);
            tx.commit();
            return {};
        };
    }

    static int rows(Database &db, const QString &prefix)
    {
        QSqlQuery q(db.connection());
        QString error;
        if (!sql::run(q, QStringLiteral("SELECT COUNT(*) FROM settings WHERE key LIKE ?"),
                      {prefix + QLatin1Char('%')}, &error) ||
            !q.next())
            return -1;
        return q.value(0).toInt();
    }

private slots:
    void jobsRunInOrderInTheirThreadAndAnswerOnTheOwnersThread()
    {
        TestDatabase t;
        WorkerConnection worker(*t.db, QStringLiteral("test"));
        QStringList order;
        QList<QThread *> jobThreads, answerThreads;
        QList<Database *> connections;
        QList<int> jobOrder;
        for (int i = 1; i <= 3; ++i) {
            const QString key = QStringLiteral("worker.%1").arg(i);
            worker.run(this, [&, key, i](Database *db) -> WorkerConnection::Then {
                jobThreads << QThread::currentThread();
                jobOrder << i;
                connections << db;
                insert(key)(db);
                return [&, i] {
                    answerThreads << QThread::currentThread();
                    // What the job wrote is visible on the owner's own connection by now.
                    if (rows(*t.db, QStringLiteral("worker.")) >= i)
                        order << QString::number(i);
                };
            });
        }
        QTRY_COMPARE(answerThreads.size(), 3);
        QCOMPARE(order,
                 (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
        QCOMPARE(jobOrder, (QList<int>{1, 2, 3}));
        for (QThread *th : std::as_const(jobThreads))
            QVERIFY(th != QThread::currentThread());
        for (QThread *th : std::as_const(answerThreads))
            QCOMPARE(th, QThread::currentThread());
        for (Database *db : std::as_const(connections)) {
            QVERIFY(db != nullptr);
            QVERIFY(db != t.db.get());         // a connection of its own
            QCOMPARE(db, connections.first()); // opened once, kept
        }
    }

    void everyQueuedWriteIsStoredWhenTheOwnerGoesAway()
    {
        TestDatabase t;
        bool answered = false;
        {
            auto *owner = new QObject;
            auto *worker = new WorkerConnection(*t.db, QStringLiteral("test"), owner);
            for (int i = 0; i < 40; ++i)
                worker->run(owner, insert(QStringLiteral("queued.%1").arg(i)));
            worker->run(owner, [&answered](Database *) -> WorkerConnection::Then {
                return [&answered] { answered = true; };
            });
            delete owner; // at once, with most of the writes still queued
        }
        QCOMPARE(rows(*t.db, QStringLiteral("queued.")), 40);
        QCoreApplication::processEvents();
        QVERIFY(!answered); // nobody left to hear it
    }
};

QTEST_GUILESS_MAIN(TestWorkerConnection)
#include "tst_worker_connection.moc"
