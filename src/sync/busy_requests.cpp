#include "busy_requests.h"

#include "storage/sql.h"
#include "sync_logging.h"

#include <QDateTime>

namespace empfang {

namespace {

// Requests older than this are not answered any more (their asker gave up long ago) and go.
constexpr qint64 kForgetAfterMs = 10 * 60 * 1000;
constexpr int kPollMs = 100;

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

BusyRequests::BusyRequests(Database &db, QString desk, QObject *parent)
    : QObject(parent), m_db(db), m_desk(std::move(desk))
{
    // The answer is one indexed row per request; looking every 100 ms while a request is open
    // is cheaper than a notification channel of its own, and works on SQLite as well.
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &BusyRequests::poll);
}

void BusyRequests::ask(const QList<qint64> &practitionerIds, const Interval &range,
                       std::function<void(const Answers &)> done, int waitMs)
{
    Pending p;
    p.deadlineMs = now() + waitMs;
    p.done = std::move(done);
    for (qint64 pid : practitionerIds) {
        QSqlQuery q(m_db.connection());
        QString error;
        if (!sql::run(q,
                      QStringLiteral("INSERT INTO busy_requests (practitioner_id, start_ms, "
                                     "end_ms, desk, created_ms) VALUES (?, ?, ?, ?, ?) "
                                     "RETURNING id"),
                      {pid, range.startMs, range.endMs, m_desk, now()}, &error)) {
            qCWarning(lcSync) << "busy request not stored:" << error;
            continue;
        }
        p.requests.insert(sql::insertedId(q), pid);
    }
    m_pending << std::move(p);
    if (!m_poll.isActive())
        m_poll.start();
}

void BusyRequests::poll()
{
    const qint64 t = now();
    for (qsizetype i = 0; i < m_pending.size();) {
        Pending &p = m_pending[i];
        for (auto it = p.requests.begin(); it != p.requests.end();) {
            QSqlQuery q(m_db.connection());
            QString error;
            if (sql::run(q,
                         QStringLiteral("SELECT fresh, error FROM busy_requests WHERE id = ? "
                                        "AND answered_ms IS NOT NULL"),
                         {it.key()}, &error) &&
                q.next()) {
                p.answers.insert(it.value(), q.value(0).toInt() != 0 ? Answer::Fresh
                                             : q.value(1).toString() == QLatin1String("unreachable")
                                                 ? Answer::Unreachable
                                                 : Answer::Failed);
                it = p.requests.erase(it);
            } else {
                ++it;
            }
        }
        if (p.requests.isEmpty() || t >= p.deadlineMs) {
            Pending finished = m_pending.takeAt(i);
            if (finished.done)
                finished.done(finished.answers);
        } else {
            ++i;
        }
    }
    if (m_pending.isEmpty())
        m_poll.stop();
}

Result<QList<BusyRequests::Open>> BusyRequests::openFor(Database &db, const QString &desk,
                                                        qint64 nowMs)
{
    using R = Result<QList<Open>>;
    QSqlQuery q(db.connection());
    QString error;
    if (!sql::run(q,
                  QStringLiteral("SELECT r.id, r.practitioner_id, r.start_ms, r.end_ms FROM "
                                 "busy_requests r JOIN google_connections g ON "
                                 "g.practitioner_id = r.practitioner_id WHERE "
                                 "r.answered_ms IS NULL AND r.created_ms > ? AND "
                                 "g.sync_desk = ? ORDER BY r.id"),
                  {nowMs - kForgetAfterMs, desk}, &error))
        return R::failure(error);
    QList<Open> open;
    while (q.next())
        open << Open{q.value(0).toLongLong(), q.value(1).toLongLong(),
                     Interval{q.value(2).toLongLong(), q.value(3).toLongLong()}};
    return open;
}

Status BusyRequests::forgetOld(Database &db, qint64 nowMs)
{
    QSqlQuery q(db.connection());
    QString error;
    if (!sql::run(q, QStringLiteral("DELETE FROM busy_requests WHERE created_ms < ?"),
                  {nowMs - kForgetAfterMs}, &error))
        return Status::failure(error);
    return success();
}

Status BusyRequests::answer(Database &db, qint64 requestId, Answer answer, qint64 nowMs)
{
    QSqlQuery q(db.connection());
    QString error;
    const QString why = answer == Answer::Unreachable ? QStringLiteral("unreachable")
                        : answer == Answer::Failed    ? QStringLiteral("failed")
                                                      : QString();
    if (!sql::run(q,
                  QStringLiteral("UPDATE busy_requests SET answered_ms = ?, fresh = ?, error = ? "
                                 "WHERE id = ? AND answered_ms IS NULL"),
                  {nowMs, answer == Answer::Fresh ? 1 : 0, why, requestId}, &error))
        return Status::failure(error);
    return success();
}

} // namespace empfang
