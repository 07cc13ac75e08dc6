#pragma once

#include "cli_context.h"

namespace empfang::cli {

/// `print card`, `print day`, `patient export`: the commands that write PDF documents. They need
/// Qt Gui (fonts) and are built into empfang_cli beside the other commands
/// (src/cli/command_table.cpp, `needsGui`).
class DocumentCommands
{
    Q_DECLARE_TR_FUNCTIONS(DocumentCommands)
public:
    static int printCard(CliContext &ctx);
    static int printDay(CliContext &ctx);
    static int exportPatient(CliContext &ctx);
};

} // namespace empfang::cli
