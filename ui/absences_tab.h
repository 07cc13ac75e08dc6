#pragma once

#include "settings_tab.h"

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QTableWidget;

namespace empfang {

class TextRuleHint;

/// Absences per practitioner (holiday, training, illness): nothing can be booked in them.
class AbsencesTab : public SettingsTab
{
    Q_OBJECT
public:
    AbsencesTab(Database &db, QWidget *parent = nullptr);
    void reload() override;

private:
    void showAbsences();
    void add();
    void remove();

    QComboBox *m_practitioner = nullptr;
    QTableWidget *m_table = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QLineEdit *m_reason = nullptr;
    TextRuleHint *m_reasonHint = nullptr;
};

} // namespace empfang
