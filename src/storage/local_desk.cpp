#include "local_desk.h"

#include "desk_repository.h"

#include <QDir>
#include <QSettings>
#include <QSysInfo>
#include <QUuid>

#if defined(Q_OS_UNIX)
#include <pwd.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <windows.h>

#include <lmcons.h>
#endif

namespace empfang {

namespace {

const QString kIdKey = QStringLiteral("desk/id");
const QString kNameKey = QStringLiteral("desk/name");
constexpr int kMaxName = 120;

QString fromEnvironment()
{
    return qEnvironmentVariable("EMPFANG_DESK").trimmed().left(kMaxName);
}

} // namespace

QString LocalDesk::id()
{
    if (const QString env = fromEnvironment(); !env.isEmpty())
        return QStringLiteral("env:") + env;
    QSettings settings;
    QString id = settings.value(kIdKey).toString();
    if (id.isEmpty()) {
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        settings.setValue(kIdKey, id);
        settings.sync();
    }
    return id;
}

QString LocalDesk::name()
{
    if (const QString env = fromEnvironment(); !env.isEmpty())
        return env;
    const QString stored = QSettings().value(kNameKey).toString().trimmed();
    return stored.isEmpty() ? defaultName() : stored;
}

void LocalDesk::setName(const QString &name)
{
    QSettings settings;
    if (name.trimmed().isEmpty())
        settings.remove(kNameKey);
    else
        settings.setValue(kNameKey, name.trimmed().left(kMaxName));
}

QString LocalDesk::defaultName()
{
    return QStringLiteral("%1 (%2)").arg(hostName(), osUser());
}

QString LocalDesk::osUser()
{
    // From the operating system, not from $USER/$USERNAME: those are whatever the caller set,
    // and a consent or audit record must name the account that really acted.
#if defined(Q_OS_UNIX)
    if (const passwd *pw = getpwuid(geteuid()); pw && pw->pw_name && *pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    return QStringLiteral("uid %1").arg(geteuid()); // an account without a passwd entry
#elif defined(Q_OS_WIN)
    wchar_t name[UNLEN + 1];
    DWORD size = UNLEN + 1;
    if (GetUserNameW(name, &size) && size > 1)
        return QString::fromWCharArray(name, int(size) - 1);
    return QDir::home().dirName();
#else
    return QDir::home().dirName();
#endif
}

QString LocalDesk::hostName()
{
    return QSysInfo::machineHostName();
}

Status LocalDesk::rename(Database &db, const QString &name, qint64 nowMs)
{
    setName(name);
    return DeskRepository(db).seen(id(), LocalDesk::name(), nowMs);
}

} // namespace empfang
