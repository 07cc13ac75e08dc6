#pragma once

#include "domain/practice_contact.h"
#include "domain/practice_settings.h"
#include "settings/settings_tab.h"

#include <memory>

namespace empfang {

namespace Ui {
class PracticeTab;
}

class BackupFolderField;
class TextRuleHint;

/// Practice-wide rules (name, time zone, slot step, minimum notice, booking horizon) and how
/// patients reach the practice (address, phone, e-mail, website — printed on the card).
class PracticeTab : public SettingsTab
{
    Q_OBJECT
public:
    PracticeTab(Database &db, QWidget *parent = nullptr);
    ~PracticeTab() override;
    void reload() override;
    bool hasUnsavedChanges() const override;
    bool saveChanges() override;

private:
    void save();
    PracticeSettings rulesFromFields() const;
    PracticeContact contactFromFields() const;

    std::unique_ptr<Ui::PracticeTab> m_ui; // the layout: ui/settings/practice_tab.ui
    // What the fields showed when they were filled: a save stores only what was edited since,
    // so a field another desk changed meanwhile is kept.
    PracticeSettings m_shown;
    PracticeContact m_shownContact;
    TextRuleHint *m_nameHint = nullptr;
    BackupFolderField *m_backupFolder = nullptr;
};

} // namespace empfang
