#pragma once

#include "cli_parser.h"

#include <QCoreApplication>
#include <QTextStream>

namespace empfang {
struct DatabaseReport;
}

namespace empfang::cli {

class CliOutput;

/// `db backup`, `db restore`, `db check`, `db copy`. On a SQLite file they run without
/// Database::open(): a damaged database must still be checked and restored, and a restore must
/// not hold the database open itself (see DatabaseLock). Each opens what it needs on its own
/// connections: FileHandlers (cli_parser.h). On PostgreSQL a backup is a SQLite copy made by
/// `db copy`'s code (DatabaseCopy).
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
    // db_copy_commands.cpp
    static int copy(const Invocation &inv, const QString &dbPath, QTextStream &out,
                    QTextStream &err);
    /// What `db backup` answers, from the file and on PostgreSQL: the checked copy's counts.
    static void printBackup(CliOutput &output, const QString &target, const DatabaseReport &report);

private:
    static int serverBackup(const Invocation &inv, const QString &uri, CliOutput &output);
    static int serverCheck(const QString &uri, CliOutput &output);
};

} // namespace empfang::cli
