// Database, second part: which schema a database has and how it is brought to the current one
// (src/storage/migrations.cpp holds the steps). Split only to keep each file readable in one
// sitting; opening a SQLite file or a server is in database_open.cpp.
#include "database.h"
#include "database_address.h"
#include "logging.h"
#include "migrations.h"
#include "sql_dialect.h"

#include <QSqlError>
#include <QSqlQuery>

namespace empfang {

Result<int> Database::checkSchema()
{
    using R = Result<int>;
    QSqlQuery q(connection());
    // Reading sqlite_master is the first thing that fails on a damaged file; nothing has been
    // written yet, so a refusal leaves the file exactly as it was.
    if (!q.exec(dialect::tableNames(m_dialect))) {
        recordFault(q.lastError(), "reading the schema");
        if (m_lastFault == StorageFault::Damaged)
            return R::failure(tr("\"%1\" is not an Empfang database or is damaged. "
                                 "The file was left unchanged; restore it from a backup.")
                                  .arg(m_path));
        return R::failure(lastFailure());
    }
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();

    int current = 0;
    if (tables.contains(QStringLiteral("schema_version"))) {
        current = schemaVersion();
    } else if (!tables.isEmpty()) {
        return R::failure(
            tr("\"%1\" is a database of another program, not of Empfang. It was left unchanged.")
                .arg(m_displayName));
    }
    if (current > latestVersion())
        return R::failure(tr("The database \"%1\" was written by a newer version of Empfang "
                             "(schema %2; this version knows up to %3). Please install the "
                             "newer version. The file was left unchanged.")
                              .arg(m_displayName)
                              .arg(current)
                              .arg(latestVersion()));
    return current;
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("SELECT version FROM schema_version")) && q.next())
        return q.value(0).toInt();
    return 0;
}

Status Database::migrate(int to)
{
    WriteTransaction tx(*this);
    if (!tx.started())
        return Status::failure(lastFailure());
    QSqlQuery q(connection());
    // Read again under the write lock: another process may have migrated the file between our
    // first look and now (several desks starting a new version at once).
    if (!q.exec(dialect::tableNames(m_dialect)))
        return Status::failure(queryFailed(q));
    bool versioned = false;
    while (q.next())
        versioned = versioned || q.value(0).toString() == QLatin1String("schema_version");
    const int from = versioned ? schemaVersion() : 0;
    if (from >= to)
        return success(); // rolled back: nothing of ours to write
    if (!versioned) {
        if (!q.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)")) ||
            !q.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (0)")))
            return Status::failure(queryFailed(q));
    }
    const auto &steps = migrationSteps();
    for (int v = from; v < to; ++v) {
        for (const MigrationStatement &statement : steps.at(v)) {
            for (const QString &sql : statement.forDialect(m_dialect)) {
                if (q.exec(sql))
                    continue;
                const QString failure = queryFailed(q);
                if (sql.startsWith(QLatin1String("CREATE EXTENSION")))
                    return Status::failure(
                        tr("The PostgreSQL database %1 needs the extension btree_gist, and this "
                           "database role may not create it. Please have the server's "
                           "administrator run once: CREATE EXTENSION btree_gist; (in the "
                           "database %2). Nothing was changed.")
                            .arg(m_displayName, DatabaseAddress::parse(m_path).databaseName()));
                return Status::failure(failure);
            }
        }
        qCInfo(lcStorage) << "migrated database to schema" << v + 1;
    }
    q.prepare(QStringLiteral("UPDATE schema_version SET version = ?"));
    q.addBindValue(to);
    if (!q.exec())
        return Status::failure(queryFailed(q));
    if (!tx.commit())
        return Status::failure(lastFailure());
    return success();
}

} // namespace empfang
