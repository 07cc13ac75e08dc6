#include "cli/cli_app.h"
#include "document_commands.h"
#include "localization.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    // PDF documents need fonts, hence Qt Gui; only those commands pay for it, and never with a
    // window: the CLI runs on servers without a display.
    QStringList raw;
    for (int i = 1; i < argc; ++i)
        raw << QString::fromLocal8Bit(argv[i]);
    std::unique_ptr<QCoreApplication> owner;
    if (empfang::cli::DocumentCommands::needsGui(raw)) {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        owner = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        owner = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *owner;
    empfang::cli::DocumentCommands::registerAll();
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
