#pragma once

#include "domain/interval.h"
#include "domain/result.h"
#include "storage/database.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>

namespace empfang {

/// Busy times asked of another desk (docs/ARCHITECTURE.md §8): a desk without a practitioner's
/// token writes a request row (every desk is notified through the change log); the sync desk
/// fetches from Google into the shared busy cache and marks the row answered.
class BusyRequests : public QObject
{
    Q_OBJECT
public:
    /// How long the asking desk waits: below the fresh check's 5 s, so a booking that has to
    /// go without an answer still says so in time.
    static constexpr int kWaitMs = 4000;

    struct Open
    {
        qint64 id = 0;
        qint64 practitionerId = 0;
        Interval range;
    };
    /// How the sync desk answered.
    enum class Answer { Fresh, Unreachable, Failed };
    /// practitioner → answer; missing: no answer in time.
    using Answers = QHash<qint64, Answer>;

    BusyRequests(Database &db, QString desk, QObject *parent = nullptr);

    /// Asks for every practitioner in `practitionerIds`; `done` runs from the event loop once
    /// all answered or after `waitMs`, with the answers there are (missing: no answer).
    void ask(const QList<qint64> &practitionerIds, const Interval &range,
             std::function<void(const Answers &)> done, int waitMs = kWaitMs);

    /// The sync desk's side: unanswered requests for practitioners `desk` syncs.
    static Result<QList<Open>> openFor(Database &db, const QString &desk, qint64 nowMs);
    static Status answer(Database &db, qint64 requestId, Answer answer, qint64 nowMs);
    /// Deletes requests nobody waits for any more.
    static Status forgetOld(Database &db, qint64 nowMs);

private:
    struct Pending
    {
        QHash<qint64, qint64> requests; // request id → practitioner
        Answers answers;
        qint64 deadlineMs = 0;
        std::function<void(const Answers &)> done;
    };
    void poll();

    Database &m_db;
    QString m_desk;
    QTimer m_poll;
    QList<Pending> m_pending;
};

} // namespace empfang
