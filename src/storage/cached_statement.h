#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace empfang {

class Database;

/// A statement prepared once per connection and reused, for the hot queries (storage/
/// hot_queries.h) the grid asks for every column and practitioner: SQLite parses and plans it
/// the first time only. Taken from the connection's cache for the lifetime of this object and
/// given back finished (no read transaction stays open), so a nested use of the same
/// statement simply prepares another one.
class CachedStatement
{
public:
    CachedStatement(Database &db, const QString &statement);
    ~CachedStatement();
    CachedStatement(const CachedStatement &) = delete;
    CachedStatement &operator=(const CachedStatement &) = delete;

    /// Binds `values` in order and executes (a read: the hot queries only read). On failure
    /// `error` gets the German sentence (as sql::run) and the statement is not kept.
    bool run(const QVariantList &values, QString *error);
    QSqlQuery &query() { return m_query; }

    /// Drops what is cached for `db` (its connection closes).
    static void forget(const Database *db);

private:
    Database &m_db;
    QString m_statement;
    QSqlQuery m_query;
    bool m_prepared = false;
    bool m_keep = true;
};

} // namespace empfang
