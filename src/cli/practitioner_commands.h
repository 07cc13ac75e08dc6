#pragma once

#include "cli_context.h"

namespace empfang::cli {

/// `practitioner add|list` and `type add|list`: who treats, and what can be booked.
class PractitionerCommands
{
    Q_DECLARE_TR_FUNCTIONS(PractitionerCommands)
public:
    static int addPractitioner(CliContext &ctx);
    static int listPractitioners(CliContext &ctx);
    static int addType(CliContext &ctx);
    static int listTypes(CliContext &ctx);
};

} // namespace empfang::cli
