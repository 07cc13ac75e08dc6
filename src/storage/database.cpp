#include "database.h"

#include "cached_statement.h"
#include "database_address.h"
#include "database_lock.h"
#include "integrity_check.h"
#include "logging.h"
#include "migrations.h"
#include "sqlite_handle.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <atomic>
#include <mutex>

namespace empfang {

namespace {

constexpr auto kSqliteMagic = "SQLite format 3";

// SQLite reports damage it meets anywhere — also in reads whose errors a caller ignores — to
// its error log. We count those reports; a Database that sees the count move checks its file
// before the next write.
std::atomic<int> g_corruptionReports{0};

void sqliteLog(void *, int code, const char *message)
{
    const int primary = code & 0xff;
    if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
        ++g_corruptionReports;
    if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB || primary == SQLITE_FULL ||
        primary == SQLITE_IOERR || primary == SQLITE_CANTOPEN)
        qCWarning(lcStorage) << "sqlite" << code << message;
}

void installSqliteLog()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // Must precede SQLite's initialisation, i.e. the first connection of the process.
        if (sqlite3_config(SQLITE_CONFIG_LOG, &sqliteLog, nullptr) != SQLITE_OK)
            qCInfo(lcStorage) << "SQLite was initialised before Empfang; damage reports from "
                                 "reads are seen only by the integrity check";
    });
}

// Which Database a query's connection belongs to, so that a failed query can mark its file
// as damaged without every caller passing the Database along.
QMutex g_registryMutex;
QHash<const QSqlDriver *, Database *> &registry()
{
    static QHash<const QSqlDriver *, Database *> map;
    return map;
}
// The shared DatabaseLock of each open Database, released with it (a restore waits for it).
// Kept here rather than as a member so that database.h, included almost everywhere, stays as
// it is.
QMutex processLocksMutex;
QHash<const Database *, DatabaseLock::Handle> processLocks;

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_displayName(m_path), m_connectionName(std::move(connectionName)),
      m_corruptionReportsSeen(g_corruptionReports)
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
    {
        QMutexLocker lock(&g_registryMutex);
        registry().remove(db.driver());
    }
    db.close();
    const bool opened = db.open();
    {
        QMutexLocker lock(&g_registryMutex);
        registry().insert(db.driver(), this);
    }
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
    {
        QMutexLocker locker(&processLocksMutex);
        processLocks.remove(this);
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        {
            QMutexLocker lock(&g_registryMutex);
            registry().remove(db.driver());
        }
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
    {
        QMutexLocker lock(&g_registryMutex);
        if (Database *db = registry().value(query.driver())) {
            const StorageFault fault = db->classify(error);
            db->m_lastFault = db->m_damaged ? StorageFault::Damaged : fault;
            if (fault == StorageFault::Damaged)
                db->markDamaged();
            return db->lastFailure();
        }
    }
    return StorageFaults::message(StorageFaults::classify(error));
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

Result<std::shared_ptr<Database>> Database::open(const QString &path, Creation creation,
                                                 const QString &password)
{
    if (DatabaseAddress::isServerUri(path))
        return openServer(path, latestVersion(), password, creation);
    return openFile(path, creation, latestVersion());
}

Result<std::shared_ptr<Database>> Database::openServer(const QString &uri, int version,
                                                       const QString &password, Creation creation)
{
    using R = Result<std::shared_ptr<Database>>;
    const DatabaseAddress address = DatabaseAddress::parse(uri);
    if (!address.isValid())
        return R::failure(address.error());
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return R::failure(tr("This installation of Empfang cannot use PostgreSQL: Qt's "
                             "PostgreSQL driver is missing (Debian package libqt6sql6-psql)."));
    const QString name = QStringLiteral("empfang-") + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        address.configure(db, password);
    }
    std::shared_ptr<Database> database(new Database(address.withoutPassword(), name));
    database->m_dialect = SqlDialect::PostgreSQL;
    database->m_displayName = address.display();
    // The server checks its own pages; there is no file of ours to check.
    database->m_integrityChecked = true;
    database->m_mayCreateSchema = creation != Creation::MustExist;
    database->m_serverPassword = password;
    if (!database->connection().open()) {
        const QSqlError error = database->connection().lastError();
        qCWarning(lcStorage) << "cannot connect to" << address.display() << error.text();
        return R::failure(address.connectFailed(error.text()));
    }
    {
        QMutexLocker lock(&g_registryMutex);
        registry().insert(database->connection().driver(), database.get());
    }
    if (Status prepared = database->prepare(version); !prepared)
        return R::failure(prepared.error());
    return database;
}

Result<std::shared_ptr<Database>> Database::openAtVersion(const QString &path, int version)
{
    return openFile(path, Creation::CreateFileAndFolder, version);
}

Result<std::shared_ptr<Database>> Database::openFile(const QString &path, Creation creation,
                                                     int version)
{
    using R = Result<std::shared_ptr<Database>>;
    if (path.isEmpty())
        return R::failure(tr("No database file was given."));

    QFileInfo info(path);
    if (info.exists()) {
        if (!info.isFile())
            return R::failure(tr("\"%1\" is not a file.").arg(path));
        QFile header(path);
        if (!header.open(QIODevice::ReadOnly)) {
            qCWarning(lcStorage) << "cannot read" << path << header.errorString();
            return R::failure(
                tr("The database file \"%1\" cannot be read (no permission to read it).")
                    .arg(path));
        }
        // An empty file is what we create ourselves; anything else must be SQLite.
        const QByteArray head = header.read(16);
        if (!head.isEmpty() && !head.startsWith(kSqliteMagic))
            return R::failure(tr("\"%1\" is not an Empfang database or is damaged. "
                                 "The file was left unchanged; restore it from a backup.")
                                  .arg(path));
    } else {
        if (creation == Creation::MustExist ||
            (creation == Creation::CreateFile && !info.absoluteDir().exists()))
            return R::failure(StorageFaults::message(StorageFault::Missing, path));
        if (!info.absoluteDir().exists() && !info.absoluteDir().mkpath(QStringLiteral(".")))
            return R::failure(tr("The folder for the database \"%1\" cannot be created.")
                                  .arg(info.absolutePath()));
        // Create the file ourselves so it is private (0600) before any data is in it. NewOnly
        // (O_EXCL): if another process created it a moment ago, we open theirs and must not
        // truncate what it may already have written.
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        } else if (!QFileInfo::exists(path)) {
            qCWarning(lcStorage) << "cannot create" << path << file.errorString();
            const bool writable = QFileInfo(info.absolutePath()).isWritable();
            return R::failure(writable
                                  ? tr("The database file \"%1\" cannot be created.").arg(path)
                                  : tr("The database file \"%1\" cannot be created: the folder is "
                                       "read-only.")
                                        .arg(path));
        }
    }

    // Before SQLite sees the file: a restore running in another process holds it exclusively.
    auto processLock = DatabaseLock::shared(path);
    if (!processLock)
        return R::failure(processLock.error());

    installSqliteLog();
    const QString name = QStringLiteral("empfang-") + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        setSqliteFile(db, path);
    }
    std::shared_ptr<Database> database(new Database(path, name));
    if (!database->connection().open()) {
        database->recordFault(database->connection().lastError(), "open");
        return R::failure(database->lastFailure());
    }
    {
        QMutexLocker lock(&g_registryMutex);
        registry().insert(database->connection().driver(), database.get());
    }
    {
        QMutexLocker locker(&processLocksMutex);
        processLocks.insert(database.get(), processLock.value());
    }
    if (Status prepared = database->prepare(version); !prepared)
        return R::failure(prepared.error());
    return database;
}

void Database::setCheckpointOnClose(bool on)
{
    if (sqlite3 *handle = sqliteHandle(connection()))
        sqlite3_db_config(handle, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, on ? 0 : 1, nullptr);
}

Status Database::prepare(int targetVersion)
{
    if (m_dialect == SqlDialect::PostgreSQL) {
        const Result<int> current = checkSchema();
        if (!current)
            return Status::failure(current.error());
        if (current.value() == 0 && !m_mayCreateSchema)
            return Status::failure(
                tr("The database %1 holds no Empfang data yet. Set up the practice first (in "
                   "the program, or with \"empfang-cli practitioner add\"), or move an existing "
                   "practice there with \"empfang-cli db copy\". Nothing was changed.")
                    .arg(m_displayName));
        QSqlQuery q(connection());
        // A hot standby (or a role limited to reading) can show the week but not book.
        m_readOnly = q.exec(QStringLiteral("SHOW transaction_read_only")) && q.next() &&
                     q.value(0).toString() == QLatin1String("on");
        if (m_readOnly && current.value() < targetVersion)
            return Status::failure(tr("The database %1 must be updated for this version of "
                                      "Empfang, but it is read-only. It was left unchanged.")
                                       .arg(m_displayName));
        if (current.value() < targetVersion)
            return migrate(targetVersion);
        return success();
    }
    // Until we know the file is ours, closing must not checkpoint a WAL with content (e.g. the
    // last writes of a crashed newer Empfang) into it: a refused file stays byte-identical.
    // Without content, SQLite's close writes nothing into the file and removes the -wal/-shm
    // it created itself — unless another connection still uses them. We never remove them:
    // an earlier read-only probe did, and destroyed other processes' committed bookings.
    const bool walHasContent = QFileInfo(m_path + QStringLiteral("-wal")).size() > 0;
    if (walHasContent)
        setCheckpointOnClose(false);
    const Result<int> current = checkSchema();
    if (!current)
        return Status::failure(current.error());
    setCheckpointOnClose(true);

    sqlite3 *handle = sqliteHandle(connection());
    m_readOnly = handle && sqlite3_db_readonly(handle, "main") == 1;
    QSqlQuery q(connection());
    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (m_readOnly) {
        qCWarning(lcStorage) << "database is read-only:" << m_path;
        if (current.value() < targetVersion)
            return Status::failure(
                tr("The database \"%1\" must be updated for this version of Empfang, but it is "
                   "read-only (no write permission or a read-only drive). It was left "
                   "unchanged.")
                    .arg(m_path));
        return success();
    }
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        recordFault(q.lastError(), "PRAGMA journal_mode");
    // FULL: every commit is on the disk (the WAL fsynced) before we say "gebucht". NORMAL
    // would survive a crash of Empfang but could lose the last bookings on a power cut.
    q.exec(QStringLiteral("PRAGMA synchronous = FULL"));
    if (current.value() < targetVersion)
        return migrate(targetVersion);
    return success();
}

bool Database::damageSuspected() const
{
    return m_damaged || g_corruptionReports != m_corruptionReportsSeen;
}

Status Database::checkIntegrity()
{
    if (m_dialect == SqlDialect::PostgreSQL)
        return success(); // the server checks its own pages
    m_corruptionReportsSeen = g_corruptionReports;
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
    Database *db = nullptr;
    {
        QMutexLocker lock(&g_registryMutex);
        db = registry().value(query.driver());
    }
    if (!db || db->m_depth > 0)
        return true; // inside a transaction beginWrite() has checked already
    if (!db->m_readOnly && !db->m_damaged &&
        (!db->m_integrityChecked || g_corruptionReports != db->m_corruptionReportsSeen))
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
    if (!m_damaged && (!m_integrityChecked || g_corruptionReports != m_corruptionReportsSeen))
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
