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

const QList<CommandSpec> &CliParser::commands()
{
    static const QList<CommandSpec> list = {
        {QStringLiteral("practice set"),
         QStringLiteral("[--name NAME] [--address TEXT] [--phone PHONE] [--email EMAIL] "
                        "[--website URL] [--card-format a6|card|a4]"),
         QT_TRANSLATE_NOOP("CliParser", "Sets the practice's name and contact details (printed "
                                        "on the appointment card) and the card's size.")},
        {QStringLiteral("practice show"), QString(),
         QT_TRANSLATE_NOOP("CliParser", "Shows the practice's name and contact details.")},
        {QStringLiteral("practitioner add"), QStringLiteral("--name NAME"),
         QT_TRANSLATE_NOOP("CliParser", "Adds a practitioner.")},
        {QStringLiteral("practitioner list"), QString(),
         QT_TRANSLATE_NOOP("CliParser", "Lists the practitioners.")},
        {QStringLiteral("type add"),
         QStringLiteral("--name NAME --minutes MIN [--buffer-before MIN] [--buffer-after MIN]"),
         QT_TRANSLATE_NOOP("CliParser", "Adds an appointment type (duration and buffers in "
                                        "minutes). Every practitioner offers it.")},
        {QStringLiteral("type list"), QString(),
         QT_TRANSLATE_NOOP("CliParser", "Lists the appointment types.")},
        {QStringLiteral("hours set"),
         QStringLiteral("--practitioner ID --weekday 1-7 --from HH:MM --to HH:MM"),
         QT_TRANSLATE_NOOP("CliParser", "Adds one working interval on a weekday (1 = Monday, "
                                        "7 = Sunday); call again for split shifts.")},
        {QStringLiteral("hours list"), QStringLiteral("--practitioner ID"),
         QT_TRANSLATE_NOOP("CliParser", "Shows the weekly working hours of a practitioner.")},
        {QStringLiteral("absence add"),
         QStringLiteral("--practitioner ID --from TIME --to TIME [--reason TEXT]"),
         QT_TRANSLATE_NOOP("CliParser", "Adds an absence. Bare dates (YYYY-MM-DD) mean whole "
                                        "days, both included.")},
        {QStringLiteral("absence list"),
         QStringLiteral("--practitioner ID [--from DATE] [--to DATE]"),
         QT_TRANSLATE_NOOP("CliParser", "Shows the absences of a practitioner (default: from "
                                        "today for one year).")},
        {QStringLiteral("slots"),
         QStringLiteral("--practitioner ID --type ID --from DATE --to DATE"),
         QT_TRANSLATE_NOOP("CliParser", "Shows the free slots of a practitioner for a type, "
                                        "both dates included.")},
        {QStringLiteral("next-free"),
         QStringLiteral("--type ID [--after TIME] [--practitioner ID]"),
         QT_TRANSLATE_NOOP("CliParser", "Finds the earliest free slot of a type with any "
                                        "practitioner who offers it.")},
        {QStringLiteral("book"),
         QStringLiteral("--practitioner ID --type ID --start TIME (--patient NAME | --patient-id "
                        "ID) [--note TEXT]"),
         QT_TRANSLATE_NOOP("CliParser", "Books an appointment. --patient uses the patient with "
                                        "exactly this name or creates a new one.")},
        {QStringLiteral("move"),
         QStringLiteral("--appointment ID --start TIME [--practitioner ID]"),
         QT_TRANSLATE_NOOP("CliParser", "Moves an appointment to a new start (optionally to "
                                        "another practitioner).")},
        {QStringLiteral("cancel"), QStringLiteral("--appointment ID"),
         QT_TRANSLATE_NOOP("CliParser", "Cancels an appointment; its time becomes free.")},
        {QStringLiteral("appointments"),
         QStringLiteral("--from DATE --to DATE [--practitioner ID]"),
         QT_TRANSLATE_NOOP("CliParser", "Lists the appointments of a date range, both dates "
                                        "included, in every status.")},
        {QStringLiteral("patients"), QStringLiteral("[--search TEXT]"),
         QT_TRANSLATE_NOOP("CliParser", "Lists patients; --search matches name parts, birth "
                                        "date or phone.")},
        {QStringLiteral("privacy-notice"), QString(),
         QT_TRANSLATE_NOOP("CliParser", "Shows the privacy notice a practitioner consents to "
                                        "before connecting Google, with version and SHA-256.")},
        {QStringLiteral("connect"),
         QStringLiteral("--practitioner ID [--accept-privacy-notice] [--timeout SECONDS]"),
         QT_TRANSLATE_NOOP("CliParser", "Connects a practitioner's Google calendar: prints the "
                                        "address to open in the browser and waits for Google's "
                                        "answer (default 300 seconds).")},
        {QStringLiteral("disconnect"), QStringLiteral("--practitioner ID"),
         QT_TRANSLATE_NOOP("CliParser", "Removes a practitioner's Google connection: revokes the "
                                        "access at Google and deletes the stored key.")},
        {QStringLiteral("status"), QStringLiteral("[--practitioner ID]"),
         QT_TRANSLATE_NOOP("CliParser", "Shows the Google connection of every practitioner "
                                        "(never a token).")},
        {QStringLiteral("consent-log"), QStringLiteral("[--practitioner ID] [--csv FILE]"),
         QT_TRANSLATE_NOOP("CliParser", "Shows the consent log (grants and withdrawals) or "
                                        "exports it as CSV.")},
        {QStringLiteral("sync"), QStringLiteral("[--retry ID]"),
         QT_TRANSLATE_NOOP("CliParser", "Sends waiting bookings, moves and cancellations to "
                                        "Google, refreshes the busy times of the next 14 days "
                                        "for every connected practitioner and checks Empfang's "
                                        "own events in Google; --retry sends a failed "
                                        "appointment again.")},
        {QStringLiteral("book-series"),
         QStringLiteral("--practitioner ID --type ID --start TIME --count N (--patient NAME | "
                        "--patient-id ID) [--weekdays LIST] [--every-weeks N] [--note TEXT] "
                        "[--nearest] [--any-practitioner]"),
         QT_TRANSLATE_NOOP("CliParser", "Books a series (prescription) of N sessions at the time "
                                        "of --start, on the weekdays of --weekdays (e.g. 1,4; "
                                        "default: the weekday of --start), every N weeks. "
                                        "--nearest takes the nearest free time on the same day "
                                        "when the time is taken, --any-practitioner also another "
                                        "practitioner who offers the type. All or nothing: if "
                                        "any session cannot be booked, nothing is booked.")},
        {QStringLiteral("patient export"), QStringLiteral("--patient ID --out DIR"),
         QT_TRANSLATE_NOOP("CliParser", "Writes everything stored about a patient (GDPR Art. 15) "
                                        "to DIR as JSON and as a readable PDF.")},
        {QStringLiteral("patient erase"), QStringLiteral("--patient ID [--yes]"),
         QT_TRANSLATE_NOOP("CliParser", "Erases a patient (GDPR Art. 17): future appointments are "
                                        "cancelled, past ones kept without the patient. Needs "
                                        "--yes.")},
        {QStringLiteral("retention"), QStringLiteral("[--years N] [--run]"),
         QT_TRANSLATE_NOOP("CliParser", "Shows or sets how many years patient data is kept after "
                                        "the last appointment (0 = keep); --run deletes what is "
                                        "due now.")},
        {QStringLiteral("audit-log"), QStringLiteral("[--limit N]"),
         QT_TRANSLATE_NOOP("CliParser", "Shows the audit log: who booked, moved, cancelled, "
                                        "exported or erased what, newest first.")},
        {QStringLiteral("watch"), QString(),
         QT_TRANSLATE_NOOP("CliParser", "Prints one line per change of the database (from any "
                                        "desk, window or empfang-cli) until stopped with "
                                        "Ctrl+C; with --json one JSON object per line.")},
        {QStringLiteral("db backup"), QStringLiteral("--out FILE"),
         QT_TRANSLATE_NOOP("CliParser", "Writes a backup of the database to FILE (never "
                                        "overwrites; safe while other workstations book) and "
                                        "checks it.")},
        {QStringLiteral("db restore"), QStringLiteral("--from FILE [--yes]"),
         QT_TRANSLATE_NOOP("CliParser", "Replaces the database with a checked backup; the "
                                        "replaced database is kept as <db>.before-restore-<time>. "
                                        "Only while no Empfang uses the database. Needs --yes.")},
        {QStringLiteral("db copy"), QStringLiteral("--to DATABASE"),
         QT_TRANSLATE_NOOP("CliParser", "Copies the whole database (--db) into an empty "
                                        "PostgreSQL database (postgresql://…) or a new SQLite "
                                        "file, in one transaction, keeping all ids, and checks "
                                        "the row count of every table.")},
        {QStringLiteral("db check"), QString(),
         QT_TRANSLATE_NOOP("CliParser", "Checks the database (SQLite integrity check) and shows "
                                        "schema version, counts and the last backup. Exit code "
                                        "0 healthy, 1 damaged.")},
        {QStringLiteral("print card"), QStringLiteral("--patient ID --out FILE"),
         QT_TRANSLATE_NOOP("CliParser", "Writes the appointment card of a patient (all upcoming "
                                        "appointments) as a PDF.")},
        {QStringLiteral("print day"), QStringLiteral("[--practitioner ID] --date DATE --out FILE"),
         QT_TRANSLATE_NOOP("CliParser", "Writes the day list as a PDF: of one practitioner, or "
                                        "without --practitioner of every active one (a section "
                                        "each).")},
        {QStringLiteral("generate-demo"),
         QStringLiteral("--practitioners N --appointments M [--years Y] [--seed S]"),
         QT_TRANSLATE_NOOP("CliParser", "Fills an empty database with a demo practice at real "
                                        "size: N practitioners with hours and holidays, about "
                                        "M/8 patients and M appointments over the last Y years "
                                        "(default 5) and the next three months. The same seed "
                                        "gives the same practice on the same day.")},
    };
    return list;
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
