#include "database_backup.h"

#include "database.h"
#include "database_lock.h"
#include "logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <QUuid>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include <functional>

namespace empfang {

namespace {

constexpr int kBusyTimeoutMs = 5000;
constexpr char kSqliteMagic[] = "SQLite format 3";
constexpr int kLoggedProblems = 20;

// One SQLite connection of our own, closed on scope exit.
class Connection
{
public:
    Connection() = default;
    ~Connection()
    {
        if (m_db)
            sqlite3_close_v2(m_db);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    // The live database: read-write but never created here (a missing file stays missing).
    bool openLive(const QString &path, bool create = false)
    {
        const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0);
        return open(QFile::encodeName(path), flags);
    }
    // A backup file: read-only and immutable, so SQLite creates no -wal/-shm beside it and a
    // backup on a read-only share can be checked and restored as it is.
    bool openBackup(const QString &path)
    {
        const QByteArray uri =
            "file:" + QUrl::toPercentEncoding(QFileInfo(path).absoluteFilePath(), "/") +
            "?mode=ro&immutable=1";
        return open(uri, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI);
    }

    sqlite3 *handle() const { return m_db; }
    QString error() const
    {
        return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("no connection");
    }
    int errorCode() const { return m_db ? sqlite3_errcode(m_db) : SQLITE_CANTOPEN; }

    // Runs `sql` with text parameters; `row` sees every result row. Returns the SQLite code.
    int run(const QByteArray &sql, const QStringList &params = {},
            const std::function<void(sqlite3_stmt *)> &row = {})
    {
        sqlite3_stmt *stmt = nullptr;
        int rc = sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &stmt, nullptr);
        if (rc != SQLITE_OK)
            return rc;
        for (int i = 0; i < params.size(); ++i) {
            const QByteArray text = params.at(i).toUtf8();
            sqlite3_bind_text(stmt, i + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        }
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            if (row)
                row(stmt);
        }
        sqlite3_finalize(stmt);
        return rc == SQLITE_DONE ? SQLITE_OK : rc;
    }

private:
    bool open(const QByteArray &name, int flags)
    {
        const int rc = sqlite3_open_v2(name.constData(), &m_db, flags, nullptr);
        if (rc == SQLITE_OK)
            sqlite3_busy_timeout(m_db, kBusyTimeoutMs);
        return rc == SQLITE_OK;
    }

    sqlite3 *m_db = nullptr;
};

QString text(sqlite3_stmt *stmt, int column)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, column)));
}

bool looksLikeSqlite(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray(kSqliteMagic, sizeof kSqliteMagic);
}

// fsync of a file or a folder, so a backup that we report as written survives a power cut.
bool syncToDisk(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

enum class Found { Ours, Damaged, Foreign, Newer };

// integrity_check first: on a damaged file every other answer may be wrong.
Found examine(Connection &c, const QString &path, DatabaseReport &report)
{
    QStringList problems;
    const int rc = c.run("PRAGMA integrity_check", {}, [&](sqlite3_stmt *s) {
        const QString line = text(s, 0);
        if (line != QLatin1String("ok"))
            problems << line;
    });
    if (rc != SQLITE_OK) {
        qCWarning(lcStorage) << "integrity_check of" << path << "failed:" << c.error();
        problems << c.error();
    }
    report.problems = int(problems.size());
    report.healthy = problems.isEmpty();
    for (const QString &line : problems.mid(0, kLoggedProblems))
        qCWarning(lcStorage) << "integrity_check" << path << ":" << line;
    if (!report.healthy)
        return Found::Damaged;

    QStringList tables;
    c.run("SELECT name FROM sqlite_master WHERE type = 'table'", {},
          [&](sqlite3_stmt *s) { tables << text(s, 0); });
    if (!tables.contains(QStringLiteral("schema_version")))
        return Found::Foreign;
    c.run("SELECT version FROM schema_version", {},
          [&](sqlite3_stmt *s) { report.schemaVersion = sqlite3_column_int(s, 0); });
    if (report.schemaVersion > Database::latestVersion())
        return Found::Newer;
    const auto count = [&](const char *table, qint64 &into) {
        if (tables.contains(QLatin1String(table)))
            c.run(QByteArray("SELECT count(*) FROM ") + table, {},
                  [&](sqlite3_stmt *s) { into = sqlite3_column_int64(s, 0); });
    };
    count("appointments", report.appointments);
    count("patients", report.patients);
    count("practitioners", report.practitioners);
    return Found::Ours;
}

// VACUUM INTO rather than the online backup API: it reads the whole database in one read
// transaction (a consistent snapshot; in WAL mode the other desks keep booking meanwhile),
// walks every b-tree (a damaged source fails here instead of being copied page by page), and
// writes a compact file. It only writes into a missing or empty file, so pre-creating the
// target empty with O_EXCL gives us both mode 0600 and "never overwrite".
Status vacuumInto(const QString &dbPath, const QString &target)
{
    Connection live;
    if (!live.openLive(dbPath))
        return Status::failure(
            DatabaseBackup::tr("The database \"%1\" cannot be opened.").arg(dbPath));
    if (const int rc = live.run("VACUUM INTO ?", {target}); rc != SQLITE_OK) {
        qCWarning(lcStorage) << "VACUUM INTO" << target << "failed:" << live.error();
        const int primary = rc & 0xff;
        if (primary == SQLITE_FULL)
            return Status::failure(DatabaseBackup::tr(
                "The storage space for the backup is full. Nothing was written; free some space "
                "or choose another folder."));
        if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
            return Status::failure(
                DatabaseBackup::tr("The database \"%1\" is damaged and cannot be backed up. "
                                   "Restore the latest good backup (empfang-cli db restore).")
                    .arg(dbPath));
        if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
            return Status::failure(DatabaseBackup::tr(
                "The database is in use by another workstation or program — please try again "
                "in a moment."));
        return Status::failure(
            DatabaseBackup::tr("The backup could not be written to \"%1\".").arg(target));
    }
    // The copy keeps the journal mode of the source in its header; a backup is a plain file
    // that must open without -wal/-shm, so it is switched to the rollback journal.
    Connection copy;
    if (!copy.openLive(target) || copy.run("PRAGMA journal_mode = DELETE") != SQLITE_OK) {
        qCWarning(lcStorage) << "journal mode of" << target << ":" << copy.error();
        return Status::failure(
            DatabaseBackup::tr("The backup could not be written to \"%1\".").arg(target));
    }
    return success();
}

// Creates `path` empty with mode 0600; fails if it exists.
bool createPrivate(const QString &path)
{
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    ::close(fd);
    return true;
}

// The replaced database, kept before a restore: a consistent copy if SQLite can still read it,
// else the file bytes (and those of its -wal, copied — never moved) as they are.
Status keepCopy(const QString &dbPath, const QString &kept)
{
    if (!createPrivate(kept))
        return Status::failure(QString());
    if (vacuumInto(dbPath, kept))
        return success();
    QFile::remove(kept);
    qCWarning(lcStorage) << "keeping" << dbPath << "byte for byte (SQLite cannot read it)";
    if (!QFile::copy(dbPath, kept))
        return Status::failure(QString());
    QFile::setPermissions(kept, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QString wal = dbPath + QStringLiteral("-wal");
    if (QFileInfo(wal).size() > 0) {
        if (!QFile::copy(wal, kept + QStringLiteral("-wal")))
            return Status::failure(QString());
        QFile::setPermissions(kept + QStringLiteral("-wal"),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    return success();
}

// Through the online backup API into the live file rather than renaming files: SQLite writes
// every page inside one write transaction (all or nothing) and keeps its own -wal and -shm
// consistent, so no stale -wal of the old file can ever be applied to the new content.
// Returns the SQLite result code; the connections are closed when it returns.
int copyInto(const QString &backupPath, const QString &dbPath)
{
    Connection source;
    Connection target;
    if (!source.openBackup(backupPath) || !target.openLive(dbPath)) {
        qCWarning(lcStorage) << "restore: cannot open" << source.error() << target.error();
        return SQLITE_CANTOPEN;
    }
    sqlite3_backup *backup = sqlite3_backup_init(target.handle(), "main", source.handle(), "main");
    if (!backup) {
        qCWarning(lcStorage) << "restore into" << dbPath << "failed:" << target.error();
        return target.errorCode();
    }
    const int stepped = sqlite3_backup_step(backup, -1);
    const int finished = sqlite3_backup_finish(backup);
    const int rc = stepped == SQLITE_DONE ? finished : stepped;
    if (rc != SQLITE_OK)
        qCWarning(lcStorage) << "restore into" << dbPath << "failed:" << rc << target.error();
    return rc;
}

} // namespace

Result<DatabaseReport> DatabaseBackup::write(const QString &dbPath, const QString &outPath)
{
    using R = Result<DatabaseReport>;
    if (!QFileInfo(dbPath).isFile() || QFileInfo(dbPath).size() == 0)
        return R::failure(
            tr("The database \"%1\" does not exist; there is nothing to back up.").arg(dbPath));
    const QFileInfo out(outPath);
    if (out.exists() || out.isSymLink())
        return R::failure(tr("The file \"%1\" already exists. A backup never overwrites a file; "
                             "choose a new name.")
                              .arg(outPath));
    if (!out.absoluteDir().exists())
        return R::failure(tr("The folder \"%1\" does not exist.").arg(out.absolutePath()));
    // Written under a hidden temporary name and renamed only after the check, so a file with
    // the backup's name is always a complete, verified backup (the GUI's rotation relies on it).
    const QString temp = out.absoluteDir().filePath(
        QStringLiteral(".%1.part-%2")
            .arg(out.fileName(), QUuid::createUuid().toString(QUuid::Id128).left(8)));
    if (!createPrivate(temp)) {
        qCWarning(lcStorage) << "cannot create" << temp << ":" << std::strerror(errno);
        return R::failure(
            tr("The backup cannot be written into the folder \"%1\" (no permission?).")
                .arg(out.absolutePath()));
    }
    const auto fail = [&](const QString &message) {
        QFile::remove(temp);
        return R::failure(message);
    };
    if (Status written = vacuumInto(dbPath, temp); !written)
        return fail(written.error());
    if (!syncToDisk(temp))
        return fail(tr("The backup could not be written to \"%1\".").arg(outPath));
    auto checked = verify(temp);
    if (!checked)
        return fail(tr("The backup failed its check after writing and was deleted. Check the "
                       "database with \"empfang-cli db check\"."));
    if (QFileInfo::exists(outPath) || !QFile::rename(temp, outPath))
        return fail(tr("The file \"%1\" already exists. A backup never overwrites a file; "
                       "choose a new name.")
                        .arg(outPath));
    syncToDisk(out.absolutePath());
    qCInfo(lcStorage) << "backup written:" << outPath;
    return checked;
}

Result<DatabaseReport> DatabaseBackup::verify(const QString &path)
{
    using R = Result<DatabaseReport>;
    const QFileInfo info(path);
    if (!info.exists())
        return R::failure(tr("The backup file \"%1\" does not exist.").arg(path));
    if (!info.isFile() || !info.isReadable())
        return R::failure(tr("The backup file \"%1\" cannot be read.").arg(path));
    if (!looksLikeSqlite(path))
        return R::failure(
            tr("\"%1\" is not a backup of Empfang (it is not an SQLite database file).").arg(path));
    Connection c;
    if (!c.openBackup(path)) {
        qCWarning(lcStorage) << "cannot open backup" << path << ":" << c.error();
        return R::failure(tr("The backup file \"%1\" cannot be read.").arg(path));
    }
    DatabaseReport report;
    switch (examine(c, path, report)) {
    case Found::Ours:
        if (report.schemaVersion == 0)
            break;
        return report;
    case Found::Damaged:
        return R::failure(tr("The backup \"%1\" is damaged (the integrity check found %n "
                             "problem(s)) and cannot be restored. Choose an older backup.",
                             nullptr, report.problems)
                              .arg(path));
    case Found::Foreign:
        break;
    case Found::Newer:
        return R::failure(tr("The backup \"%1\" was written by a newer version of Empfang "
                             "(schema %2; this version knows up to %3). Install the newer "
                             "version to restore it.")
                              .arg(path)
                              .arg(report.schemaVersion)
                              .arg(Database::latestVersion()));
    }
    return R::failure(
        tr("\"%1\" is an SQLite database of another program, not a backup of Empfang.").arg(path));
}

Result<DatabaseReport> DatabaseBackup::inspect(const QString &dbPath)
{
    using R = Result<DatabaseReport>;
    if (!QFileInfo(dbPath).isFile())
        return R::failure(tr("The database \"%1\" does not exist.").arg(dbPath));
    Connection c;
    if (!c.openLive(dbPath)) {
        qCWarning(lcStorage) << "cannot open" << dbPath << ":" << c.error();
        return R::failure(tr("The database \"%1\" cannot be opened.").arg(dbPath));
    }
    DatabaseReport report;
    switch (examine(c, dbPath, report)) {
    case Found::Ours:
    case Found::Newer:
    case Found::Damaged:
        return report;
    case Found::Foreign:
        break;
    }
    return R::failure(tr("\"%1\" is a database of another program, not of Empfang.").arg(dbPath));
}

Result<QString> DatabaseBackup::restore(const QString &backupPath, const QString &dbPath,
                                        const QDateTime &now)
{
    using R = Result<QString>;
    if (auto checked = verify(backupPath); !checked)
        return R::failure(checked.error());
    auto lock = DatabaseLock::exclusive(dbPath);
    if (!lock)
        return R::failure(lock.error());

    QString kept;
    bool created = false;
    if (QFileInfo(dbPath).isFile() && QFileInfo(dbPath).size() > 0) {
        const QString stem = dbPath + QStringLiteral(".before-restore-") +
                             now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
        kept = stem;
        for (int n = 2; QFileInfo::exists(kept); ++n)
            kept = stem + QStringLiteral("-%1").arg(n);
        if (!keepCopy(dbPath, kept)) {
            // Only our own half-written copy goes: `kept` and the raw copy of the live WAL that
            // keepCopy() wrote beside it. No connection has ever opened them; the live
            // database's own -wal/-shm are not touched.
            QFile::remove(kept);
            QFile::remove(kept + QStringLiteral("-wal"));
            return R::failure(tr("The current database could not be kept as \"%1\" (full or "
                                 "write-protected?), so nothing was restored or changed.")
                                  .arg(kept));
        }
        syncToDisk(kept);
    } else if (!QFileInfo::exists(dbPath)) {
        if (!createPrivate(dbPath))
            return R::failure(tr("The database file \"%1\" cannot be created.").arg(dbPath));
        created = true;
    }
    const auto fail = [&](const QString &message) {
        if (created) // "nothing changed" includes not leaving an empty database behind
            QFile::remove(dbPath);
        return R::failure(message);
    };

    const int rc = copyInto(backupPath, dbPath);
    if (rc != SQLITE_OK) {
        const int primary = rc & 0xff;
        if (primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT)
            return fail(
                tr("The damaged database \"%1\" cannot be overwritten in place. Move the file "
                   "to another folder (a copy is kept as \"%2\") and run the restore again.")
                    .arg(dbPath, kept));
        if (primary == SQLITE_FULL)
            return fail(tr("The storage space is full; the backup could not be restored "
                           "and the database is unchanged."));
        if (primary == SQLITE_READONLY)
            return fail(tr("The database \"%1\" is write-protected; the backup could not "
                           "be restored and the database is unchanged.")
                            .arg(dbPath));
        return fail(tr("The backup could not be restored; the database is unchanged."));
    }
    DatabaseReport after;
    Connection restored;
    if (!restored.openLive(dbPath) || examine(restored, dbPath, after) != Found::Ours)
        return R::failure(tr("The restored database failed its check. The previous database "
                             "is kept as \"%1\".")
                              .arg(kept));
    qCInfo(lcStorage) << "restored" << dbPath << "from" << backupPath << "kept" << kept;
    return kept;
}

} // namespace empfang
