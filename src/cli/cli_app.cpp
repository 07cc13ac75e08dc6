#include "cli_app.h"

#include "availability_commands.h"
#include "booking_commands.h"
#include "cli_context.h"
#include "cli_parser.h"
#include "google_commands.h"
#include "patient_commands.h"
#include "practice_commands.h"
#include "practitioner_commands.h"
#include "schedule_commands.h"
#include "series_commands.h"
#include "storage/database.h"
#include "storage/database_location.h"
#include "sync_commands.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QThread>

namespace empfang::cli {

namespace {

using Handler = int (*)(CliContext &);

const QHash<QString, Handler> &handlers()
{
    static const QHash<QString, Handler> table = {
        {QStringLiteral("practice set"), &PracticeCommands::set},
        {QStringLiteral("practice show"), &PracticeCommands::show},
        {QStringLiteral("practitioner add"), &PractitionerCommands::addPractitioner},
        {QStringLiteral("practitioner list"), &PractitionerCommands::listPractitioners},
        {QStringLiteral("type add"), &PractitionerCommands::addType},
        {QStringLiteral("type list"), &PractitionerCommands::listTypes},
        {QStringLiteral("hours set"), &ScheduleCommands::setHours},
        {QStringLiteral("hours list"), &ScheduleCommands::listHours},
        {QStringLiteral("absence add"), &ScheduleCommands::addAbsence},
        {QStringLiteral("absence list"), &ScheduleCommands::listAbsences},
        {QStringLiteral("slots"), &AvailabilityCommands::freeSlots},
        {QStringLiteral("next-free"), &AvailabilityCommands::nextFree},
        {QStringLiteral("book"), &BookingCommands::book},
        {QStringLiteral("move"), &BookingCommands::move},
        {QStringLiteral("cancel"), &BookingCommands::cancel},
        {QStringLiteral("appointments"), &BookingCommands::listAppointments},
        {QStringLiteral("patients"), &BookingCommands::listPatients},
        {QStringLiteral("privacy-notice"), &GoogleCommands::privacyNotice},
        {QStringLiteral("connect"), &GoogleCommands::connect},
        {QStringLiteral("disconnect"), &GoogleCommands::disconnect},
        {QStringLiteral("status"), &GoogleCommands::status},
        {QStringLiteral("consent-log"), &GoogleCommands::consentLog},
        {QStringLiteral("sync"), &SyncCommands::sync},
        {QStringLiteral("book-series"), &SeriesCommands::bookSeries},
        {QStringLiteral("patient erase"), &PatientCommands::erase},
        {QStringLiteral("retention"), &PatientCommands::retention},
        {QStringLiteral("audit-log"), &PatientCommands::auditLog},
    };
    return table;
}

// Commands whose code lives outside empfang_core (PDF documents need Qt Gui), added by main().
QHash<QString, Handler> &addedHandlers()
{
    static QHash<QString, Handler> table;
    return table;
}

} // namespace

void CliApp::addCommand(const QString &name, int (*handler)(CliContext &))
{
    addedHandlers().insert(name, handler);
}

int CliApp::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    auto parsed = CliParser::parse(args);
    if (!parsed) {
        err << parsed.error() << Qt::endl;
        return UsageError;
    }
    const Invocation &inv = parsed.value();
    switch (inv.action) {
    case Invocation::Action::Version:
        if (inv.json)
            CliOutput(out, err, true)
                .printJson(QJsonObject{
                    {QStringLiteral("version"), QCoreApplication::applicationVersion()}});
        else
            out << QStringLiteral("empfang-cli ") << QCoreApplication::applicationVersion()
                << Qt::endl;
        return Done;
    case Invocation::Action::Help:
        out << (inv.command ? CliParser::usage(*inv.command) : CliParser::help()) << Qt::endl;
        return Done;
    case Invocation::Action::Run:
        break;
    }

    const Handler handler =
        handlers().value(inv.command->name, addedHandlers().value(inv.command->name));
    if (!handler) {
        err << tr("The command \"%1\" is not available in this version.").arg(inv.command->name)
            << Qt::endl;
        return UsageError;
    }

    // Opened only now: a command line that cannot be understood never touches a database.
    const QString path = DatabaseLocation::resolve(inv.dbPath);
    const bool existed = QFileInfo::exists(path);
    int code = Refused;
    {
        auto opened = Database::open(path);
        if (!opened) {
            err << opened.error() << Qt::endl;
            return Refused;
        }
        CliOutput output(out, err, inv.json);
        CliContext context(*opened.value(), inv, output);
        code = handler(context);
        // Network and keychain answers come from the event loop. run() is called from main()
        // with no loop running, so this is the application's one event loop, not a nested one;
        // the command ends it through CliContext::finish().
        if (code == Pending) {
            Q_ASSERT_X(QThread::currentThread()->loopLevel() == 0, "CliApp::run",
                       "must not run inside an event loop");
            code = QCoreApplication::exec();
        }
    }
    // "Nothing changed" includes the file system: a mistyped path plus a refused command
    // must not leave an empty database behind that the next run would silently use.
    if (code != Done && !existed) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                      QStringLiteral("-journal")})
            QFile::remove(path + suffix);
    }
    return code;
}

} // namespace empfang::cli
