#pragma once

#include "settings_tab.h"

#include <QDate>

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
    /// The day the desk is looking at: a new absence defaults to that day's working hours.
    void setDay(const QDate &day);

signals:
    /// "Move appointments…" after an absence over booked ones: the desk moves these.
    void moveRequested(const QList<qint64> &appointmentIds);

private:
    void showAbsences();
    void fillDefaults();
    void add();
    void remove();

    QComboBox *m_practitioner = nullptr;
    QTableWidget *m_table = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QLineEdit *m_reason = nullptr;
    TextRuleHint *m_reasonHint = nullptr;
    QDate m_day;
};

} // namespace empfang
