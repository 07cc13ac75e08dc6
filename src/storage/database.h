#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace empfang {

/// One open Empfang database: a SQLite file (WAL, foreign keys on, mode 0600) migrated to the
/// current schema. Refuses files that are corrupt, not ours, or written by a newer Empfang —
/// and leaves such files untouched.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens (creating if missing) and migrates to latestVersion().
    static Result<std::shared_ptr<Database>> open(const QString &path);
    /// Test hook: opens and migrates only up to `version` (0 = empty file with no tables).
    static Result<std::shared_ptr<Database>> openAtVersion(const QString &path, int version);

    static int latestVersion();
    int schemaVersion() const;
    QSqlDatabase connection() const;
    QString path() const { return m_path; }

    /// Starts a write transaction that takes the write lock at once (BEGIN IMMEDIATE), so a
    /// check-then-insert cannot interleave with another process booking the same slot.
    /// Nested calls join the outer transaction; a rollback anywhere rolls back all of it.
    bool beginWrite();
    bool commit();
    void rollback();

    /// A German sentence for a failed query; the technical text goes to the log only.
    static QString queryFailed(const QString &technical);

private:
    Database(QString path, QString connectionName);
    static Status probeReadOnly(const QString &path);
    Result<int> checkSchema() const; // the file's schema version, or why we refuse it
    Status prepare(int targetVersion);
    Status migrate(int from, int to);

    QString m_path;
    QString m_connectionName;
    int m_depth = 0;
    bool m_rollbackOnly = false;
};

/// Rolls back on scope exit unless commit() succeeded.
class WriteTransaction
{
public:
    explicit WriteTransaction(Database &db) : m_db(db), m_active(db.beginWrite()) {}
    ~WriteTransaction()
    {
        if (m_active)
            m_db.rollback();
    }
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool started() const { return m_active; }
    bool commit()
    {
        if (!m_active)
            return false;
        m_active = false;
        return m_db.commit();
    }

private:
    Database &m_db;
    bool m_active;
};

} // namespace empfang
