#pragma once

#include "domain/practice_contact.h"
#include "domain/practice_settings.h"
#include "settings_tab.h"

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace empfang {

class BackupFolderField;
class TextRuleHint;

/// Practice-wide rules (name, time zone, slot step, minimum notice, booking horizon) and how
/// patients reach the practice (address, phone, e-mail, website — printed on the card).
class PracticeTab : public SettingsTab
{
    Q_OBJECT
public:
    PracticeTab(Database &db, QWidget *parent = nullptr);
    void reload() override;
    bool hasUnsavedChanges() const override;
    bool saveChanges() override;

private:
    void save();
    PracticeSettings rulesFromFields() const;
    PracticeContact contactFromFields() const;

    QLineEdit *m_name = nullptr;
    TextRuleHint *m_nameHint = nullptr;
    QComboBox *m_zone = nullptr;
    QSpinBox *m_step = nullptr;
    QSpinBox *m_notice = nullptr;
    QSpinBox *m_horizon = nullptr;
    BackupFolderField *m_backupFolder = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_website = nullptr;
    QComboBox *m_cardFormat = nullptr;
};

} // namespace empfang
