#pragma once

#include "domain/result.h"
#include "sql_dialect.h"
#include "storage_fault.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QSqlError;
class QSqlQuery;

namespace empfang {

/// One open Empfang database: a SQLite file (WAL, foreign keys on, mode 0600) or a PostgreSQL
/// database (`--db postgresql://…`, see DatabaseAddress), migrated to the current schema. Refuses
/// files that are damaged, not ours, or written by a newer Empfang — and leaves such files
/// untouched. Several processes may have the same file open at once (desks, windows, empfang-cli);
/// nothing here ever touches SQLite's own -wal/-shm/-journal files, which belong to every
/// connection on the file, not to us.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    /// What open() may do when the file is not there.
    enum class Creation {
        MustExist,          // a missing file is StorageFault::Missing
        CreateFile,         // create the file; its folder must exist (an explicit path)
        CreateFileAndFolder // also the folder (the per-user default location)
    };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens and migrates to latestVersion(). `path` is a file or a PostgreSQL URI. For a URI
    /// the server's database must exist; `creation` says whether Empfang's tables may be
    /// created in an empty one (MustExist: refused, as a missing file is), and `password` is
    /// used when neither the URI nor ~/.pgpass has one.
    static Result<std::shared_ptr<Database>> open(const QString &path,
                                                  Creation creation = Creation::CreateFileAndFolder,
                                                  const QString &password = QString());
    /// Test hook: opens and migrates only up to `version` (0 = empty file with no tables).
    static Result<std::shared_ptr<Database>> openAtVersion(const QString &path, int version);

    static int latestVersion();
    int schemaVersion() const;
    QSqlDatabase connection() const;
    /// The file, or the URI without its password.
    QString path() const { return m_path; }
    /// How messages name the database: the file, or "host/database".
    QString displayName() const { return m_displayName; }
    SqlDialect dialect() const { return m_dialect; }
    bool isServer() const { return m_dialect == SqlDialect::PostgreSQL; }
    /// A second connection to the same database under `name`, for another thread (Qt's
    /// connections belong to the thread that opened them). The caller opens and removes it.
    QSqlDatabase cloneConnection(const QString &name) const;
    /// After the server was unreachable: opens the connection anew. False while it still is.
    bool reconnect();

    /// The file or its drive does not allow writing: reading works, every write is refused
    /// with StorageFault::ReadOnly before it starts.
    bool isReadOnly() const { return m_readOnly; }
    /// A damaged file is never written to again by this process.
    bool isDamaged() const { return m_damaged; }
    /// SQLite reported damage somewhere in this process since our last integrity check (e.g.
    /// in a read whose error the caller did not see): the result of that read may be wrong.
    bool damageSuspected() const;
    /// Runs PRAGMA quick_check (reads every page). A damaged file is marked as such.
    Status checkIntegrity();
    /// The result of a check run elsewhere (the GUI checks on a background connection).
    void setIntegrityChecked(bool damaged);

    /// Starts a write transaction that takes the write lock at once (BEGIN IMMEDIATE), so a
    /// check-then-insert cannot interleave with another process booking the same slot.
    /// Nested calls join the outer transaction; a rollback anywhere rolls back all of it.
    /// The first write of a Database checks the file's integrity first.
    bool beginWrite();
    bool commit();
    void rollback();

    /// Why the last write, commit or query of this database failed, in German.
    StorageFault lastFault() const { return m_lastFault; }
    QString lastFailure() const;

    /// The German sentence for a failed query, by its cause; the technical text goes to the
    /// log only. A damaged file seen here is marked, so that no further write reaches it.
    static QString queryFailed(const QSqlQuery &query);
    /// Whether a single write outside a transaction may run on the query's database: not on a
    /// read-only or damaged file, and only after the first integrity check (as beginWrite()).
    static bool mayWrite(const QSqlQuery &query, QString *error);

private:
    friend class DatabaseConnections; // opens more connections with the same password
    Database(QString path, QString connectionName);
    static Result<std::shared_ptr<Database>> openFile(const QString &path, Creation creation,
                                                      int version);
    static Result<std::shared_ptr<Database>> openServer(const QString &uri, int version,
                                                        const QString &password, Creation creation);
    StorageFault classify(const QSqlError &error) const;
    Result<int> checkSchema(); // the file's schema version, or why we refuse it
    Status prepare(int targetVersion);
    Status migrate(int to);
    void recordFault(const QSqlError &error, const char *what);
    void markDamaged();
    void setCheckpointOnClose(bool on);

    QString m_path;
    QString m_displayName;
    QString m_connectionName;
    SqlDialect m_dialect = SqlDialect::SQLite;
    int m_depth = 0;
    bool m_rollbackOnly = false;
    bool m_readOnly = false;
    bool m_damaged = false;
    bool m_integrityChecked = false;
    bool m_mayCreateSchema = true; // PostgreSQL: tables may be created in an empty database
    QString m_serverPassword;      // PostgreSQL, from the keychain: in memory only
    int m_corruptionReportsSeen = 0;
    StorageFault m_lastFault = StorageFault::None;
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
