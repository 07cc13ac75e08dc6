#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QTextStream>

namespace empfang::cli {

/// Exit codes of empfang-cli, the contract with scripts.
enum ExitCode : int {
    Done = 0,       // the command did what was asked
    Refused = 1,    // understood but refused by the rules or the database; nothing changed
    UsageError = 2, // the command line could not be understood; nothing was attempted
    // Never a process exit code: the command goes on in the event loop and ends through
    // CliContext::finish() (network and keychain answers arrive asynchronously).
    Pending = -1,
};

class CliContext;
struct Invocation;

/// A command that works with the open database, through the context.
using Handler = int (*)(CliContext &);
/// A command that works on the database file itself, also when it is damaged or missing
/// (backup, restore, check, diagnostics): `dbPath` is already resolved (--db, EMPFANG_DB or the
/// default) and nothing has opened it.
using FileHandler = int (*)(const Invocation &, const QString &dbPath, QTextStream &out,
                            QTextStream &err);

/// One command of empfang-cli, one row of the table in command_table.cpp: its name
/// ("hours set"), its synopsis — which is also the source of truth for its options — a one-line
/// English summary (translated when printed) and what runs it.
struct CommandSpec
{
    QString name;
    QString synopsis; // options after the name; "[--x V]" optional, "(--a V | --b V)" a choice,
                      // "[--x]" a flag (an option without a value placeholder)
    const char *summary;
    Handler handler = nullptr;         // runs with the open database …
    FileHandler fileHandler = nullptr; // … or on the file (exactly one of the two is set)
    /// A missing database file is created: the commands that start a new practice.
    bool createsDatabase = false;
    /// Writes PDF documents: needs Qt Gui (fonts), so main() builds a QGuiApplication.
    bool needsGui = false;

    QStringList requiredOptions() const;
    QStringList allOptions() const;
    QStringList flags() const;
    /// The value placeholder after `option` in the synopsis ("ID", "NAME", …); empty for a flag.
    QString placeholder(const QString &option) const;
};

/// What the command line asks for.
struct Invocation
{
    enum class Action { Run, Help, Version };
    Action action = Action::Run;
    QString dbPath;
    bool json = false;
    const CommandSpec *command = nullptr; // null for the general help
    QHash<QString, QString> options;      // without the leading "--"

    bool has(const QString &option) const { return options.contains(option); }
    QString value(const QString &option) const { return options.value(option); }
};

/// Splits the arguments into global options (`--db PATH`, `--json`, accepted anywhere),
/// the command and its `--key value` options. Everything a user can mistype is caught here,
/// before the database is opened, as a usage error.
class CliParser
{
    Q_DECLARE_TR_FUNCTIONS(CliParser)
public:
    /// Every command, in the order of the help (command_table.cpp).
    static const QList<CommandSpec> &commands();
    static const CommandSpec *find(const QString &name);

    /// `args` without the program name. Failure = a usage error message (exit 2).
    static Result<Invocation> parse(const QStringList &args);
    /// Why `value` is no valid value of `--option` with this placeholder (empty: it is), by the
    /// shared TextRules: ids, counts, weekday lists, names and notes. Also CliContext's check.
    static QString valueProblem(const QString &option, const QString &placeholder,
                                const QString &value);

    /// The full help text.
    static QString help();
    /// "Usage: empfang-cli <name> <synopsis>" and the summary of one command.
    static QString usage(const CommandSpec &command);
};

} // namespace empfang::cli
