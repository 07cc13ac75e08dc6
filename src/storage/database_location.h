#pragma once

#include <QString>

namespace empfang {

/// Where the database lives — a file or a PostgreSQL URI: `--db`, else `EMPFANG_DB`, else the
/// address chosen in Settings › Datenbank (this desk's user settings), else the file in the
/// per-user data folder (QStandardPaths::AppDataLocation). The demo gets its own file, never
/// the real one.
class DatabaseLocation
{
public:
    static QString resolve(const QString &commandLinePath, bool demo = false);
    static QString defaultPath(bool demo = false);
    /// The address chosen in the settings (empty: none). Takes effect at the next start.
    static QString configured();
    /// Stores it (never with a password: the caller refuses those); empty removes it.
    static void setConfigured(const QString &address);
};

} // namespace empfang
