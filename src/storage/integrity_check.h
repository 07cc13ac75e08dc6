#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

class QThread;

namespace empfang {

/// PRAGMA quick_check on a connection of its own in a worker thread: it reads every page of
/// the file (about 0.1 s at 200 000 appointments), which the GUI thread must not wait for.
class IntegrityCheck : public QObject
{
    Q_OBJECT
public:
    explicit IntegrityCheck(QObject *parent = nullptr);
    ~IntegrityCheck() override; // waits for a running check (it only reads)

    /// What quick_check said of a file. `error` is set when it could not run at all (a lock,
    /// an I/O error) — no verdict — or when the failure itself was damage.
    struct Verdict
    {
        bool damaged = false;
        QSqlError error;
    };
    /// quick_check on an open connection, on the calling thread.
    static Verdict run(const QSqlDatabase &db);

    void start(const QString &path);
    /// The check itself, on the calling thread: whether the file is damaged (a read error
    /// that is not damage, e.g. a lock, is not a verdict and counts as healthy).
    static bool isDamaged(const QString &path, qint64 *elapsedMs = nullptr);

signals:
    void finished(bool damaged, qint64 elapsedMs);

private:
    QThread *m_thread = nullptr;
};

} // namespace empfang
