#include "integrity_check.h"

#include "logging.h"
#include "sqlite_handle.h"
#include "storage_fault.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

namespace empfang {

IntegrityCheck::IntegrityCheck(QObject *parent) : QObject(parent) {}

IntegrityCheck::~IntegrityCheck()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void IntegrityCheck::start(const QString &path)
{
    if (m_thread)
        return;
    QPointer<IntegrityCheck> self(this);
    m_thread = QThread::create([self, path] {
        qint64 elapsed = 0;
        const bool damaged = isDamaged(path, &elapsed);
        // Delivered on the owner's thread; dropped if the owner is gone.
        if (self)
            QMetaObject::invokeMethod(
                self.data(),
                [self, damaged, elapsed] {
                    if (self)
                        emit self->finished(damaged, elapsed);
                },
                Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("integrityCheck"));
    m_thread->start(QThread::LowPriority);
}

IntegrityCheck::Verdict IntegrityCheck::run(const QSqlDatabase &db)
{
    Verdict verdict;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA quick_check"))) {
        QStringList problems;
        while (q.next())
            problems << q.value(0).toString();
        verdict.damaged = problems != QStringList{QStringLiteral("ok")};
        if (verdict.damaged)
            qCWarning(lcStorage) << "quick_check found:" << problems.mid(0, 20);
    }
    if (q.lastError().type() != QSqlError::NoError) {
        qCWarning(lcStorage) << "quick_check failed:" << q.lastError().text();
        verdict.error = q.lastError();
        verdict.damaged = StorageFaults::classify(q.lastError()) == StorageFault::Damaged;
    }
    return verdict;
}

bool IntegrityCheck::isDamaged(const QString &path, qint64 *elapsedMs)
{
    QElapsedTimer timer;
    timer.start();
    bool damaged = false;
    const QString name = QStringLiteral("empfang-check-") + QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        setSqliteFile(db, path);
        if (db.open()) {
            // This connection only reads; it must never fold a WAL into a damaged file.
            if (sqlite3 *handle = sqliteHandle(db))
                sqlite3_db_config(handle, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
            damaged = run(db).damaged;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (elapsedMs)
        *elapsedMs = timer.elapsed();
    return damaged;
}

} // namespace empfang
