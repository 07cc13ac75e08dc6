#include "google_event_repository.h"

#include "cached_statement.h"
#include "hot_queries.h"
#include "sql.h"

namespace empfang {

QString syncStateKey(SyncState state)
{
    switch (state) {
    case SyncState::Pending:
        return QStringLiteral("pending");
    case SyncState::Synced:
        return QStringLiteral("synced");
    case SyncState::Failed:
        return QStringLiteral("failed");
    case SyncState::Conflict:
        return QStringLiteral("conflict");
    }
    return QStringLiteral("pending");
}

SyncState syncStateFromKey(const QString &key)
{
    for (SyncState s : {SyncState::Synced, SyncState::Failed, SyncState::Conflict}) {
        if (syncStateKey(s) == key)
            return s;
    }
    return SyncState::Pending;
}

namespace {

constexpr auto kColumns = "appointment_id, practitioner_id, calendar_id, event_id, generation, "
                          "etag, sync_state, remote_start_ms, remote_end_ms, google_changed_note";

GoogleEventRecord fromQuery(const QSqlQuery &q)
{
    GoogleEventRecord r;
    r.appointmentId = q.value(0).toLongLong();
    r.practitionerId = q.value(1).toLongLong();
    r.calendarId = q.value(2).toString();
    r.eventId = q.value(3).toString();
    r.generation = q.value(4).toInt();
    r.etag = q.value(5).toString();
    r.state = syncStateFromKey(q.value(6).toString());
    if (!q.value(7).isNull() && !q.value(8).isNull())
        r.remoteSpan = Interval{q.value(7).toLongLong(), q.value(8).toLongLong()};
    r.note = q.value(9).toString();
    return r;
}

QVariant nullableMs(const std::optional<Interval> &span, bool start)
{
    if (!span)
        return QVariant(QMetaType(QMetaType::LongLong));
    return start ? span->startMs : span->endMs;
}

} // namespace

Result<std::optional<GoogleEventRecord>> GoogleEventRepository::find(qint64 appointmentId) const
{
    using R = Result<std::optional<GoogleEventRecord>>;
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::run(q,
                  QStringLiteral("SELECT %1 FROM google_events WHERE appointment_id = ?")
                      .arg(QLatin1String(kColumns)),
                  {appointmentId}, &error))
        return R::failure(error);
    if (!q.next())
        return std::optional<GoogleEventRecord>();
    return std::optional<GoogleEventRecord>(fromQuery(q));
}

Status GoogleEventRepository::save(const GoogleEventRecord &r, qint64 nowMs)
{
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::run(q,
                  // An upsert both SQLite and PostgreSQL understand.
                  QStringLiteral("INSERT INTO google_events (%1, updated_ms) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                 "ON CONFLICT (appointment_id) DO UPDATE SET "
                                 "practitioner_id = excluded.practitioner_id, "
                                 "calendar_id = excluded.calendar_id, "
                                 "event_id = excluded.event_id, "
                                 "generation = excluded.generation, etag = excluded.etag, "
                                 "sync_state = excluded.sync_state, "
                                 "remote_start_ms = excluded.remote_start_ms, "
                                 "remote_end_ms = excluded.remote_end_ms, "
                                 "google_changed_note = excluded.google_changed_note, "
                                 "updated_ms = excluded.updated_ms")
                      .arg(QLatin1String(kColumns)),
                  {r.appointmentId, r.practitionerId, r.calendarId, r.eventId, r.generation, r.etag,
                   syncStateKey(r.state), nullableMs(r.remoteSpan, true),
                   nullableMs(r.remoteSpan, false), r.note, nowMs},
                  &error))
        return Status::failure(error);
    return success();
}

Status GoogleEventRepository::remove(qint64 appointmentId)
{
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::run(q, QStringLiteral("DELETE FROM google_events WHERE appointment_id = ?"),
                  {appointmentId}, &error))
        return Status::failure(error);
    return success();
}

Status GoogleEventRepository::setState(qint64 appointmentId, SyncState state, const QString &note,
                                       qint64 nowMs)
{
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::run(q,
                  QStringLiteral("UPDATE google_events SET sync_state = ?, "
                                 "google_changed_note = ?, updated_ms = ? "
                                 "WHERE appointment_id = ?"),
                  {syncStateKey(state), note, nowMs, appointmentId}, &error))
        return Status::failure(error);
    return success();
}

Result<QList<std::pair<QString, Interval>>>
GoogleEventRepository::remoteSpans(qint64 practitionerId, const Interval &range) const
{
    using R = Result<QList<std::pair<QString, Interval>>>;
    CachedStatement statement(m_db, hot_queries::remoteSpans());
    QString error;
    if (!statement.run({practitionerId, range.endMs, range.startMs, range.startMs}, &error))
        return R::failure(error);
    QSqlQuery &q = statement.query();
    QList<std::pair<QString, Interval>> spans;
    while (q.next())
        spans.append(
            {q.value(0).toString(), Interval{q.value(1).toLongLong(), q.value(2).toLongLong()}});
    return spans;
}

Result<QList<GoogleEventRecord>>
GoogleEventRepository::ofAppointments(const QString &idsQuery, const QVariantList &values) const
{
    using R = Result<QList<GoogleEventRecord>>;
    CachedStatement statement(m_db, QStringLiteral("SELECT %1 FROM google_events WHERE "
                                                   "appointment_id IN (%2) ORDER BY appointment_id")
                                        .arg(QLatin1String(kColumns), idsQuery));
    QString error;
    if (!statement.run(values, &error))
        return R::failure(error);
    QList<GoogleEventRecord> rows;
    while (statement.query().next())
        rows << fromQuery(statement.query());
    return rows;
}

Result<QList<GoogleEventRecord>> GoogleEventRepository::inState(SyncState state) const
{
    using R = Result<QList<GoogleEventRecord>>;
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::run(q,
                  QStringLiteral("SELECT %1 FROM google_events WHERE sync_state = ? "
                                 "ORDER BY appointment_id")
                      .arg(QLatin1String(kColumns)),
                  {syncStateKey(state)}, &error))
        return R::failure(error);
    QList<GoogleEventRecord> rows;
    while (q.next())
        rows << fromQuery(q);
    return rows;
}

QString GoogleEventRepository::databaseId() const
{
    QSqlQuery q(m_db.connection());
    QString error;
    if (sql::run(q, QStringLiteral("SELECT database_id FROM sync_meta WHERE id = 1"), {}, &error) &&
        q.next())
        return q.value(0).toString();
    return {};
}

} // namespace empfang
