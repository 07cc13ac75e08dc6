#pragma once

#include "settings/settings_tab.h"

#include <memory>

class QCheckBox;
class QLineEdit;
class QListWidget;

namespace empfang {

namespace Ui {
class PractitionersTab;
}

class TextRuleHint;

/// Practitioners: add, rename, deactivate, and which appointment types each offers.
class PractitionersTab : public SettingsTab
{
    Q_OBJECT
public:
    PractitionersTab(Database &db, QWidget *parent = nullptr);
    ~PractitionersTab() override;
    void reload() override;
    bool hasUnsavedChanges() const override;
    bool saveChanges() override;

private:
    qint64 currentId() const;
    void showCurrent();
    void add();
    /// Name, active flag and offered types together: one button, one save.
    void save();
    QList<qint64> tickedTypes() const;
    QList<qint64> storedTypes() const;

    std::unique_ptr<Ui::PractitionersTab> m_ui; // the layout: ui/settings/practitioners_tab.ui
    // The form's widgets the list and the fields are read from and written to.
    QListWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    TextRuleHint *m_nameHint = nullptr;
    QCheckBox *m_active = nullptr;
    QListWidget *m_offers = nullptr;
};

} // namespace empfang
