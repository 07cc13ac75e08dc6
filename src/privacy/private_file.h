#pragma once

#include <QFileDevice>

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

} // namespace empfang
