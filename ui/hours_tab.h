#pragma once

#include "settings_tab.h"

class QComboBox;
class QLineEdit;
class QTableWidget;
class QTimeEdit;

namespace empfang {

/// Weekly working hours per practitioner: several intervals per weekday, each valid for an
/// optional range of dates.
class HoursTab : public SettingsTab
{
    Q_OBJECT
public:
    HoursTab(Database &db, QWidget *parent = nullptr);
    void reload() override;

private:
    void showHours();
    void add();
    void remove();

    QComboBox *m_practitioner = nullptr;
    QTableWidget *m_table = nullptr;
    QComboBox *m_weekday = nullptr;
    QTimeEdit *m_from = nullptr;
    QTimeEdit *m_to = nullptr;
    QLineEdit *m_validFrom = nullptr;
    QLineEdit *m_validTo = nullptr;
};

} // namespace empfang
