#include "desk_repository.h"

#include "sql.h"

namespace empfang {

Status DeskRepository::seen(const QString &id, const QString &name, qint64 nowMs)
{
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::run(q,
                  QStringLiteral("INSERT INTO desks (id, name, last_seen_ms) VALUES (?, ?, ?) "
                                 "ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                                 "last_seen_ms = excluded.last_seen_ms"),
                  {id, name, nowMs}, &error))
        return Status::failure(error);
    return success();
}

Result<std::optional<DeskRow>> DeskRepository::find(const QString &id) const
{
    using R = Result<std::optional<DeskRow>>;
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::run(q, QStringLiteral("SELECT name, last_seen_ms FROM desks WHERE id = ?"), {id},
                  &error))
        return R::failure(error);
    if (!q.next())
        return std::optional<DeskRow>();
    return std::optional<DeskRow>(DeskRow{id, q.value(0).toString(), q.value(1).toLongLong()});
}

QString DeskRepository::nameOf(const QString &id) const
{
    const auto found = find(id);
    return found && found.value() ? found.value()->name : id;
}

} // namespace empfang
