#pragma once

#include "cli_parser.h"

#include <QCoreApplication>
#include <QTextStream>

namespace empfang::cli {

class CliOutput;

/// `db backup`, `db restore`, `db check`, `db copy`. On a SQLite file they run without
/// Database::open(): a damaged database must still be checked and restored, and a restore must
/// not hold the database open itself (see DatabaseLock). Each opens what it needs on its own
/// connections. On PostgreSQL, backups are SQLite copies made by `db copy`'s code.
class DbCommands
{
    Q_DECLARE_TR_FUNCTIONS(DbCommands)
public:
    static bool handles(const QString &commandName);
    /// `dbPath` already resolved (--db, EMPFANG_DB or the default). Returns the exit code.
    static int run(const Invocation &inv, const QString &dbPath, QTextStream &out,
                   QTextStream &err);

private:
    // db_copy_commands.cpp
    static int copy(const Invocation &inv, const QString &dbPath, CliOutput &output);
    static int serverBackup(const Invocation &inv, const QString &uri, CliOutput &output);
    static int serverCheck(const QString &uri, CliOutput &output);
};

} // namespace empfang::cli
