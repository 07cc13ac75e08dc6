#pragma once

#include "cli_parser.h"

#include <QCoreApplication>
#include <QTextStream>

namespace empfang::cli {

/// `db backup`, `db restore`, `db check`. They run without Database::open(): a damaged
/// database must still be checked and restored, and a restore must not hold the database open
/// itself (see DatabaseLock). Each opens what it needs on its own connections: FileHandlers
/// (cli_parser.h).
class DbCommands
{
    Q_DECLARE_TR_FUNCTIONS(DbCommands)
public:
    static int backup(const Invocation &inv, const QString &dbPath, QTextStream &out,
                      QTextStream &err);
    static int restore(const Invocation &inv, const QString &dbPath, QTextStream &out,
                       QTextStream &err);
    static int check(const Invocation &inv, const QString &dbPath, QTextStream &out,
                     QTextStream &err);
};

} // namespace empfang::cli
