#include "database.h"

#include "database_lock.h"
#include "logging.h"
#include "migrations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace empfang {

namespace {

constexpr auto kSqliteMagic = "SQLite format 3";

// The shared DatabaseLock of each open Database, released with it (a restore waits for it).
// Kept here rather than as a member so that database.h, included almost everywhere, stays as
// it is.
QMutex processLocksMutex;
QHash<const Database *, DatabaseLock::Handle> processLocks;

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    {
        QMutexLocker locker(&processLocksMutex);
        processLocks.remove(this);
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
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

QString Database::queryFailed(const QString &technical)
{
    qCWarning(lcStorage) << "query failed:" << technical;
    return tr("The database could not be read or written (%1). Nothing was changed.")
        .arg(technical);
}

Result<std::shared_ptr<Database>> Database::open(const QString &path)
{
    return openAtVersion(path, latestVersion());
}

Result<std::shared_ptr<Database>> Database::openAtVersion(const QString &path, int version)
{
    using R = Result<std::shared_ptr<Database>>;
    if (path.isEmpty())
        return R::failure(tr("No database file was given."));

    QFileInfo info(path);
    if (info.exists()) {
        if (!info.isFile())
            return R::failure(tr("\"%1\" is not a file.").arg(path));
        QFile probe(path);
        if (!probe.open(QIODevice::ReadOnly))
            return R::failure(tr("The database file \"%1\" cannot be opened: %2.")
                                  .arg(path, probe.errorString()));
        // An empty file is what we create ourselves; anything else must be SQLite.
        const QByteArray head = probe.read(16);
        if (!head.isEmpty() && !head.startsWith(kSqliteMagic))
            return R::failure(tr("\"%1\" is not an Empfang database or is damaged. "
                                 "The file was left unchanged; restore it from a backup.")
                                  .arg(path));
    } else {
        if (!info.absoluteDir().exists() && !info.absoluteDir().mkpath(QStringLiteral(".")))
            return R::failure(tr("The folder for the database \"%1\" cannot be created.")
                                  .arg(info.absolutePath()));
        // Create the file ourselves so it is private (0600) before any data is in it.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return R::failure(tr("The database file \"%1\" cannot be created: %2.")
                                  .arg(path, file.errorString()));
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    // Before SQLite sees the file: a restore running in another process holds it exclusively.
    auto processLock = DatabaseLock::shared(path);
    if (!processLock)
        return R::failure(processLock.error());

    if (info.exists() && info.size() > 0) {
        if (Status probed = probeReadOnly(path); !probed)
            return R::failure(probed.error());
    }

    const QString name = QStringLiteral("empfang-") + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    std::shared_ptr<Database> database(new Database(path, name));
    {
        QMutexLocker locker(&processLocksMutex);
        processLocks.insert(database.get(), processLock.value());
    }
    if (!database->connection().open())
        return R::failure(tr("The database file \"%1\" cannot be opened: %2.")
                              .arg(path, database->connection().lastError().text()));
    if (Status prepared = database->prepare(version); !prepared)
        return R::failure(prepared.error());
    return database;
}

Status Database::probeReadOnly(const QString &path)
{
    // The refusal checks run on a read-only connection first. A read-write connection that
    // closes last checkpoints a leftover -wal (e.g. from a crashed newer Empfang) into the main
    // file, which would change a file we promise to leave alone.
    const QString wal = path + QStringLiteral("-wal");
    const QString shm = path + QStringLiteral("-shm");
    const bool hadWal = QFileInfo::exists(wal);
    const bool hadShm = QFileInfo::exists(shm);
    Result<int> version = 0;
    {
        Database probe(path, QStringLiteral("empfang-probe-") +
                                 QUuid::createUuid().toString(QUuid::Id128));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probe.m_connectionName);
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        }
        if (!probe.connection().open())
            return Status::failure(tr("The database file \"%1\" cannot be opened: %2.")
                                       .arg(path, probe.connection().lastError().text()));
        version = probe.checkSchema();
    }
    // A read-only connection to a WAL database creates -wal/-shm but cannot remove them. If they
    // were not there before, no other connection was using them (a live WAL connection always
    // has both): take back what we left.
    if (!hadWal && QFileInfo(wal).size() == 0)
        QFile::remove(wal);
    if (!hadShm)
        QFile::remove(shm);
    return version ? success() : Status::failure(version.error());
}

Result<int> Database::checkSchema() const
{
    using R = Result<int>;
    QSqlQuery q(connection());
    // Reading sqlite_master is the first thing that fails on a damaged file; nothing has been
    // written yet, so a refusal leaves the file exactly as it was.
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
        return R::failure(tr("\"%1\" is not an Empfang database or is damaged. "
                             "The file was left unchanged; restore it from a backup.")
                              .arg(m_path));
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();

    int current = 0;
    if (tables.contains(QStringLiteral("schema_version"))) {
        current = schemaVersion();
    } else if (!tables.isEmpty()) {
        return R::failure(
            tr("\"%1\" is a database of another program, not of Empfang. It was left unchanged.")
                .arg(m_path));
    }
    if (current > latestVersion())
        return R::failure(tr("The database \"%1\" was written by a newer version of Empfang "
                             "(schema %2; this version knows up to %3). Please install the "
                             "newer version. The file was left unchanged.")
                              .arg(m_path)
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

Status Database::prepare(int targetVersion)
{
    const Result<int> current = checkSchema();
    if (!current)
        return Status::failure(current.error());

    QSqlQuery q(connection());
    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    if (current.value() < targetVersion)
        return migrate(current.value(), targetVersion);
    return success();
}

Status Database::migrate(int from, int to)
{
    WriteTransaction tx(*this);
    if (!tx.started())
        return Status::failure(queryFailed(connection().lastError().text()));
    QSqlQuery q(connection());
    if (from == 0) {
        if (!q.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)")) ||
            !q.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (0)")))
            return Status::failure(queryFailed(q.lastError().text()));
    }
    const auto &steps = migrationSteps();
    for (int v = from; v < to; ++v) {
        for (const QString &sql : steps.at(v)) {
            if (!q.exec(sql))
                return Status::failure(queryFailed(q.lastError().text()));
        }
        qCInfo(lcStorage) << "migrated database to schema" << v + 1;
    }
    q.prepare(QStringLiteral("UPDATE schema_version SET version = ?"));
    q.addBindValue(to);
    if (!q.exec() || !tx.commit())
        return Status::failure(queryFailed(q.lastError().text()));
    return success();
}

bool Database::beginWrite()
{
    if (m_depth > 0) {
        ++m_depth;
        return true;
    }
    QSqlQuery q(connection());
    const bool sqlite = connection().driverName() == QLatin1String("QSQLITE");
    if (!q.exec(sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"))) {
        qCWarning(lcStorage) << "cannot begin transaction:" << q.lastError().text();
        return false;
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
    qCWarning(lcStorage) << "commit failed:" << q.lastError().text();
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
