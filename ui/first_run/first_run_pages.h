#pragma once

#include "domain/appointment_type.h"
#include "domain/weekly_hours.h"

#include <QWizardPage>

#include <memory>

class QFormLayout;
class QLineEdit;

namespace empfang {

namespace Ui {
class HoursPage;
class PracticePage;
class PractitionerPage;
class TypesPage;
} // namespace Ui

class TextRuleHint;

/// A wizard page that asks for a name: the field with its rule hint under it; "Next" only
/// with a name the rules accept (blanks alone keep it disabled).
class NamePage : public QWizardPage
{
    Q_OBJECT
public:
    bool isComplete() const override;

protected:
    explicit NamePage(QWidget *parent) : QWizardPage(parent) {}
    /// Makes `name`, a field of the page's form, the mandatory wizard field named after its
    /// objectName ("practiceName") and puts its rule hint in a row under it.
    void setUpName(QLineEdit *name, QFormLayout *form);
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
    ~PracticePage() override;
    QString practiceName() const { return name(); }
    QByteArray timeZoneId() const;

private:
    std::unique_ptr<Ui::PracticePage> m_ui; // the layout: ui/first_run/practice_page.ui
};

/// Wizard page 2: the first practitioner (more come later in the settings).
class PractitionerPage : public NamePage
{
    Q_OBJECT
public:
    explicit PractitionerPage(QWidget *parent = nullptr);
    ~PractitionerPage() override;
    QString practitionerName() const { return name(); }

private:
    std::unique_ptr<Ui::PractitionerPage> m_ui; // the layout: ui/first_run/practitioner_page.ui
};

/// Wizard page 3: appointment types, prefilled with common physiotherapy ones to edit.
class TypesPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit TypesPage(QWidget *parent = nullptr);
    ~TypesPage() override;
    /// Rows with a name; rows left empty are skipped.
    QList<AppointmentType> types() const;
    bool validatePage() override;
    void addRow(const QString &name, int minutes);

private:
    std::unique_ptr<Ui::TypesPage> m_ui; // the layout: ui/first_run/types_page.ui
};

/// Wizard page 4: working hours per weekday (one interval each; split shifts later in the
/// settings).
class HoursPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit HoursPage(QWidget *parent = nullptr);
    ~HoursPage() override;
    /// The checked days, with practitionerId 0 (filled in on save).
    QList<WeeklyHours> hours() const;
    void initializePage() override;
    bool validatePage() override;

private:
    std::unique_ptr<Ui::HoursPage> m_ui; // the layout: ui/first_run/hours_page.ui
};

} // namespace empfang
