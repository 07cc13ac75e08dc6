#pragma once

#include "cli_parser.h"

#include <QCoreApplication>
#include <QTextStream>

namespace empfang::cli {

/// `diagnostics [--out FILE.zip|FOLDER]`: logs, versions and row counts for support (no
/// patient data, no tokens). Runs on the file (a FileHandler) because it must not create a
/// database where there was none.
class DiagnosticsCommand
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosticsCommand)
public:
    static int run(const Invocation &inv, const QString &dbPath, QTextStream &out,
                   QTextStream &err);
};

} // namespace empfang::cli
