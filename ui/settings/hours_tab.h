#pragma once

#include "settings/practitioner_rows_tab.h"

class QComboBox;
class QLineEdit;
class QTimeEdit;

namespace empfang {

/// Weekly working hours per practitioner: several intervals per weekday, each valid for an
/// optional range of dates. What an interval must be is WorkingHoursRule's (src/domain).
class HoursTab : public PractitionerRowsTab
{
    Q_OBJECT
public:
    HoursTab(Database &db, QWidget *parent = nullptr);

private:
    void showRows() override;
    void addEntry() override;
    Status removeRow(qint64 id) override;

    QComboBox *m_weekday = nullptr;
    QTimeEdit *m_from = nullptr;
    QTimeEdit *m_to = nullptr;
    QLineEdit *m_validFrom = nullptr;
    QLineEdit *m_validTo = nullptr;
};

} // namespace empfang
