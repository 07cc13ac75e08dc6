#include "database_location.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace empfang {

QString DatabaseLocation::defaultPath(bool demo)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(demo ? QStringLiteral("empfang-demo.sqlite")
                                   : QStringLiteral("empfang.sqlite"));
}

QString DatabaseLocation::resolve(const QString &commandLinePath, bool demo)
{
    if (!commandLinePath.isEmpty())
        return commandLinePath;
    // The demo must never write into the practice's real database named by the environment.
    if (demo)
        return defaultPath(true);
    const QString fromEnvironment = qEnvironmentVariable("EMPFANG_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString chosen = configured();
    return chosen.isEmpty() ? defaultPath(false) : chosen;
}

namespace {
const QString kSettingsKey = QStringLiteral("database/address");
}

QString DatabaseLocation::configured()
{
    return QSettings().value(kSettingsKey).toString();
}

void DatabaseLocation::setConfigured(const QString &address)
{
    QSettings settings;
    if (address.isEmpty())
        settings.remove(kSettingsKey);
    else
        settings.setValue(kSettingsKey, address);
}

} // namespace empfang
