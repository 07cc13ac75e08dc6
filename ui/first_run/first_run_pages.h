#pragma once

#include "domain/appointment_type.h"
#include "domain/weekly_hours.h"

#include <QWizardPage>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QTableWidget;

namespace empfang {

class TextRuleHint;

/// A wizard page that asks for a name: the field with its rule hint under it; "Next" only
/// with a name the rules accept (blanks alone keep it disabled).
class NamePage : public QWizardPage
{
    Q_OBJECT
public:
    bool isComplete() const override;

protected:
    /// `field` is the wizard field and the line edit's objectName ("practiceName").
    NamePage(const QString &field, const QString &placeholder, QWidget *parent);
    /// The name row and the hint row under it.
    void addNameRows(QFormLayout *form, const QString &label);
    QString name() const;

private:
    QLineEdit *m_name = nullptr;
    TextRuleHint *m_nameHint = nullptr;
};

/// Wizard page 1: the practice's name and time zone.
class PracticePage : public NamePage
{
    Q_OBJECT
public:
    explicit PracticePage(QWidget *parent = nullptr);
    QString practiceName() const { return name(); }
    QByteArray timeZoneId() const;

private:
    QComboBox *m_timeZone = nullptr;
};

/// Wizard page 2: the first practitioner (more come later in the settings).
class PractitionerPage : public NamePage
{
    Q_OBJECT
public:
    explicit PractitionerPage(QWidget *parent = nullptr);
    QString practitionerName() const { return name(); }
};

/// Wizard page 3: appointment types, prefilled with common physiotherapy ones to edit.
class TypesPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit TypesPage(QWidget *parent = nullptr);
    /// Rows with a name; rows left empty are skipped.
    QList<AppointmentType> types() const;
    bool validatePage() override;
    void addRow(const QString &name, int minutes);

private:
    QTableWidget *m_table = nullptr;
};

/// Wizard page 4: working hours per weekday (one interval each; split shifts later in the
/// settings).
class HoursPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit HoursPage(QWidget *parent = nullptr);
    /// The checked days, with practitionerId 0 (filled in on save).
    QList<WeeklyHours> hours() const;
    void initializePage() override;
    bool validatePage() override;
};

} // namespace empfang
