#pragma once

#include "cli_context.h"

namespace empfang::cli {

/// `patient erase`, `retention`, `audit-log`: the GDPR side of patients that needs no screen
/// (`patient export` writes a PDF as well and lives with the documents).
class PatientCommands
{
    Q_DECLARE_TR_FUNCTIONS(PatientCommands)
public:
    static int erase(CliContext &ctx);
    static int retention(CliContext &ctx);
    static int auditLog(CliContext &ctx);
};

} // namespace empfang::cli
