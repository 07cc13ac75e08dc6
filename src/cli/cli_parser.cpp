#include "cli_parser.h"

#include "domain/text_rules.h"

namespace empfang::cli {

namespace {

const QString kProgram = QStringLiteral("empfang-cli");

enum class Pick { All, Required, Flags };

QString bare(QString token)
{
    return token.remove(u'[').remove(u']').remove(u'(').remove(u')').remove(u'|');
}

// Options in `synopsis`; a name counts as required when it sits outside [] and (), and as a
// flag when no value placeholder (such as ID) follows it.
QStringList optionsOf(const QString &synopsis, Pick pick)
{
    QStringList out;
    int depth = 0;
    const QStringList tokens = synopsis.split(u' ', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString &token = tokens.at(i);
        for (QChar c : token) {
            if (c == u'[' || c == u'(')
                ++depth;
        }
        const bool optional = depth > 0;
        for (QChar c : token) {
            if (c == u']' || c == u')')
                --depth;
        }
        const QString name = bare(token);
        if (!name.startsWith(QLatin1String("--")))
            continue;
        const QString next = i + 1 < tokens.size() ? bare(tokens.at(i + 1)) : QString();
        const bool closesHere = token.endsWith(u']') || token.endsWith(u')');
        const bool flag = closesHere || next.isEmpty() || next.startsWith(QLatin1String("--"));
        if (pick == Pick::All || (pick == Pick::Required && !optional) ||
            (pick == Pick::Flags && flag))
            out << name.mid(2);
    }
    return out;
}

// Flags of every command: while the arguments are read the command may not be known yet, and a
// flag must not swallow the next argument as its value.
bool isFlag(const QString &key)
{
    for (const CommandSpec &c : CliParser::commands()) {
        if (c.flags().contains(key))
            return true;
    }
    return false;
}

} // namespace

QStringList CommandSpec::requiredOptions() const
{
    return optionsOf(synopsis, Pick::Required);
}

QStringList CommandSpec::allOptions() const
{
    return optionsOf(synopsis, Pick::All);
}

QStringList CommandSpec::flags() const
{
    return optionsOf(synopsis, Pick::Flags);
}

QString CommandSpec::placeholder(const QString &option) const
{
    const QStringList tokens = synopsis.split(u' ', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i + 1 < tokens.size(); ++i) {
        if (bare(tokens.at(i)) != QLatin1String("--") + option || tokens.at(i).endsWith(u']') ||
            tokens.at(i).endsWith(u')'))
            continue;
        const QString next = bare(tokens.at(i + 1));
        return next.startsWith(QLatin1String("--")) ? QString() : next;
    }
    return {};
}

QString CliParser::valueProblem(const QString &option, const QString &placeholder,
                                const QString &value)
{
    if (placeholder == QLatin1String("ID")) {
        if (!TextRules::positiveId(value))
            return tr("--%1 expects a number such as 3 (see the list commands), not \"%2\".")
                .arg(option, value);
    } else if (placeholder == QLatin1String("N") || placeholder == QLatin1String("SECONDS")) {
        if (!TextRules::count(value))
            return tr("--%1 expects a whole number of 0 or more (digits only), not \"%2\".")
                .arg(option, value);
    } else if (placeholder == QLatin1String("MIN") || placeholder == QLatin1String("1-7")) {
        if (!TextRules::integer(value))
            return tr("--%1 expects a whole number, not \"%2\".").arg(option, value);
    } else if (placeholder == QLatin1String("LIST")) {
        if (!TextRules::weekdays(value))
            return tr("--%1 expects numbers from 1 (Monday) to 7 (Sunday) separated by commas, "
                      "such as 1,4 — not \"%2\".")
                .arg(option, value);
    } else if (placeholder == QLatin1String("NAME") || placeholder == QLatin1String("TEXT")) {
        // Only an appointment's note may have several lines; a reason or a search is a name.
        const auto kind =
            option == QLatin1String("note") ? TextRules::Kind::Note : TextRules::Kind::Name;
        if (const QString problem = TextRules::problem(value, kind); !problem.isEmpty())
            return QStringLiteral("--%1: ").arg(option) + problem;
    }
    return {};
}

const CommandSpec *CliParser::find(const QString &name)
{
    for (const CommandSpec &c : commands()) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

QString CliParser::usage(const CommandSpec &command)
{
    return tr("Usage: %1 [--db PATH] [--json] %2")
               .arg(kProgram, (command.name + u' ' + command.synopsis).trimmed()) +
           u'\n' + tr(command.summary);
}

QString CliParser::help()
{
    QString text =
        tr("%1 – administration and automation for Empfang.").arg(kProgram) +
        QStringLiteral("\n\n") +
        tr("Usage: %1 [--db PATH] [--json] COMMAND [OPTIONS]").arg(kProgram) +
        QStringLiteral("\n\n") + tr("Global options:") + u'\n' + QStringLiteral("  --db PATH   ") +
        tr("database file (default: EMPFANG_DB or the user's data folder)") + u'\n' +
        QStringLiteral("  --json      ") + tr("machine-readable output (JSON) on stdout") + u'\n' +
        QStringLiteral("  --help      ") + tr("this help; COMMAND --help for one command") + u'\n' +
        QStringLiteral("  --version   ") + tr("the version") + QStringLiteral("\n\n") +
        tr("Commands:") + u'\n';
    for (const CommandSpec &c : commands()) {
        text += QStringLiteral("  ") + (c.name + u' ' + c.synopsis).trimmed() + u'\n';
        text += QStringLiteral("      ") + tr(c.summary) + u'\n';
    }
    text += u'\n' +
            tr("TIME is practice time as YYYY-MM-DDTHH:MM (or with an offset such as +01:00 or "
               "Z); DATE is YYYY-MM-DD.") +
            u'\n' + tr("Exit codes: 0 done, 1 refused (nothing changed), 2 usage error.") + u'\n';
    return text;
}

Result<Invocation> CliParser::parse(const QStringList &args)
{
    using R = Result<Invocation>;
    const QString helpHint = tr("Run \"%1 --help\" for the list of commands.").arg(kProgram);
    Invocation inv;
    QStringList words;                      // command words, in order
    QList<std::pair<QString, QString>> raw; // command options, in order
    bool wantHelp = false;

    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (!arg.startsWith(QLatin1String("--")) || arg == QLatin1String("--")) {
            if (!raw.isEmpty() || arg.startsWith(u'-'))
                return R::failure(tr("Unexpected argument \"%1\".").arg(arg) + u'\n' + helpHint);
            words << arg;
            continue;
        }
        QString key = arg.mid(2);
        QString value;
        bool hasValue = false;
        if (const qsizetype eq = key.indexOf(u'='); eq >= 0) {
            value = key.mid(eq + 1);
            key = key.left(eq);
            hasValue = true;
        }
        if (key == QLatin1String("json") || key == QLatin1String("help") ||
            key == QLatin1String("version")) {
            if (hasValue)
                return R::failure(tr("The option --%1 takes no value.").arg(key));
            if (key == QLatin1String("json"))
                inv.json = true;
            else if (key == QLatin1String("help"))
                wantHelp = true;
            else
                inv.action = Invocation::Action::Version;
            continue;
        }
        if (isFlag(key)) {
            if (hasValue)
                return R::failure(tr("The option --%1 takes no value.").arg(key));
            raw.append({key, QString()});
            continue;
        }
        if (!hasValue) {
            // A following "--x" is the next option, not a value: "--name --minutes 30" is a slip.
            if (i + 1 >= args.size() || args.at(i + 1).startsWith(QLatin1String("--")))
                return R::failure(tr("The option --%1 needs a value.").arg(key) + u'\n' + helpHint);
            value = args.at(++i);
        }
        if (key == QLatin1String("db")) {
            if (value.isEmpty())
                return R::failure(tr("The option --db needs a file name."));
            inv.dbPath = value;
            continue;
        }
        raw.append({key, value});
    }

    if (inv.action == Invocation::Action::Version)
        return inv;
    if (!words.isEmpty() && words.first() == QLatin1String("help")) {
        wantHelp = true;
        words.removeFirst();
    }
    if (words.isEmpty()) {
        if (wantHelp) {
            inv.action = Invocation::Action::Help;
            return inv;
        }
        return R::failure(tr("No command was given.") + u'\n' + helpHint);
    }

    // "practitioner add" has two words, "slots" one: try the longer name first.
    const CommandSpec *command =
        words.size() >= 2 ? find(words.at(0) + u' ' + words.at(1)) : nullptr;
    qsizetype used = 2;
    if (!command) {
        command = find(words.at(0));
        used = 1;
    }
    if (!command) {
        QStringList subcommands;
        for (const CommandSpec &c : commands()) {
            if (c.name.startsWith(words.at(0) + u' '))
                subcommands << c.name;
        }
        if (!subcommands.isEmpty())
            return R::failure(tr("\"%1\" needs one of: %2.")
                                  .arg(words.join(u' '), subcommands.join(QStringLiteral(", "))) +
                              u'\n' + helpHint);
        return R::failure(tr("Unknown command \"%1\".").arg(words.join(u' ')) + u'\n' + helpHint);
    }
    if (words.size() > used)
        return R::failure(tr("Unexpected argument \"%1\".").arg(words.at(used)) + u'\n' +
                          usage(*command));
    inv.command = command;
    if (wantHelp) {
        inv.action = Invocation::Action::Help;
        return inv;
    }

    const QStringList known = command->allOptions();
    for (const auto &[key, value] : raw) {
        if (!known.contains(key))
            return R::failure(tr("The command \"%1\" has no option --%2.").arg(command->name, key) +
                              u'\n' + usage(*command));
        if (inv.options.contains(key))
            return R::failure(tr("The option --%1 was given twice.").arg(key) + u'\n' +
                              usage(*command));
        if (const QString problem = valueProblem(key, command->placeholder(key), value);
            !problem.isEmpty())
            return R::failure(problem + u'\n' + usage(*command));
        inv.options.insert(key, value);
    }
    for (const QString &required : command->requiredOptions()) {
        if (!inv.options.contains(required))
            return R::failure(tr("The option --%1 is missing.").arg(required) + u'\n' +
                              usage(*command));
    }
    return inv;
}

} // namespace empfang::cli
