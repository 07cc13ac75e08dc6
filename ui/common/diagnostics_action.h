#pragma once

#include <QCoreApplication>

class QMainWindow;
class QMenu;

namespace empfang {

class Database;

/// The Help menu's "Export diagnostics…" (objectName actionExportDiagnostics): asks where to
/// save and writes the bundle of DiagnosticsExport. Separate from MainWindow so the window
/// does not grow with support features.
class DiagnosticsAction
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosticsAction)
public:
    /// Adds the action to `menu`, else to the window's menu "menuHelp", else to a new one.
    static void install(QMainWindow &window, Database &db, QMenu *menu = nullptr);
    /// Test hook: the next export goes to this path without a file dialog.
    static void setNextTarget(const QString &path);
};

} // namespace empfang
