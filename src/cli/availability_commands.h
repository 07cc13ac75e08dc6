#pragma once

#include "cli_context.h"

namespace empfang::cli {

/// `slots` and `next-free`: what can still be booked.
class AvailabilityCommands
{
    Q_DECLARE_TR_FUNCTIONS(AvailabilityCommands)
public:
    static int freeSlots(CliContext &ctx);
    static int nextFree(CliContext &ctx);
};

} // namespace empfang::cli
