#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace empfang {

/// `empfang-cli [--db FILE] diagnostics [--out FILE.zip|FOLDER]`. Lives beside the export
/// rather than in src/cli so the command table there stays about practice data; cli_main
/// asks this class first.
class DiagnosticsCommand
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosticsCommand)
public:
    /// The exit code when `args` is a diagnostics call, otherwise nothing.
    static std::optional<int> tryRun(const QStringList &args, QTextStream &out, QTextStream &err);
    /// One line for `empfang-cli --help`.
    static QString helpLine();
};

} // namespace empfang
