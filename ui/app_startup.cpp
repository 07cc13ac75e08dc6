#include "app_startup.h"

#include "booking/demo_data.h"
#include "database_login.h"
#include "domain/clock.h"
#include "logging.h"
#include "storage/database.h"
#include "storage/database_address.h"
#include "storage/database_location.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

namespace empfang {

AppStartup::Options AppStartup::parse(const QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Appointment booking for the front desk of a practice."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Shows this help."));
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")},
                                     tr("Shows the version."));
    const QCommandLineOption db(QStringLiteral("db"),
                                tr("Uses the database file PATH (otherwise EMPFANG_DB or the "
                                   "per-user data folder)."),
                                tr("PATH"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  tr("Opens a separate demo database with sample practitioners, "
                                     "types and appointments."));
    parser.addOption(help);
    parser.addOption(version);
    parser.addOption(db);
    parser.addOption(demo);
    const QCommandLineOption check(QStringLiteral("check"),
                                   tr("Checks that Empfang can start (database, plugins, "
                                      "translation) without opening a window, prints OK."));
    parser.addOption(check);
    parser.process(app);
    if (parser.isSet(help))
        parser.showHelp(0);
    if (parser.isSet(version))
        parser.showVersion();
    return Options{parser.value(db), parser.isSet(demo), parser.isSet(check)};
}

std::shared_ptr<Database> AppStartup::openDatabase(const Options &options, const Clock &clock)
{
    const QString path = DatabaseLocation::resolve(options.databasePath, options.demo);
    // An explicit path whose folder is missing is an unconnected share or a typo: say so
    // instead of starting an empty practice there. The default location is created.
    const bool explicitPath = !options.demo && (!options.databasePath.isEmpty() ||
                                                qEnvironmentVariableIsSet("EMPFANG_DB"));
    const bool server = DatabaseAddress::isServerUri(path);
    auto opened =
        server ? DatabaseLogin::open(path, nullptr)
               : Database::open(path, explicitPath ? Database::Creation::CreateFile
                                                   : Database::Creation::CreateFileAndFolder);
    // A server may be starting up or the network coming back: "Erneut versuchen".
    while (!opened) {
        QMessageBox box(QMessageBox::Critical, tr("Empfang cannot start"),
                        tr("The database %1 could not be opened.")
                            .arg(server ? DatabaseAddress::parse(path).display() : path),
                        server ? QMessageBox::Retry | QMessageBox::Close : QMessageBox::Close);
        box.setObjectName(QStringLiteral("startupError"));
        box.setInformativeText(opened.error());
        if (box.exec() != QMessageBox::Retry)
            return nullptr;
        opened = DatabaseLogin::open(path, nullptr);
    }
    if (options.demo) {
        if (Status seeded = DemoData::seed(*opened.value(), clock); !seeded) {
            QMessageBox box(QMessageBox::Warning, tr("Demo data"),
                            tr("The demo data could not be created."), QMessageBox::Ok);
            box.setObjectName(QStringLiteral("demoError"));
            box.setInformativeText(seeded.error());
            box.exec();
        }
    }
    return opened.value();
}

} // namespace empfang
