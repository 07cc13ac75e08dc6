#include "database.h"

#include "cached_statement.h"
#include "database_registry.h"
#include "integrity_check.h"
#include "logging.h"
#include "migrations.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace empfang {

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_displayName(m_path), m_connectionName(std::move(connectionName)),
      m_corruptionReportsSeen(DatabaseRegistry::corruptionReports())
{
}

StorageFault Database::classify(const QSqlError &error) const
{
    if (m_dialect == SqlDialect::SQLite)
        return StorageFaults::classify(error);
    // Qt's driver closes the connection when the server is lost; later queries then fail
    // with no error text at all.
    if (!connection().isOpen())
        return StorageFault::Unreachable;
    return StorageFaults::classifyServer(error);
}

QSqlDatabase Database::cloneConnection(const QString &name) const
{
    return QSqlDatabase::cloneDatabase(connection(), name);
}

bool Database::reconnect()
{
    CachedStatement::forget(this); // prepared on the connection that is gone
    QSqlDatabase db = connection();
    DatabaseRegistry::remove(db.driver());
    db.close();
    const bool opened = db.open();
    DatabaseRegistry::add(db.driver(), this);
    if (!opened) {
        recordFault(db.lastError(), "reconnect");
        return false;
    }
    m_depth = 0;
    m_lastFault = StorageFault::None;
    return true;
}

Database::~Database()
{
    CachedStatement::forget(this); // prepared on the connection closed below
    DatabaseRegistry::release(this);
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        DatabaseRegistry::remove(db.driver());
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::latestVersion()
{
    return int(migrationSteps().size());
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString Database::queryFailed(const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    qCWarning(lcStorage) << "query failed:" << error.text();
    return DatabaseRegistry::withDatabase(query.driver(), [&error](Database *db) {
        if (!db)
            return StorageFaults::message(StorageFaults::classify(error));
        const StorageFault fault = db->classify(error);
        db->m_lastFault = db->m_damaged ? StorageFault::Damaged : fault;
        if (fault == StorageFault::Damaged)
            db->markDamaged();
        return db->lastFailure();
    });
}

QString Database::lastFailure() const
{
    return StorageFaults::message(
        m_lastFault == StorageFault::None ? StorageFault::Failed : m_lastFault, m_displayName);
}

void Database::recordFault(const QSqlError &error, const char *what)
{
    qCWarning(lcStorage) << what << "failed:" << error.text();
    m_lastFault = classify(error);
    if (m_lastFault == StorageFault::None)
        m_lastFault = StorageFault::Failed;
    if (m_lastFault == StorageFault::Damaged)
        markDamaged();
}

void Database::markDamaged()
{
    if (m_damaged)
        return;
    m_damaged = true;
    m_lastFault = StorageFault::Damaged;
    qCCritical(lcStorage) << "database is damaged; no further writes:" << m_path;
    // Not a single page more: no checkpoint into the damaged file when we close, and SQLite
    // itself refuses any write that might still be attempted on this connection.
    setCheckpointOnClose(false);
    if (m_dialect == SqlDialect::SQLite) {
        QSqlQuery q(connection());
        q.exec(QStringLiteral("PRAGMA query_only = 1"));
    }
}

bool Database::damageSuspected() const
{
    return m_damaged || DatabaseRegistry::corruptionReports() != m_corruptionReportsSeen;
}

Status Database::checkIntegrity()
{
    if (m_dialect == SqlDialect::PostgreSQL)
        return success(); // the server checks its own pages
    m_corruptionReportsSeen = DatabaseRegistry::corruptionReports();
    const IntegrityCheck::Verdict verdict = IntegrityCheck::run(connection());
    if (verdict.error.type() != QSqlError::NoError && !verdict.damaged) {
        recordFault(verdict.error, "quick_check");
        return Status::failure(lastFailure()); // locked or I/O: not a verdict on the file
    }
    if (verdict.damaged)
        markDamaged();
    m_integrityChecked = true;
    return m_damaged ? Status::failure(lastFailure()) : success();
}

void Database::setIntegrityChecked(bool damaged)
{
    m_integrityChecked = true;
    if (damaged)
        markDamaged();
}

bool Database::mayWrite(const QSqlQuery &query, QString *error)
{
    Database *db = DatabaseRegistry::find(query.driver());
    if (!db || db->m_depth > 0)
        return true; // inside a transaction beginWrite() has checked already
    if (!db->m_readOnly && !db->m_damaged &&
        (!db->m_integrityChecked ||
         DatabaseRegistry::corruptionReports() != db->m_corruptionReportsSeen))
        db->checkIntegrity();
    if (db->m_readOnly || db->m_damaged) {
        db->m_lastFault = db->m_readOnly ? StorageFault::ReadOnly : StorageFault::Damaged;
        *error = db->lastFailure();
        return false;
    }
    return true;
}

bool Database::beginWrite()
{
    if (m_depth > 0) {
        ++m_depth;
        return true;
    }
    if (m_readOnly) {
        m_lastFault = StorageFault::ReadOnly;
        return false;
    }
    if (!m_damaged &&
        (!m_integrityChecked || DatabaseRegistry::corruptionReports() != m_corruptionReportsSeen))
        checkIntegrity();
    if (m_damaged) {
        m_lastFault = StorageFault::Damaged;
        return false;
    }
    QSqlQuery q(connection());
    for (const QString &statement : dialect::beginWrite(m_dialect)) {
        if (!q.exec(statement)) {
            recordFault(q.lastError(), "BEGIN");
            q.exec(QStringLiteral("ROLLBACK"));
            return false;
        }
    }
    m_depth = 1;
    m_rollbackOnly = false;
    return true;
}

bool Database::commit()
{
    if (m_depth > 1) {
        --m_depth;
        return !m_rollbackOnly;
    }
    if (m_depth == 0)
        return false;
    if (m_rollbackOnly) {
        rollback();
        return false;
    }
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("COMMIT"))) {
        m_depth = 0;
        return true;
    }
    recordFault(q.lastError(), "COMMIT");
    rollback();
    return false;
}

void Database::rollback()
{
    if (m_depth > 1) {
        --m_depth;
        m_rollbackOnly = true;
        return;
    }
    m_depth = 0;
    m_rollbackOnly = false;
    QSqlQuery q(connection());
    q.exec(QStringLiteral("ROLLBACK"));
}

} // namespace empfang
