#pragma once

#include "settings/list_form_tab.h"

#include <memory>

class QCheckBox;
class QLineEdit;
class QListWidget;

namespace empfang {

namespace Ui {
class PractitionersTab;
}

/// Practitioners: add, rename, deactivate, and which appointment types each offers.
class PractitionersTab : public ListFormTab
{
    Q_OBJECT
public:
    PractitionersTab(Database &db, QWidget *parent = nullptr);
    ~PractitionersTab() override;
    void reload() override;
    bool hasUnsavedChanges() const override;

private:
    void showCurrent() override;
    void add() override;
    /// Name, active flag and offered types together: one button, one save.
    void save() override;
    QList<qint64> tickedTypes() const;
    QList<qint64> storedTypes() const;

    std::unique_ptr<Ui::PractitionersTab> m_ui; // the layout: ui/settings/practitioners_tab.ui
    // The form's fields the functions below read and write (m_list, m_nameHint: ListFormTab).
    QLineEdit *m_name = nullptr;
    QCheckBox *m_active = nullptr;
    QListWidget *m_offers = nullptr;
};

} // namespace empfang
