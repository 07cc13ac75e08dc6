#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace empfang {

/// The folder of automatic backups and its rotation. A backup is named
/// "<db name>-sicherung-<yyyyMMdd-HHmmss>.sqlite" (local time); it only gets that name after it
/// was written and verified (DatabaseBackup::write), so the folder itself says when the last
/// good backup was made — no bookkeeping that could disagree with the files.
///
/// The folder is a per-workstation setting (QSettings "backup/folder"): it is a local path, and
/// a share may be mounted under different paths on different desks. Default: "Datensicherung"
/// beside the database.
class BackupFolder
{
public:
    struct Entry
    {
        QString path;
        QDateTime time;
    };

    static QString defaultFolder(const QString &dbPath);
    /// The configured folder, or the default when none is set.
    static QString configured(const QString &dbPath);
    /// Empty = back to the default.
    static void setConfigured(const QString &folder);

    static QString fileName(const QString &dbPath, const QDateTime &time);
    /// Backups of this database in `folder`, newest first. Other files are never listed.
    static QList<Entry> list(const QString &folder, const QString &dbPath);
    static std::optional<Entry> latest(const QString &folder, const QString &dbPath);
    /// Which of `entries` to keep: the newest of each of the `days` most recent days that have a
    /// backup, and the newest of each of the `weeks` most recent ISO weeks (as restic's
    /// keep-daily/keep-weekly; together about two months back with 14 + 8).
    static QList<Entry> toKeep(const QList<Entry> &entries, int days = 14, int weeks = 8);
    /// Deletes the backups of this database in `folder` that toKeep() does not keep; returns
    /// the deleted paths.
    static QStringList rotate(const QString &folder, const QString &dbPath, int days = 14,
                              int weeks = 8);
};

} // namespace empfang
