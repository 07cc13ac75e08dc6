#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace empfang::cli {

class CliContext;

/// The whole of empfang-cli behind main(): parses, opens the database, runs one command.
/// Returns the exit code (0 done, 1 refused, 2 usage error). A command that waits for the
/// network or the keychain returns Pending; run() then runs the application's event loop
/// (QCoreApplication::exec(), so call run() from main() before any loop) until the command
/// calls CliContext::finish(code).
class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    /// True when `args` run a command that writes PDF documents: main() then builds a
    /// QGuiApplication (fonts) instead of a QCoreApplication. Callable before either exists.
    static bool needsGui(const QStringList &args);
    /// `args` without the program name.
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);
};

} // namespace empfang::cli

namespace empfang {

/// Entry point for app/cli_main.cpp.
inline int runCli(const QStringList &args, QTextStream &out, QTextStream &err)
{
    return cli::CliApp::run(args, out, err);
}

} // namespace empfang
