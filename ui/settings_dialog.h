#pragma once

#include <QDialog>

class QLabel;
class QTabWidget;

namespace empfang {

class Database;

/// Practice setup in tabs: practice rules, practitioners, appointment types, working hours,
/// absences. Each tab writes at once through its repository; invalid input shows a German
/// message at the bottom and changes nothing.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(Database &db, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    QString message() const;

private:
    void showMessage(const QString &text, bool error);

    QTabWidget *m_tabs = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace empfang
