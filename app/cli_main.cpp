#include "localization.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("empfang"));
    QCoreApplication::setOrganizationName(QStringLiteral("empfang"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EMPFANG_VERSION));
    empfang::installTranslations(app);
    return 0;
}
