#pragma once

#include <QFile>
#include <QFileDevice>
#include <QSettings>

namespace empfang {

/// Every file Empfang writes (consent log CSV, patient export, documents, diagnostics) may name
/// patients, practitioners or the practice's set-up: readable by the owner only (0600), like
/// the database. Opens `file` and restricts it before a byte is written; for a QSaveFile that
/// is the temporary file the commit renames into place, so the final file never existed with
/// wider permissions.
inline bool openPrivate(QFileDevice &file, QIODevice::OpenMode mode = QIODevice::WriteOnly)
{
    return file.open(mode) && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

/// The settings file names the practice's Google client and endpoints: owner only as well.
/// Called when a program starts (and the GUI again when it ends): QSettings keeps an existing
/// file's permissions when it saves, so from then on every write stays 0600. Not on Windows,
/// where the settings live in the registry.
inline void restrictSettingsFile()
{
#if defined(Q_OS_UNIX)
    const QString path = QSettings().fileName();
    if (QFile::exists(path))
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#endif
}

} // namespace empfang
