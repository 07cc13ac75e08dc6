#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QApplication;

namespace empfang {

class Clock;
class Database;

/// What main() does before the window shows: command line, database, demo data. Kept out
/// of app/main.cpp so the entry point stays a few lines and this stays testable.
class AppStartup
{
    Q_DECLARE_TR_FUNCTIONS(AppStartup)
public:
    struct Options
    {
        QString databasePath; // from --db, empty = EMPFANG_DB or the default location
        bool demo = false;
        bool check = false; // --check: start without a window, print OK (package tests)
    };

    /// Parses the command line; --help and --version print and exit the process.
    static Options parse(const QApplication &app);
    /// Opens (and for --demo seeds) the database; on failure tells the user in German and
    /// returns null, so main() can exit with 1 instead of crashing.
    static std::shared_ptr<Database> openDatabase(const Options &options, const Clock &clock);
};

} // namespace empfang
