#pragma once

#include <QString>
#include <QStringList>

namespace empfang {

/// The two SQL databases Empfang runs on. Repositories write one SQL for both; what must
/// differ lives here and nowhere else (docs/ARCHITECTURE.md, "Storage").
enum class SqlDialect { SQLite, PostgreSQL };

namespace dialect {

/// A query whose rows are the names of the tables in the database.
QString tableNames(SqlDialect d);
/// The statements that start a write transaction holding the database's write lock.
QStringList beginWrite(SqlDialect d);
/// The statement that starts a read transaction seeing one consistent state of the database.
QString beginSnapshot(SqlDialect d);
/// A table definition written for SQLite, as PostgreSQL needs it: `id INTEGER PRIMARY KEY`
/// (SQLite's row id) becomes an identity column. Nothing else differs in our DDL.
QString portableDdl(SqlDialect d, const QString &statement);

} // namespace dialect

} // namespace empfang
