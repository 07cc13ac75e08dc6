#include "localization.h"
#include "main_window.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("empfang"));
    QApplication::setOrganizationName(QStringLiteral("empfang"));
    QApplication::setApplicationVersion(QStringLiteral(EMPFANG_VERSION));
    empfang::installTranslations(app);
    empfang::MainWindow window;
    window.show();
    return app.exec();
}
