#pragma once

#include "app_startup.h"

namespace empfang {

class Clock;

/// `empfang --check`: proves an installation can start (platform plugin, SQLite driver,
/// translations, database, main window) without showing anything, for package tests and
/// admins. Prints "OK" and returns 0, or a German sentence on stderr and returns 1.
class StartupCheck
{
    Q_DECLARE_TR_FUNCTIONS(StartupCheck)
public:
    static int run(const AppStartup::Options &options, const Clock &clock);
    /// Before QApplication exists: --check, --version and --help need no screen, so they use
    /// the offscreen platform unless QT_QPA_PLATFORM says otherwise (an admin over SSH).
    static void preferOffscreenForTextOnly(int argc, char **argv);
};

} // namespace empfang
