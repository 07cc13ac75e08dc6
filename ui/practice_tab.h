#pragma once

#include "settings_tab.h"

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace empfang {

class BackupFolderField;
class TextRuleHint;

/// Practice-wide rules: name, time zone, slot step, minimum notice, booking horizon.
class PracticeTab : public SettingsTab
{
    Q_OBJECT
public:
    PracticeTab(Database &db, QWidget *parent = nullptr);
    void reload() override;

private:
    void save();

    QLineEdit *m_name = nullptr;
    TextRuleHint *m_nameHint = nullptr;
    QComboBox *m_zone = nullptr;
    QSpinBox *m_step = nullptr;
    QSpinBox *m_notice = nullptr;
    QSpinBox *m_horizon = nullptr;
    BackupFolderField *m_backupFolder = nullptr;
};

} // namespace empfang
