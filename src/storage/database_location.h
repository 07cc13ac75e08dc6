#pragma once

#include <QString>

namespace empfang {

/// Where the database file lives: `--db PATH`, else `EMPFANG_DB`, else the per-user data
/// folder (QStandardPaths::AppDataLocation). The demo gets its own file, never the real one.
class DatabaseLocation
{
public:
    static QString resolve(const QString &commandLinePath, bool demo = false);
    static QString defaultPath(bool demo = false);
};

} // namespace empfang
