#include "backup_folder.h"

#include "logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>

namespace empfang {

namespace {

const QString kSettingsKey = QStringLiteral("backup/folder");
const QString kTimeFormat = QStringLiteral("yyyyMMdd-HHmmss");

QString stemOf(const QString &dbPath)
{
    return QFileInfo(dbPath).completeBaseName() + QStringLiteral("-sicherung-");
}

} // namespace

QString BackupFolder::defaultFolder(const QString &dbPath)
{
    return QFileInfo(dbPath).absoluteDir().filePath(QStringLiteral("Datensicherung"));
}

QString BackupFolder::configured(const QString &dbPath)
{
    const QString folder = QSettings().value(kSettingsKey).toString();
    return folder.isEmpty() ? defaultFolder(dbPath) : folder;
}

void BackupFolder::setConfigured(const QString &folder)
{
    QSettings settings;
    if (folder.trimmed().isEmpty())
        settings.remove(kSettingsKey);
    else
        settings.setValue(kSettingsKey, folder.trimmed());
}

QString BackupFolder::fileName(const QString &dbPath, const QDateTime &time)
{
    return stemOf(dbPath) + time.toString(kTimeFormat) + QStringLiteral(".sqlite");
}

QList<BackupFolder::Entry> BackupFolder::list(const QString &folder, const QString &dbPath)
{
    const QRegularExpression pattern(QStringLiteral("^%1(\\d{8}-\\d{6})\\.sqlite$")
                                         .arg(QRegularExpression::escape(stemOf(dbPath))));
    QList<Entry> entries;
    const QDir dir(folder);
    for (const QString &name : dir.entryList(QDir::Files)) {
        const auto match = pattern.match(name);
        if (!match.hasMatch())
            continue;
        const QDateTime time = QDateTime::fromString(match.captured(1), kTimeFormat);
        if (time.isValid())
            entries << Entry{dir.filePath(name), time};
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return a.time > b.time; });
    return entries;
}

std::optional<BackupFolder::Entry> BackupFolder::latest(const QString &folder,
                                                        const QString &dbPath)
{
    const QList<Entry> entries = list(folder, dbPath);
    if (entries.isEmpty())
        return std::nullopt;
    return entries.first();
}

QList<BackupFolder::Entry> BackupFolder::toKeep(const QList<Entry> &entries, int days, int weeks)
{
    QList<Entry> sorted = entries;
    std::sort(sorted.begin(), sorted.end(),
              [](const Entry &a, const Entry &b) { return a.time > b.time; });
    QSet<QDate> seenDays;
    QSet<int> seenWeeks;
    QList<Entry> keep;
    for (const Entry &e : std::as_const(sorted)) {
        const QDate day = e.time.date();
        int year = 0;
        const int week = day.weekNumber(&year);
        bool kept = false;
        if (!seenDays.contains(day) && seenDays.size() < days) {
            seenDays.insert(day);
            kept = true;
        }
        if (!seenWeeks.contains(year * 100 + week) && seenWeeks.size() < weeks) {
            seenWeeks.insert(year * 100 + week);
            kept = true;
        }
        if (kept)
            keep << e;
    }
    return keep;
}

QStringList BackupFolder::rotate(const QString &folder, const QString &dbPath, int days, int weeks)
{
    const QList<Entry> all = list(folder, dbPath);
    QSet<QString> keep;
    for (const Entry &e : toKeep(all, days, weeks))
        keep.insert(e.path);
    QStringList deleted;
    for (const Entry &e : all) {
        if (keep.contains(e.path))
            continue;
        if (QFile::remove(e.path))
            deleted << e.path;
        else
            qCWarning(lcStorage) << "cannot delete old backup" << e.path;
    }
    return deleted;
}

} // namespace empfang
