#pragma once

#include <QDialog>

class QAction;

namespace empfang {

/// Help › Keyboard shortcuts: generated from the window's actions, so the list can never drift
/// from what the keys really do.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);
};

} // namespace empfang
