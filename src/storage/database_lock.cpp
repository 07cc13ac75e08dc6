#include "database_lock.h"

#include "logging.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace empfang {

namespace {

constexpr int kWaitForRestoreMs = 5000;

struct Entry
{
    int fd = -1;
    int sharedHolders = 0;
    bool exclusive = false;
    QString dbPath; // as first given: the lock file's name is made from it
};

QMutex &registryMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, Entry> &registry()
{
    static QHash<QString, Entry> entries;
    return entries;
}

QString keyOf(const QString &dbPath)
{
    const QFileInfo info(dbPath);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

bool tryLock(int fd, int operation)
{
    int rc = 0;
    do {
        rc = ::flock(fd, operation | LOCK_NB);
    } while (rc != 0 && errno == EINTR);
    return rc == 0;
}

enum class Opened { Locked, Busy, NoFile };

// Opens the lock file and locks it with `operation`. The last process to let go deletes the
// file (see closeLockFile), so after locking we check that the name still points at the file
// we locked; if it was deleted meanwhile we start again on the new one.
Opened openLocked(const QString &dbPath, int operation, int *fdOut)
{
    const QByteArray path = QFile::encodeName(DatabaseLock::lockPath(dbPath));
    for (int attempt = 0; attempt < 100; ++attempt) {
        int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (fd < 0) // a read-only folder with an existing lock file: flock() works on O_RDONLY
            fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            qCWarning(lcStorage) << "no lock file beside" << dbPath << ":" << std::strerror(errno);
            return Opened::NoFile;
        }
        if (!tryLock(fd, operation)) {
            ::close(fd);
            return Opened::Busy;
        }
        struct stat locked = {};
        struct stat named = {};
        if (::fstat(fd, &locked) == 0 && ::stat(path.constData(), &named) == 0 &&
            locked.st_dev == named.st_dev && locked.st_ino == named.st_ino) {
            *fdOut = fd;
            return Opened::Locked;
        }
        ::close(fd);
    }
    return Opened::Busy;
}

// Lets go of the lock; whoever is last removes the file, so a closed database leaves nothing
// of ours beside it.
void closeLockFile(const QString &dbPath, int fd)
{
    if (tryLock(fd, LOCK_EX))
        ::unlink(QFile::encodeName(DatabaseLock::lockPath(dbPath)).constData());
    ::close(fd);
}

void releaseShared(const QString &key)
{
    QMutexLocker locker(&registryMutex());
    auto it = registry().find(key);
    if (it == registry().end() || --it->sharedHolders > 0 || it->exclusive)
        return;
    closeLockFile(it->dbPath, it->fd);
    registry().erase(it);
}

// Gives back what exclusive() took: the shared lock of this process's own holders, if any.
void releaseExclusive(const QString &key)
{
    QMutexLocker locker(&registryMutex());
    auto it = registry().find(key);
    if (it == registry().end())
        return;
    it->exclusive = false;
    if (it->sharedHolders > 0) {
        ::flock(it->fd, LOCK_SH);
    } else {
        closeLockFile(it->dbPath, it->fd);
        registry().erase(it);
    }
}

} // namespace

QString DatabaseLock::lockPath(const QString &dbPath)
{
    return dbPath + QStringLiteral(".empfang-lock");
}

Result<DatabaseLock::Handle> DatabaseLock::shared(const QString &dbPath)
{
    const QString key = keyOf(dbPath);
    const QDeadlineTimer deadline(kWaitForRestoreMs);
    for (;;) {
        {
            QMutexLocker locker(&registryMutex());
            auto it = registry().find(key);
            if (it != registry().end() && !it->exclusive) {
                ++it->sharedHolders;
                return Handle(nullptr, [key](void *) { releaseShared(key); });
            }
            if (it == registry().end()) {
                int fd = -1;
                switch (openLocked(dbPath, LOCK_SH, &fd)) {
                case Opened::Locked:
                    registry().insert(key, Entry{fd, 1, false, dbPath});
                    return Handle(nullptr, [key](void *) { releaseShared(key); });
                case Opened::NoFile:
                    return Handle(); // see the header: reading must still work
                case Opened::Busy:
                    break;
                }
            }
        }
        // Held exclusively: a restore is running (in another process or in this one).
        if (deadline.hasExpired())
            return Result<Handle>::failure(
                tr("The database \"%1\" is being restored from a backup right now. Please try "
                   "again in a minute.")
                    .arg(dbPath));
        QThread::msleep(50);
    }
}

Result<DatabaseLock::Handle> DatabaseLock::exclusive(const QString &dbPath)
{
    const QString key = keyOf(dbPath);
    const QString busy =
        tr("The database \"%1\" is still open in another Empfang window or empfang-cli (on this "
           "or another workstation). Close Empfang everywhere and try again; nothing was "
           "changed.")
            .arg(dbPath);
    QMutexLocker locker(&registryMutex());
    auto it = registry().find(key);
    if (it != registry().end()) {
        if (it->exclusive)
            return Result<Handle>::failure(busy);
        // Linux converts a flock by dropping the shared lock first; on failure take it back.
        if (!tryLock(it->fd, LOCK_EX)) {
            if (!tryLock(it->fd, LOCK_SH))
                qCWarning(lcStorage) << "could not take back the shared lock of" << dbPath;
            return Result<Handle>::failure(busy);
        }
        it->exclusive = true;
        return Handle(nullptr, [key](void *) { releaseExclusive(key); });
    }
    int fd = -1;
    switch (openLocked(dbPath, LOCK_EX, &fd)) {
    case Opened::Locked:
        break;
    case Opened::Busy:
        return Result<Handle>::failure(busy);
    case Opened::NoFile:
        return Result<Handle>::failure(
            tr("The lock file \"%1\" cannot be created, so it is unknown whether Empfang still "
               "uses the database. Nothing was changed.")
                .arg(lockPath(dbPath)));
    }
    registry().insert(key, Entry{fd, 0, true, dbPath});
    return Handle(nullptr, [key](void *) { releaseExclusive(key); });
}

} // namespace empfang
