#include "storage_fault.h"

#include <QSqlError>

#include <sqlite3.h>

namespace empfang {

StorageFault StorageFaults::classify(const QSqlError &error)
{
    if (error.type() == QSqlError::NoError)
        return StorageFault::None;
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? classify(code) : StorageFault::Failed;
}

StorageFault StorageFaults::classifyServer(const QSqlError &error)
{
    if (error.type() == QSqlError::NoError)
        return StorageFault::None;
    const QString state = error.nativeErrorCode();
    // https://www.postgresql.org/docs/15/errcodes-appendix.html
    if (state == QLatin1String("23P01"))
        return StorageFault::Taken;
    if (state == QLatin1String("55P03") || state == QLatin1String("40001") ||
        state == QLatin1String("40P01") || state == QLatin1String("57014"))
        return StorageFault::Locked;
    if (state.startsWith(QLatin1String("53")))
        return StorageFault::Full;
    if (state == QLatin1String("25006") || state == QLatin1String("42501"))
        return StorageFault::ReadOnly;
    if (state == QLatin1String("XX001") || state == QLatin1String("XX002"))
        return StorageFault::Damaged;
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")))
        return StorageFault::Unreachable;
    // A connection that broke has no SQLSTATE: libpq only says so in words.
    if (error.type() == QSqlError::ConnectionError ||
        (state.isEmpty() && (error.databaseText().contains(QLatin1String("connection")) ||
                             error.databaseText().contains(QLatin1String("Verbindung")))))
        return StorageFault::Unreachable;
    return StorageFault::Failed;
}

StorageFault StorageFaults::classify(int sqliteCode)
{
    switch (sqliteCode & 0xff) { // extended codes keep the primary code in the low byte
    case SQLITE_OK:
    case SQLITE_ROW:
    case SQLITE_DONE:
        return StorageFault::None;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return StorageFault::Locked;
    case SQLITE_FULL:
        return StorageFault::Full;
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return StorageFault::ReadOnly;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return StorageFault::Damaged;
    default:
        return StorageFault::Failed;
    }
}

QString StorageFaults::message(StorageFault fault, const QString &path)
{
    switch (fault) {
    case StorageFault::None:
        return QString();
    case StorageFault::Locked:
        return tr("The database is in use by another desk or program. Please try again in a "
                  "moment. Nothing was changed.");
    case StorageFault::Full:
        return tr("The disk holding the database is full. Nothing was changed. Please free up "
                  "space (ask the practice's IT); the database itself is intact.");
    case StorageFault::ReadOnly:
        return tr("The database is read-only (no write permission or a read-only drive). "
                  "Appointments can be looked at but not changed.");
    case StorageFault::Missing:
        return tr("The database file \"%1\" does not exist. Please check the path (--db or "
                  "EMPFANG_DB) and whether the drive or share is connected.")
            .arg(path);
    case StorageFault::Damaged:
        return tr("The database \"%1\" is damaged. Empfang no longer writes to it so that "
                  "nothing more is lost; the file was left unchanged. Please restore the latest "
                  "backup (menu Datensicherung › Wiederherstellen… or empfang-cli db restore).")
            .arg(path);
    case StorageFault::Unreachable:
        return tr("The database server%1 cannot be reached. Nothing was changed. Please check "
                  "the network and whether the database server is running.")
            .arg(path.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(path));
    case StorageFault::Taken:
        return tr("This time has been booked meanwhile at another desk. Nothing was booked or "
                  "changed – please choose another time.");
    case StorageFault::Failed:
        break;
    }
    return tr("The database could not be read or written. Nothing was changed. The details are "
              "in the log file.");
}

} // namespace empfang
