#pragma once

#include "sql_dialect.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace empfang {

/// One statement of a migration. Written once for both databases where the SQL is the same
/// (`id INTEGER PRIMARY KEY` is mapped by dialect::portableDdl); where SQLite and PostgreSQL
/// need different SQL (triggers, functions), both forms stand side by side.
struct MigrationStatement
{
    MigrationStatement(const QString &both) : sqlite(both) {} // NOLINT: implicit on purpose
    static MigrationStatement per(const QString &sqliteOnly, const QStringList &postgres)
    {
        MigrationStatement s(sqliteOnly);
        s.postgres = postgres;
        return s;
    }
    static MigrationStatement postgresOnly(const QStringList &postgres)
    {
        return per(QString(), postgres);
    }
    QStringList forDialect(SqlDialect d) const;

    QString sqlite; // empty: nothing to do on SQLite
    std::optional<QStringList> postgres;
};

/// The schema, one entry per version; entry i turns version i into version i+1.
/// Never edit a released entry — append a new one.
const QList<QList<MigrationStatement>> &migrationSteps();

/// The steps to versions 6 and 7 (migrations_desks.cpp), entries of migrationSteps().
QList<MigrationStatement> migrationVersionSix();
QList<MigrationStatement> migrationVersionSeven();

} // namespace empfang
