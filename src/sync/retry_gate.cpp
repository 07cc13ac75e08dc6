#include "retry_gate.h"

#include "storage/sql.h"
#include "sync_logging.h"

namespace empfang {

namespace {

QString key(qint64 practitionerId)
{
    return QStringLiteral("google.retryAfter.%1").arg(practitionerId);
}

} // namespace

void RetryGate::hold(qint64 practitionerId, qint64 untilMs)
{
    // One statement: a concurrent hold of another process can only make the time later.
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::run(q,
                  QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) "
                                 "DO UPDATE SET value = excluded.value WHERE "
                                 "CAST(excluded.value AS INTEGER) > CAST(value AS INTEGER)"),
                  {key(practitionerId), QString::number(untilMs)}, &error))
        qCWarning(lcSync) << "Retry-After not kept:" << error;
}

qint64 RetryGate::heldUntil(qint64 practitionerId, qint64 nowMs) const
{
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::run(q, QStringLiteral("SELECT value FROM settings WHERE key = ?"),
                  {key(practitionerId)}, &error) ||
        !q.next())
        return 0;
    const qint64 until = q.value(0).toLongLong();
    return until > nowMs ? until : 0;
}

} // namespace empfang
