#pragma once

#include "cli_context.h"

namespace empfang::cli {

/// `hours set|list` and `absence add|list`: when a practitioner works.
class ScheduleCommands
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleCommands)
public:
    static int setHours(CliContext &ctx);
    static int listHours(CliContext &ctx);
    static int addAbsence(CliContext &ctx);
    static int listAbsences(CliContext &ctx);
};

} // namespace empfang::cli
