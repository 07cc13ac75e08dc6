// SyncService, the grid's side: what a whole visible range needs, read in a few queries instead
// of several per column and appointment, so a reload of a week of 20 practitioners stays short.
#include "storage/google_event_repository.h"
#include "storage/sql.h"
#include "sync_service.h"

#include <QStringList>

namespace empfang {

namespace {

// Ids are numbers from the database, so they can stand in the statement as text.
QString idList(const QList<qint64> &ids)
{
    QStringList text;
    text.reserve(ids.size());
    for (qint64 id : ids)
        text << QString::number(id);
    return text.join(u',');
}

} // namespace

QHash<qint64, SyncService::AppointmentSync>
SyncService::appointmentSyncs(const QList<qint64> &appointmentIds) const
{
    return appointmentSyncs(m_db, appointmentIds);
}

QHash<qint64, SyncService::AppointmentSync>
SyncService::appointmentSyncs(Database &db, const QList<qint64> &appointmentIds)
{
    QHash<qint64, AppointmentSync> out;
    if (appointmentIds.isEmpty())
        return out;
    const QString ids = idList(appointmentIds);
    QSqlQuery q(db.connection());
    QString error;
    if (!sql::run(q,
                  QStringLiteral("SELECT appointment_id, sync_state, google_changed_note FROM "
                                 "google_events WHERE appointment_id IN (%1)")
                      .arg(ids),
                  {}, &error))
        return out;
    QList<qint64> needOutbox;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const AppointmentSync s{syncStateFromKey(q.value(1).toString()), q.value(2).toString()};
        out.insert(id, s);
        if (s.message.isEmpty() && s.state != SyncState::Synced)
            needOutbox << id;
    }
    // As appointmentSync(): the newest open outbox row tells why it is not synced yet.
    if (!needOutbox.isEmpty() &&
        sql::run(q,
                 QStringLiteral("SELECT appointment_id, last_error FROM outbox WHERE "
                                "appointment_id IN (%1) AND state IN ('pending', 'failed') "
                                "ORDER BY id DESC")
                     .arg(idList(needOutbox)),
                 {}, &error)) {
        QSet<qint64> seen;
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (seen.contains(id))
                continue;
            seen.insert(id);
            out[id].message = q.value(1).toString();
        }
    }
    return out;
}

QHash<qint64, QList<BusyCache::Day>> SyncService::busyDays(const QList<qint64> &practitionerIds,
                                                           const QList<QDate> &days) const
{
    return m_cache.perDay(practitionerIds, days, m_clock.nowMs());
}

SyncService::GridContext SyncService::gridContext() const
{
    return {m_cache.ttlMs(), m_clock.nowMs(), m_cache.unreachable()};
}

} // namespace empfang
