#pragma once

#include <QCoreApplication>

namespace empfang::cli {

class CliContext;

/// `empfang-cli watch [--json]`: one line per change of the database until stopped — for
/// admins, integrations and tests (docs/ARCHITECTURE.md, "Every desk is live").
class WatchCommand
{
    Q_DECLARE_TR_FUNCTIONS(WatchCommand)
public:
    static int run(CliContext &context);
};

} // namespace empfang::cli
