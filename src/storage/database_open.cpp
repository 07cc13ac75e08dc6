// Database, how a database is opened: a SQLite file (created private, checked to be SQLite,
// shared with a restore through DatabaseLock, WAL and synchronous = FULL) or a PostgreSQL
// server, then brought to the current schema (database_schema.cpp). Split from database.cpp
// only to keep each file readable in one sitting.
#include "database.h"

#include "database_address.h"
#include "database_lock.h"
#include "database_registry.h"
#include "logging.h"
#include "sqlite_handle.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace empfang {

namespace {

constexpr auto kSqliteMagic = "SQLite format 3";

} // namespace

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
    DatabaseRegistry::add(database->connection().driver(), database.get());
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

    DatabaseRegistry::installSqliteLog();
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
    waitBrieflyForLocks(sqliteHandle(database->connection()));
    DatabaseRegistry::add(database->connection().driver(), database.get());
    DatabaseRegistry::hold(database.get(), processLock.value());
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

} // namespace empfang
