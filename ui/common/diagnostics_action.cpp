#include "common/diagnostics_action.h"

#include "common/message_box.h"
#include "diagnostics/diagnostics_export.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QMainWindow>
#include <QMenuBar>
#include <QStandardPaths>
#include <QStatusBar>

namespace empfang {

namespace {

QString &nextTarget()
{
    static QString path;
    return path;
}

} // namespace

void DiagnosticsAction::setNextTarget(const QString &path)
{
    nextTarget() = path;
}

void DiagnosticsAction::install(QMainWindow &window, Database &db, QMenu *menu)
{
    if (!menu)
        menu = window.menuBar()->findChild<QMenu *>(QStringLiteral("menuHelp"));
    if (menu) {
        menu->addSeparator();
    } else {
        menu = window.menuBar()->addMenu(tr("&Help"));
        menu->setObjectName(QStringLiteral("menuHelp"));
    }
    auto *action = new QAction(tr("Export &diagnostics…"), &window);
    action->setObjectName(QStringLiteral("actionExportDiagnostics"));
    action->setStatusTip(tr("Saves logs and version information for support, without patient "
                            "data and without passwords."));
    menu->addAction(action);
    QObject::connect(action, &QAction::triggered, &window, [&window, &db] {
        QString target = std::exchange(nextTarget(), QString());
        if (target.isEmpty()) {
            const QString suggestion =
                QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                    .filePath(QStringLiteral("empfang-diagnose-%1.zip")
                                  .arg(QDate::currentDate().toString(Qt::ISODate)));
            target = QFileDialog::getSaveFileName(&window, tr("Export diagnostics"), suggestion,
                                                  tr("ZIP archive (*.zip)"));
            if (target.isEmpty())
                return;
        }
        if (Status written = DiagnosticsExport::exportTo(db, target); !written) {
            MessageBox::warning(&window, tr("Export diagnostics"), written.error());
            return;
        }
        window.statusBar()->showMessage(
            tr("Diagnostics saved to %1. Please attach the file to your support request.")
                .arg(QDir::toNativeSeparators(target)),
            10000);
    });
}

} // namespace empfang
