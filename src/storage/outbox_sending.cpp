// OutboxRepository, second part: which rows go out now and which process sends them (claims,
// docs/ARCHITECTURE.md §8). Split only to keep each file readable in one sitting.
#include "claim_holder.h"
#include "outbox_repository.h"
#include "sql.h"

namespace empfang {

namespace {

// Rows a sender may take: its desk syncs the practitioner (or nobody does: those rows are
// postponed as "not connected" by whoever looks), and no other live process claimed them.
const QString kSenderFilter =
    QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM google_connections g WHERE g.practitioner_id = "
                   "outbox.practitioner_id AND g.sync_desk IS NOT NULL AND g.sync_desk <> ?) "
                   "AND (claimed_by IS NULL OR claimed_by = ? OR claimed_until_ms < ?)");

} // namespace

Result<QList<OutboxEntry>> OutboxRepository::due(qint64 nowMs, int limit,
                                                 const Sender &sender) const
{
    using R = Result<QList<OutboxEntry>>;
    QSqlQuery q(m_db.connection());
    QString error;
    const bool filtered = !sender.desk.isEmpty();
    QVariantList values{nowMs};
    if (filtered)
        values << sender.desk << sender.holder << nowMs;
    values << limit;
    if (!sql::run(q,
                  QStringLiteral("SELECT %1 FROM outbox WHERE state = 'pending' AND "
                                 "next_attempt_ms <= ?%2 ORDER BY next_attempt_ms, id LIMIT ?")
                      .arg(QLatin1String(kColumns), filtered ? kSenderFilter : QString()),
                  values, &error))
        return R::failure(error);
    QList<OutboxEntry> rows;
    while (q.next())
        rows << fromQuery(q);
    return rows;
}

std::optional<qint64> OutboxRepository::nextDueMs(const Sender &sender) const
{
    QSqlQuery q(m_db.connection());
    QString error;
    const bool filtered = !sender.desk.isEmpty();
    if (sql::run(q,
                 QStringLiteral("SELECT MIN(next_attempt_ms) FROM outbox WHERE state = "
                                "'pending'%1")
                     .arg(filtered ? QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM "
                                                    "google_connections g WHERE "
                                                    "g.practitioner_id = outbox.practitioner_id "
                                                    "AND g.sync_desk IS NOT NULL AND "
                                                    "g.sync_desk <> ?)")
                                   : QString()),
                 filtered ? QVariantList{sender.desk} : QVariantList{}, &error) &&
        q.next() && !q.value(0).isNull())
        return q.value(0).toLongLong();
    return std::nullopt;
}

Status OutboxRepository::markSending(qint64 id, qint64 nowMs)
{
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::run(q,
                  QStringLiteral("UPDATE outbox SET attempts = attempts + 1, updated_ms = ? "
                                 "WHERE id = ?"),
                  {nowMs, id}, &error))
        return Status::failure(error);
    return success();
}

Result<bool> OutboxRepository::claim(qint64 id, const Sender &sender, qint64 nowMs)
{
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::run(q,
                  QStringLiteral("UPDATE outbox SET attempts = attempts + 1, updated_ms = ?, "
                                 "claimed_by = ?, claimed_until_ms = ? WHERE id = ? AND "
                                 "state = 'pending'") +
                      kSenderFilter,
                  {nowMs, sender.holder, nowMs + kClaimMs, id, sender.desk, sender.holder, nowMs},
                  &error))
        return Result<bool>::failure(error);
    return q.numRowsAffected() == 1;
}

Status OutboxRepository::releaseDeadClaims(const QString &desk)
{
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::run(q,
                  QStringLiteral("SELECT DISTINCT claimed_by FROM outbox WHERE claimed_by LIKE ? "
                                 "AND state = 'pending'"),
                  {desk + QStringLiteral("|%")}, &error))
        return Status::failure(error);
    QStringList dead;
    while (q.next()) {
        if (!ClaimHolder::isAlive(q.value(0).toString()))
            dead << q.value(0).toString();
    }
    for (const QString &holder : dead) {
        if (!sql::run(q, QStringLiteral("UPDATE outbox SET claimed_by = NULL WHERE claimed_by = ?"),
                      {holder}, &error))
            return Status::failure(error);
    }
    return success();
}

} // namespace empfang
