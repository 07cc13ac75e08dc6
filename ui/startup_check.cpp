#include "startup_check.h"

#include "app/app_services.h"
#include "main_window.h"
#include "schedule_view.h"
#include "storage/database.h"

#include <QDir>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTextStream>

namespace empfang {

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << StartupCheck::tr("Empfang check failed: %1").arg(message) << Qt::endl;
    return 1;
}

} // namespace

void StartupCheck::preferOffscreenForTextOnly(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        return;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--check" || arg == "--version" || arg == "-v" || arg == "--help" ||
            arg == "-h") {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            return;
        }
    }
}

int StartupCheck::run(const AppStartup::Options &options, const Clock &clock)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return fail(tr("The SQLite driver of Qt is missing (Debian package libqt6sql6-sqlite)."));

    // Without --db the check must not create or migrate the practice's real database.
    QTemporaryDir temp;
    QString path = options.databasePath;
    if (path.isEmpty()) {
        if (!temp.isValid())
            return fail(tr("No temporary folder could be created."));
        path = temp.filePath(QStringLiteral("check.sqlite"));
    }
    auto opened = Database::open(path);
    if (!opened)
        return fail(opened.error());

    // A source string the shipped translation is known to contain: if it comes back
    // unchanged, the German translation did not load.
    const QString probe = QStringLiteral("Empfang cannot start");
    if (qEnvironmentVariable("EMPFANG_LANGUAGE") != QLatin1String("en") &&
        QCoreApplication::translate("AppStartup", "Empfang cannot start") == probe)
        return fail(tr("The German translation could not be loaded."));

    {
        AppServices services(*opened.value(), clock);
        MainWindow window(services);
        if (!window.scheduleView())
            return fail(tr("The main window could not be built."));
        window.ensurePolished();
    }
    QTextStream(stdout) << "OK" << Qt::endl;
    return 0;
}

} // namespace empfang
