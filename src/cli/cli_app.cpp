#include "cli_app.h"

#include "availability_commands.h"
#include "booking_commands.h"
#include "cli_context.h"
#include "cli_parser.h"
#include "db_commands.h"
#include "demo_commands.h"
#include "google_commands.h"
#include "outstanding_work.h"
#include "patient_commands.h"
#include "practice_commands.h"
#include "practitioner_commands.h"
#include "schedule_commands.h"
#include "series_commands.h"
#include "storage/database.h"
#include "storage/database_address.h"
#include "storage/database_location.h"
#include "storage/database_lock.h"
#include "sync_commands.h"
#include "watch_command.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
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
        {QStringLiteral("generate-demo"), &DemoCommands::generate},
        {QStringLiteral("watch"), &WatchCommand::run},
    };
    return table;
}

// Commands whose code lives outside empfang_core (PDF documents need Qt Gui), added by main().
QHash<QString, Handler> &addedHandlers()
{
    static QHash<QString, Handler> table;
    return table;
}

// Only the commands that set up a practice create a missing database file: for any other
// command a missing file is a mistyped path or a share that is not connected, and a new empty
// database there would hide the real one.
Database::Creation creation(const Invocation &inv)
{
    static const QStringList creating = {QStringLiteral("practitioner add"),
                                         QStringLiteral("type add"),
                                         QStringLiteral("generate-demo")};
    if (!creating.contains(inv.command->name))
        return Database::Creation::MustExist;
    const bool explicitPath = !inv.dbPath.isEmpty() || qEnvironmentVariableIsSet("EMPFANG_DB");
    return explicitPath ? Database::Creation::CreateFile : Database::Creation::CreateFileAndFolder;
}

// The database file is missing, which the command cannot work without. A mistake in its
// arguments still comes first (exit 2, as with an existing file): the command runs once against
// an empty scratch database with its output held back, and only a usage error is shown.
// Everything else it would say is replaced by "the file does not exist" (exit 1).
int missingDatabase(Handler handler, const Invocation &inv, const QString &path, QTextStream &err)
{
    QTemporaryDir scratch;
    if (scratch.isValid()) {
        if (auto db = Database::open(scratch.filePath(QStringLiteral("scratch.sqlite")))) {
            QString heldOut;
            QString heldErr;
            QTextStream out(&heldOut);
            QTextStream errors(&heldErr);
            CliOutput output(out, errors, inv.json);
            CliContext context(*db.value(), inv, output);
            if (handler(context) == UsageError) {
                errors.flush();
                err << heldErr;
                return UsageError;
            }
        }
    }
    err << StorageFaults::message(StorageFault::Missing, path) << Qt::endl;
    return Refused;
}

// Removes the database file this run created, but only while no Empfang process has it open
// (our own exclusive lock) and only if it holds no practice data: another process may have
// created or filled the same new path meanwhile, and its data is sacred. SQLite's own
// -wal/-shm are never touched: with nobody else on the file, SQLite removed them on close.
void removeIfUnused(const QString &path)
{
    auto lock = DatabaseLock::exclusive(path);
    if (!lock)
        return;
    bool empty = false;
    const QString name = QStringLiteral("empfang-cleanup");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            empty = q.exec(QStringLiteral(
                        "SELECT (SELECT count(*) FROM practitioners) + "
                        "(SELECT count(*) FROM appointment_types) + "
                        "(SELECT count(*) FROM patients) + (SELECT count(*) FROM appointments)")) &&
                    q.next() && q.value(0).toLongLong() == 0;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (empty && !QFileInfo::exists(path + QStringLiteral("-wal")) &&
        !QFileInfo::exists(path + QStringLiteral("-journal")))
        QFile::remove(path);
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

    // Backups, restores and checks work on the file itself, also when it is damaged.
    if (DbCommands::handles(inv.command->name))
        return DbCommands::run(inv, DatabaseLocation::resolve(inv.dbPath), out, err);

    const Handler handler =
        handlers().value(inv.command->name, addedHandlers().value(inv.command->name));
    if (!handler) {
        err << tr("The command \"%1\" is not available in this version.").arg(inv.command->name)
            << Qt::endl;
        return UsageError;
    }

    // Opened only now: a command line that cannot be understood never touches a database.
    const QString path = DatabaseLocation::resolve(inv.dbPath);
    // A server's database is there or not: nothing for us to create or remove.
    const bool existed = DatabaseAddress::isServerUri(path) || QFileInfo::exists(path);
    if (!existed && creation(inv) == Database::Creation::MustExist)
        return missingDatabase(handler, inv, path, err);
    int code = Refused;
    {
        auto opened = Database::open(path, creation(inv));
        if (!opened) {
            err << opened.error() << Qt::endl;
            return Refused;
        }
        CliOutput output(out, err, inv.json);
        CliContext context(*opened.value(), inv, output);
        code = handler(context);
        // A command that answered at once may still have started keychain work (or a service
        // did on its behalf): see it through before the database closes.
        if (code != Pending && OutstandingWork::instance().count() > 0) {
            context.finish(code);
            code = Pending;
        }
        // Network and keychain answers come from the event loop. run() is called from main()
        // with no loop running, so this is the application's one event loop, not a nested one;
        // the command ends it through CliContext::finish().
        if (code == Pending) {
            Q_ASSERT_X(QThread::currentThread()->loopLevel() == 0, "CliApp::run",
                       "must not run inside an event loop");
            code = QCoreApplication::exec();
        }
        // A read that met a damaged page may have shown wrong data (say, free slots that are
        // booked): then the command fails with the damage message, whatever it printed.
        Database &db = *opened.value();
        if (code != UsageError && db.damageSuspected()) {
            const bool told = code == Refused && db.lastFault() == StorageFault::Damaged;
            if (!db.isDamaged())
                db.checkIntegrity();
            if (db.isDamaged() && !told) {
                err << StorageFaults::message(StorageFault::Damaged, path) << Qt::endl;
                code = Refused;
            }
        }
    }
    // "Nothing changed" includes the file system: a refused set-up command on a new path must
    // not leave an empty database behind that the next run would silently use.
    if (code != Done && !existed)
        removeIfUnused(path);
    return code;
}

} // namespace empfang::cli
