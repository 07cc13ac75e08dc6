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
    case StorageFault::Failed:
        break;
    }
    return tr("The database could not be read or written. Nothing was changed. The details are "
              "in the log file.");
}

} // namespace empfang
