#pragma once

#include "cli_context.h"

namespace empfang::cli {

/// `generate-demo`: a practice at real size in an empty database, for trying Empfang out and
/// for the benchmarks.
class DemoCommands
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommands)
public:
    static int generate(CliContext &ctx);
};

} // namespace empfang::cli
