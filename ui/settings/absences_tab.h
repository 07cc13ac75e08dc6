#pragma once

#include "settings/practitioner_rows_tab.h"

#include <QDate>

class QDateTimeEdit;
class QLineEdit;

namespace empfang {

class TextRuleHint;

/// Absences per practitioner (holiday, training, illness): nothing can be booked in them.
class AbsencesTab : public PractitionerRowsTab
{
    Q_OBJECT
public:
    AbsencesTab(Database &db, QWidget *parent = nullptr);
    /// The day the desk is looking at: a new absence defaults to that day's working hours.
    void setDay(const QDate &day);

signals:
    /// "Move appointments…" after an absence over booked ones: the desk moves these.
    void moveRequested(const QList<qint64> &appointmentIds);

private:
    void showRows() override;
    void addEntry() override;
    Status removeRow(qint64 id) override;
    void practitionerChanged() override;
    void fillDefaults();

    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QLineEdit *m_reason = nullptr;
    TextRuleHint *m_reasonHint = nullptr;
    QDate m_day;
};

} // namespace empfang
