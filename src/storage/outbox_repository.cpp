#include "outbox_repository.h"

#include "event_mapper.h"
#include "google_connection_repository.h"
#include "google_event_repository.h"
#include "sql.h"

namespace empfang {

QString operationKey(OutboxOperation op)
{
    switch (op) {
    case OutboxOperation::Insert:
        return QStringLiteral("insert");
    case OutboxOperation::Patch:
        return QStringLiteral("patch");
    case OutboxOperation::Delete:
        return QStringLiteral("delete");
    }
    return QStringLiteral("insert");
}

OutboxOperation operationFromKey(const QString &key)
{
    if (key == QLatin1String("patch"))
        return OutboxOperation::Patch;
    if (key == QLatin1String("delete"))
        return OutboxOperation::Delete;
    return OutboxOperation::Insert;
}

const char *const OutboxRepository::kColumns =
    "id, appointment_id, practitioner_id, calendar_id, event_id, operation, attempts, revision, "
    "next_attempt_ms, state, last_error";

OutboxEntry OutboxRepository::fromQuery(const QSqlQuery &q)
{
    OutboxEntry e;
    e.id = q.value(0).toLongLong();
    e.appointmentId = q.value(1).toLongLong();
    e.practitionerId = q.value(2).toLongLong();
    e.calendarId = q.value(3).toString();
    e.eventId = q.value(4).toString();
    e.operation = operationFromKey(q.value(5).toString());
    e.attempts = q.value(6).toInt();
    e.revision = q.value(7).toInt();
    e.nextAttemptMs = q.value(8).toLongLong();
    e.state = q.value(9).toString();
    e.lastError = q.value(10).toString();
    return e;
}

namespace {

/// What an open row becomes when another change arrives. nullopt: nothing is owed any more.
std::optional<OutboxOperation> fold(const OutboxEntry &open, OutboxOperation next)
{
    if (next == OutboxOperation::Delete) {
        // An insert that was never sent can simply be forgotten; once sent (attempts > 0) the
        // event may exist although we never saw the answer, so it must be deleted.
        if (open.operation == OutboxOperation::Insert && open.attempts == 0)
            return std::nullopt;
        return OutboxOperation::Delete;
    }
    if (open.operation == OutboxOperation::Insert)
        return OutboxOperation::Insert; // the insert sends the latest state anyway
    return next;
}

} // namespace

bool OutboxRepository::writable(qint64 practitionerId) const
{
    auto c = GoogleConnectionRepository(m_db).find(practitionerId);
    return c && c->state == GoogleConnection::State::Connected;
}

Status OutboxRepository::open(qint64 appointmentId, qint64 practitionerId,
                              const QString &calendarId, const QString &eventId, OutboxOperation op,
                              qint64 nowMs)
{
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::run(q,
                  QStringLiteral("SELECT %1 FROM outbox WHERE appointment_id = ? AND "
                                 "calendar_id = ? AND event_id = ? AND state IN "
                                 "('pending', 'failed') ORDER BY id DESC LIMIT 1")
                      .arg(QLatin1String(kColumns)),
                  {appointmentId, calendarId, eventId}, &error))
        return Status::failure(error);
    if (!q.next()) {
        if (!sql::run(q,
                      QStringLiteral("INSERT INTO outbox (appointment_id, practitioner_id, "
                                     "calendar_id, event_id, operation, created_ms, updated_ms) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                      {appointmentId, practitionerId, calendarId, eventId, operationKey(op), nowMs,
                       nowMs},
                      &error))
            return Status::failure(error);
        return success();
    }
    const OutboxEntry existing = fromQuery(q);
    const auto folded = fold(existing, op);
    if (!folded) {
        if (!sql::run(q, QStringLiteral("DELETE FROM outbox WHERE id = ?"), {existing.id}, &error))
            return Status::failure(error);
        return GoogleEventRepository(m_db).remove(appointmentId);
    }
    if (!sql::run(q,
                  QStringLiteral("UPDATE outbox SET operation = ?, state = 'pending', "
                                 "revision = revision + 1, next_attempt_ms = 0, last_error = '', "
                                 "updated_ms = ? WHERE id = ?"),
                  {operationKey(*folded), nowMs, existing.id}, &error))
        return Status::failure(error);
    return success();
}

Status OutboxRepository::enqueue(const OutboxEntry &e, qint64 nowMs)
{
    return open(e.appointmentId, e.practitionerId, e.calendarId, e.eventId, e.operation, nowMs);
}

Status OutboxRepository::insertFor(const Appointment &a, int generation, qint64 nowMs)
{
    auto c = GoogleConnectionRepository(m_db).find(a.practitionerId);
    if (!c)
        return Status::failure(c.error());
    GoogleEventRepository events(m_db);
    GoogleEventRecord r;
    r.appointmentId = a.id;
    r.practitionerId = a.practitionerId;
    r.calendarId = c->bookingCalendar;
    r.eventId = EventMapper::eventId(events.databaseId(), a.id, generation);
    r.generation = generation;
    if (Status s = events.save(r, nowMs); !s)
        return s;
    return open(a.id, a.practitionerId, r.calendarId, r.eventId, OutboxOperation::Insert, nowMs);
}

Status OutboxRepository::recordBooked(const Appointment &a, qint64 nowMs)
{
    if (!writable(a.practitionerId))
        return success(); // local booking without Google stays exactly as it was
    return insertFor(a, 0, nowMs);
}

Status OutboxRepository::recordMoved(const Appointment &before, const Appointment &after,
                                     qint64 nowMs)
{
    GoogleEventRepository events(m_db);
    auto found = events.find(after.id);
    if (!found)
        return Status::failure(found.error());
    if (!found.value())
        return recordBooked(after, nowMs);
    GoogleEventRecord r = *found.value();
    if (before.practitionerId == after.practitionerId && r.practitionerId == after.practitionerId) {
        r.state = SyncState::Pending;
        r.note.clear();
        if (Status s = events.save(r, nowMs); !s)
            return s;
        return open(r.appointmentId, r.practitionerId, r.calendarId, r.eventId,
                    OutboxOperation::Patch, nowMs);
    }
    // Another practitioner: the event leaves the old calendar and a new one is made.
    if (Status s = open(r.appointmentId, r.practitionerId, r.calendarId, r.eventId,
                        OutboxOperation::Delete, nowMs);
        !s)
        return s;
    if (writable(after.practitionerId))
        return insertFor(after, r.generation + 1, nowMs);
    return events.remove(after.id);
}

Status OutboxRepository::recordCancelled(const Appointment &a, qint64 nowMs)
{
    GoogleEventRepository events(m_db);
    auto found = events.find(a.id);
    if (!found)
        return Status::failure(found.error());
    if (!found.value())
        return success();
    GoogleEventRecord r = *found.value();
    if (Status s = open(r.appointmentId, r.practitionerId, r.calendarId, r.eventId,
                        OutboxOperation::Delete, nowMs);
        !s)
        return s;
    auto still = events.find(a.id);
    if (still && still.value()) // not dropped together with a never-sent insert
        return events.setState(a.id, SyncState::Pending, {}, nowMs);
    return success();
}

Status OutboxRepository::recordReinstated(const Appointment &a, qint64 nowMs)
{
    if (!writable(a.practitionerId))
        return success();
    auto found = GoogleEventRepository(m_db).find(a.id);
    if (!found)
        return Status::failure(found.error());
    // The old event is (being) deleted; its pending delete row keeps its own event id.
    return insertFor(a, found.value() ? found.value()->generation + 1 : 0, nowMs);
}

Result<std::optional<OutboxEntry>> OutboxRepository::find(qint64 id) const
{
    using R = Result<std::optional<OutboxEntry>>;
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::run(q,
                  QStringLiteral("SELECT %1 FROM outbox WHERE id = ?").arg(QLatin1String(kColumns)),
                  {id}, &error))
        return R::failure(error);
    if (!q.next())
        return std::optional<OutboxEntry>();
    return std::optional<OutboxEntry>(fromQuery(q));
}

Result<std::optional<OutboxEntry>> OutboxRepository::openFor(qint64 appointmentId) const
{
    using R = Result<std::optional<OutboxEntry>>;
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::run(q,
                  QStringLiteral("SELECT %1 FROM outbox WHERE appointment_id = ? AND state IN "
                                 "('pending', 'failed') ORDER BY id DESC LIMIT 1")
                      .arg(QLatin1String(kColumns)),
                  {appointmentId}, &error))
        return R::failure(error);
    if (!q.next())
        return std::optional<OutboxEntry>();
    return std::optional<OutboxEntry>(fromQuery(q));
}

int OutboxRepository::waitingFor(qint64 practitionerId) const
{
    QSqlQuery q(m_db.connection());
    QString error;
    if (sql::run(q,
                 QStringLiteral("SELECT COUNT(*) FROM outbox WHERE practitioner_id = ? AND "
                                "state IN ('pending', 'failed')"),
                 {practitionerId}, &error) &&
        q.next())
        return q.value(0).toInt();
    return 0;
}

Status OutboxRepository::finish(const OutboxEntry &e, qint64 nowMs)
{
    // The claim ends either way; the row closes only unless it changed meanwhile (revision).
    return sql::exec(m_db,
                     QStringLiteral("UPDATE outbox SET state = CASE WHEN revision = ? THEN 'done' "
                                    "ELSE state END, last_error = CASE WHEN revision = ? THEN '' "
                                    "ELSE last_error END, claimed_by = NULL, updated_ms = ? "
                                    "WHERE id = ?"),
                     {e.revision, e.revision, nowMs, e.id});
}

Status OutboxRepository::postpone(qint64 id, qint64 nextAttemptMs, const QString &reason,
                                  qint64 nowMs)
{
    return sql::exec(m_db,
                     QStringLiteral("UPDATE outbox SET next_attempt_ms = ?, last_error = ?, "
                                    "claimed_by = NULL, updated_ms = ? "
                                    "WHERE id = ? AND state = 'pending'"),
                     {nextAttemptMs, reason, nowMs, id});
}

Status OutboxRepository::fail(qint64 id, const QString &reason, qint64 nowMs)
{
    return sql::exec(m_db,
                     QStringLiteral("UPDATE outbox SET state = 'failed', last_error = ?, "
                                    "claimed_by = NULL, updated_ms = ? WHERE id = ?"),
                     {reason, nowMs, id});
}

Status OutboxRepository::retry(qint64 appointmentId, qint64 nowMs)
{
    return sql::exec(m_db,
                     QStringLiteral("UPDATE outbox SET state = 'pending', next_attempt_ms = 0, "
                                    "revision = revision + 1, last_error = '', updated_ms = ? "
                                    "WHERE appointment_id = ? AND state = 'failed'"),
                     {nowMs, appointmentId});
}

Status OutboxRepository::makeAllDue(qint64 nowMs)
{
    return sql::exec(m_db,
                     QStringLiteral("UPDATE outbox SET next_attempt_ms = 0, updated_ms = ? WHERE "
                                    "state = 'pending' AND next_attempt_ms > 0"),
                     {nowMs});
}

Status OutboxRepository::setOperation(qint64 id, OutboxOperation op, qint64 nowMs)
{
    return sql::exec(m_db,
                     QStringLiteral("UPDATE outbox SET operation = ?, next_attempt_ms = 0, "
                                    "updated_ms = ? WHERE id = ?"),
                     {operationKey(op), nowMs, id});
}

OutboxRepository::Counts OutboxRepository::counts() const
{
    Counts c;
    QSqlQuery q(m_db.connection());
    QString error;
    if (sql::run(q,
                 QStringLiteral("SELECT o.state, COALESCE(g.state, 'none') = 'connected', "
                                "COUNT(*) FROM outbox o LEFT JOIN google_connections g ON "
                                "g.practitioner_id = o.practitioner_id WHERE o.state IN "
                                "('pending', 'failed') GROUP BY 1, 2"),
                 {}, &error)) {
        while (q.next()) {
            const int n = q.value(2).toInt();
            if (q.value(0).toString() != QLatin1String("pending"))
                c.failed += n;
            else if (q.value(1).toBool())
                c.pending += n;
            else
                c.waitingForReconnect += n;
        }
    }
    return c;
}

} // namespace empfang
