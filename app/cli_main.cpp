#include "cli/cli_app.h"
#include "diagnostics/log_file.h"
#include "localization.h"
#include "privacy/private_file.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <memory>

namespace {

// Qt may note things while the application object is built (e.g. no XDG_RUNTIME_DIR on a
// server); they belong in the log file like every other note, not in the command's stderr.
QStringList earlyMessages;
void keepEarly(QtMsgType, const QMessageLogContext &, const QString &message)
{
    earlyMessages << message;
}

} // namespace

int main(int argc, char *argv[])
{
    qInstallMessageHandler(keepEarly);
    // PDF documents need fonts, hence Qt Gui; only those commands pay for it, and never with a
    // window: the CLI runs on servers without a display.
    QStringList raw;
    for (int i = 1; i < argc; ++i)
        raw << QString::fromLocal8Bit(argv[i]);
    std::unique_ptr<QCoreApplication> owner;
    if (empfang::cli::CliApp::needsGui(raw)) {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        owner = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        owner = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *owner;
    QCoreApplication::setApplicationName(QStringLiteral("empfang"));
    QCoreApplication::setOrganizationName(QStringLiteral("empfang"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EMPFANG_VERSION));
    empfang::restrictSettingsFile();
    empfang::installTranslations(app);
    // stdout/stderr belong to the command's result and message; progress notes and warnings
    // from the core go to the log file only, where a diagnostics bundle finds them.
    empfang::LogFile::install(empfang::LogFile::Echo::None);
    for (const QString &message : std::as_const(earlyMessages))
        qInfo().noquote() << message;

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst(); // the program name
    const int code = empfang::runCli(args, out, err);
    return code;
}
