#pragma once

#include "settings/settings_tab.h"

#include <QColor>

#include <memory>

class QCheckBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace empfang {

namespace Ui {
class TypesTab;
}

class TextRuleHint;

struct AppointmentType;

/// Appointment types: name, duration, buffers before/after, colour, active.
class TypesTab : public SettingsTab
{
    Q_OBJECT
public:
    TypesTab(Database &db, QWidget *parent = nullptr);
    ~TypesTab() override;
    void reload() override;
    bool hasUnsavedChanges() const override;
    bool saveChanges() override;

private:
    qint64 currentId() const;
    void showCurrent();
    AppointmentType fromFields() const;
    void setColour(const QColor &colour);
    void add();
    void save();

    std::unique_ptr<Ui::TypesTab> m_ui; // the layout: ui/settings/types_tab.ui
    // The form's widgets the list and the fields are read from and written to.
    QListWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    TextRuleHint *m_nameHint = nullptr;
    QSpinBox *m_minutes = nullptr;
    QSpinBox *m_before = nullptr;
    QSpinBox *m_after = nullptr;
    QPushButton *m_colourButton = nullptr;
    QCheckBox *m_active = nullptr;
    QColor m_colour;
};

} // namespace empfang
