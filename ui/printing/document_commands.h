#pragma once

#include "cli/cli_context.h"

namespace empfang::cli {

/// `print card`, `print day`, `patient export`: the commands that write PDF documents. They need
/// Qt Gui and therefore live outside empfang_core; registerAll() adds them to empfang-cli.
class DocumentCommands
{
    Q_DECLARE_TR_FUNCTIONS(DocumentCommands)
public:
    static void registerAll();
    /// True when `args` run one of these commands: main() then needs a QGuiApplication.
    static bool needsGui(const QStringList &args);

    static int printCard(CliContext &ctx);
    static int printDay(CliContext &ctx);
    static int exportPatient(CliContext &ctx);
};

} // namespace empfang::cli
