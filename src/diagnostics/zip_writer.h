#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace empfang {

/// Writes a ZIP archive with stored (uncompressed) entries. Qt has no public ZIP writer and a
/// diagnostics bundle is small, so a few dozen lines beat a new dependency; stored entries
/// also let a test scan the archive's bytes for secrets directly.
class ZipWriter
{
public:
    struct Entry
    {
        QString name; // relative path inside the archive, '/' separated
        QByteArray data;
    };

    static QByteArray build(const QList<Entry> &entries);
    static quint32 crc32(const QByteArray &data);
};

} // namespace empfang
