#pragma once

#include "settings/settings_tab.h"

#include <QColor>

class QCheckBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace empfang {

class TextRuleHint;

struct AppointmentType;

/// Appointment types: name, duration, buffers before/after, colour, active.
class TypesTab : public SettingsTab
{
    Q_OBJECT
public:
    TypesTab(Database &db, QWidget *parent = nullptr);
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
