#include "app_startup.h"
#include "booking/clock.h"
#include "localization.h"
#include "main_window.h"
#include "storage/database.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("empfang"));
    QApplication::setApplicationDisplayName(QStringLiteral("Empfang"));
    QApplication::setOrganizationName(QStringLiteral("empfang"));
    QApplication::setApplicationVersion(QStringLiteral(EMPFANG_VERSION));
    empfang::installTranslations(app);

    const auto options = empfang::AppStartup::parse(app);
    const empfang::Clock clock;
    const auto db = empfang::AppStartup::openDatabase(options, clock);
    if (!db)
        return 1;
    empfang::MainWindow window(*db, clock);
    window.showMaximized();
    return app.exec();
}
