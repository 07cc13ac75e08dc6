#include "cli/cli_app.h"
#include "localization.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("empfang"));
    QCoreApplication::setOrganizationName(QStringLiteral("empfang"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EMPFANG_VERSION));
    empfang::installTranslations(app);
    // stdout/stderr belong to the command's result and message; progress notes from the core
    // ("booked appointment 7") would only confuse scripts. QT_LOGGING_RULES still overrides.
    QLoggingCategory::setFilterRules(QStringLiteral("empfang.*.info=false"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst(); // the program name
    return empfang::runCli(args, out, err);
}
