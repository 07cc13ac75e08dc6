#pragma once

#include "settings/list_form_tab.h"

#include <QColor>

#include <memory>

class QCheckBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace empfang {

namespace Ui {
class TypesTab;
}

struct AppointmentType;

/// Appointment types: name, duration, buffers before/after, colour, active.
class TypesTab : public ListFormTab
{
    Q_OBJECT
public:
    TypesTab(Database &db, QWidget *parent = nullptr);
    ~TypesTab() override;
    void reload() override;
    bool hasUnsavedChanges() const override;

private:
    void showCurrent() override;
    AppointmentType fromFields() const;
    void setColour(const QColor &colour);
    void add() override;
    void save() override;

    std::unique_ptr<Ui::TypesTab> m_ui; // the layout: ui/settings/types_tab.ui
    // The form's fields the functions below read and write (m_list, m_nameHint: ListFormTab).
    QLineEdit *m_name = nullptr;
    QSpinBox *m_minutes = nullptr;
    QSpinBox *m_before = nullptr;
    QSpinBox *m_after = nullptr;
    QPushButton *m_colourButton = nullptr;
    QCheckBox *m_active = nullptr;
    QColor m_colour;
};

} // namespace empfang
