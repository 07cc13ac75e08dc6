#include "cli_app.h"

#include "cli_context.h"
#include "cli_parser.h"
#include "outstanding_work.h"
#include "storage/database.h"
#include "storage/database_address.h"
#include "storage/database_location.h"
#include "storage/database_lock.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

namespace empfang::cli {

namespace {

// Only the commands that set up a practice create a missing database file: for any other
// command a missing file is a mistyped path or a share that is not connected, and a new empty
// database there would hide the real one.
Database::Creation creation(const Invocation &inv)
{
    if (!inv.command->createsDatabase)
        return Database::Creation::MustExist;
    const bool explicitPath = !inv.dbPath.isEmpty() || qEnvironmentVariableIsSet("EMPFANG_DB");
    return explicitPath ? Database::Creation::CreateFile : Database::Creation::CreateFileAndFolder;
}

// The database cannot be used (the file is missing; a server is unreachable, refuses the login
// or holds no practice yet), which the command cannot work without. A mistake in its arguments
// still comes first (exit 2, as with a usable database): the command runs once against an
// empty scratch database with its output held back, and only a usage error is shown.
// Everything else it would say is replaced by `why` (exit 1).
int unusableDatabase(Handler handler, const Invocation &inv, const QString &why, QTextStream &err)
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
    err << why << Qt::endl;
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

bool CliApp::needsGui(const QStringList &args)
{
    const auto parsed = CliParser::parse(args);
    return parsed && parsed->action == Invocation::Action::Run && parsed->command->needsGui;
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

    // Backups, restores, checks and diagnostics work on the file itself, also when it is
    // damaged or missing.
    if (inv.command->fileHandler)
        return inv.command->fileHandler(inv, DatabaseLocation::resolve(inv.dbPath), out, err);
    const Handler handler = inv.command->handler;

    // Opened only now: a command line that cannot be understood never touches a database.
    const QString path = DatabaseLocation::resolve(inv.dbPath);
    // A server's database is there or not: nothing for us to create or remove.
    const bool existed = DatabaseAddress::isServerUri(path) || QFileInfo::exists(path);
    if (!existed && creation(inv) == Database::Creation::MustExist)
        return unusableDatabase(handler, inv, StorageFaults::message(StorageFault::Missing, path),
                                err);
    int code = Refused;
    {
        auto opened = Database::open(path, creation(inv));
        if (!opened && DatabaseAddress::isServerUri(path))
            return unusableDatabase(handler, inv, opened.error(), err);
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
