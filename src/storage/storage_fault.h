#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlError;

namespace empfang {

/// Why the database could not be read or written. Each cause has its own sentence, because
/// each asks for a different action: a locked file means "try again", a full disk means "make
/// room", a damaged file means "restore the backup" — advice that would overwrite good data
/// if it were given for a full disk or a read-only share.
enum class StorageFault {
    None,
    Locked,   // another desk or program holds the write lock longer than we wait (5 s)
    Full,     // no space left on the drive
    ReadOnly, // no write permission or a read-only file system
    Missing,  // the file (or its folder) does not exist
    Damaged,  // SQLITE_CORRUPT / SQLITE_NOTADB or a failed quick_check
    Failed,   // any other I/O error; details in the log only
    // PostgreSQL only:
    Unreachable, // the database server cannot be reached (network, server stopped)
    Taken,       // the server's exclusion constraint refused an overlapping booking
};

class StorageFaults
{
    Q_DECLARE_TR_FUNCTIONS(StorageFaults)
public:
    /// The cause behind a Qt SQL error of the SQLite driver (its native code).
    static StorageFault classify(const QSqlError &error);
    /// The same for the PostgreSQL driver (SQLSTATE, or libpq's text for a lost connection).
    static StorageFault classifyServer(const QSqlError &error);
    /// The same for a raw SQLite result code (primary or extended).
    static StorageFault classify(int sqliteCode);
    /// The German sentence for the user; `path` names the file where that helps.
    static QString message(StorageFault fault, const QString &path = QString());
};

} // namespace empfang
