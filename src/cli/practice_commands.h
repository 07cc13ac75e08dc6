#pragma once

#include "cli_context.h"

namespace empfang::cli {

/// `practice set|show`: the practice's name and how patients reach it (printed on the card).
class PracticeCommands
{
    Q_DECLARE_TR_FUNCTIONS(PracticeCommands)
public:
    static int set(CliContext &ctx);
    static int show(CliContext &ctx);
};

} // namespace empfang::cli
