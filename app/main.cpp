#include "app/app_services.h"
#include "app_startup.h"
#include "backup_controller.h"
#include "diagnostics/log_file.h"
#include "domain/clock.h"
#include "first_run_wizard.h"
#include "localization.h"
#include "main_window.h"
#include "privacy/private_file.h"
#include "startup_check.h"
#include "storage/database.h"
#include "sync/sync_service.h"

#include <QApplication>

#include <memory>

int main(int argc, char *argv[])
{
    empfang::StartupCheck::preferOffscreenForTextOnly(argc, argv);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("empfang"));
    QApplication::setApplicationDisplayName(QStringLiteral("Empfang"));
    QApplication::setOrganizationName(QStringLiteral("empfang"));
    QApplication::setApplicationVersion(QStringLiteral(EMPFANG_VERSION));
    empfang::restrictSettingsFile();
    empfang::LogFile::install(empfang::LogFile::Echo::Stderr);
    empfang::installTranslations(app);

    const auto options = empfang::AppStartup::parse(app);
    const empfang::Clock clock;
    if (options.check)
        return empfang::StartupCheck::run(options, clock);
    auto db = empfang::AppStartup::openDatabase(options, clock);
    if (!db)
        return 1;
    db = empfang::FirstRunWizard::runIfNeeded(db, options, clock);
    if (!db)
        return 0; // the user cancelled the first-run set-up
    // Database, booking and the Google stack in the order they need (declared before the
    // window, so they outlive it).
    empfang::AppServices services(*db, clock);
    empfang::SyncService &sync = services.sync();
    // Created after the sync, so the grid loads once, with Google's busy times.
    empfang::MainWindow window(services);
    sync.start();
    // Automatic backups copy the SQLite file of this desk. A PostgreSQL database is backed up
    // on the server, where it lives (README, "Mehrere Arbeitsplätze").
    std::unique_ptr<empfang::BackupController> backups;
    if (!db->isServer())
        backups = std::make_unique<empfang::BackupController>(*db, &window);
    window.showMaximized();
    if (backups)
        backups->backupIfNoneToday(); // in the background
    const int code = app.exec();
    if (backups)
        backups->backupOnExit();
    empfang::restrictSettingsFile(); // written for the first time during this run
    return code;
}
