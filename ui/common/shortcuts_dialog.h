#pragma once

#include <QDialog>

#include <memory>

class QAction;

namespace empfang {

namespace Ui {
class ShortcutsDialog;
}

/// Help › Keyboard shortcuts: generated from the window's actions, so the list can never drift
/// from what the keys really do.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);
    ~ShortcutsDialog() override;

private:
    /// Action and key, one pair a row, sorted by the action's name.
    static QList<std::pair<QString, QString>> rows(const QList<QAction *> &actions);
    void showRows(const QList<std::pair<QString, QString>> &rows);
    /// As wide as both columns and as tall as every row, within the screen.
    void fitToRows();

    std::unique_ptr<Ui::ShortcutsDialog> m_ui; // the layout: ui/common/shortcuts_dialog.ui
};

} // namespace empfang
