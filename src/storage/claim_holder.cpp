#include "claim_holder.h"

#include "local_desk.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <csignal>
#endif

namespace empfang {

namespace {

/// The kernel's start time of `pid` (Linux), so a recycled pid is not taken for the holder;
/// empty when there is no such process or it has ended (a zombie waiting for its parent).
QString startTime(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return {};
    const QByteArray line = stat.readAll();
    // The command name in parentheses may contain spaces: count fields after its ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() <= 19 || fields.at(0) == "Z" || fields.at(0) == "X")
        return {};
    return QString::fromLatin1(fields.at(19));
}

} // namespace

QString ClaimHolder::forThisProcess(const QString &desk)
{
    const qint64 pid = QCoreApplication::applicationPid();
    return QStringList{desk, LocalDesk::hostName(), QString::number(pid), startTime(pid)}.join(
        u'|');
}

bool ClaimHolder::isAlive(const QString &holder)
{
    // The desk id itself may contain '|': the last three fields are host, pid and start time.
    const QStringList parts = holder.split(u'|');
    if (parts.size() < 4 || parts.at(parts.size() - 3) != LocalDesk::hostName())
        return true;
    bool ok = false;
    const qint64 pid = parts.at(parts.size() - 2).toLongLong(&ok);
    if (!ok || pid <= 0)
        return true;
    const QString started = parts.last();
    if (!started.isEmpty() && QFile::exists(QStringLiteral("/proc/self/stat")))
        return startTime(pid) == started;
#if defined(Q_OS_UNIX)
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    return true;
#endif
}

} // namespace empfang
