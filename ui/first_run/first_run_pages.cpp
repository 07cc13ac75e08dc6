#include "first_run/first_run_pages.h"

#include "booking/placeholder_fit.h"
#include "booking/text_rule_hint.h"
#include "common/message_box.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace empfang {

namespace {

QString nameOf(const char *base, int day)
{
    return QString::fromLatin1(base) + QString::number(day);
}

const QRegularExpression kSomeText(QStringLiteral(".*\\S.*"));

} // namespace

NamePage::NamePage(const QString &field, const QString &placeholder, QWidget *parent)
    : QWizardPage(parent)
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(field);
    m_name->setPlaceholderText(placeholder);
    fitPlaceholder(m_name);
    // Mandatory means a name: QWizard takes only acceptable input, so blanks alone keep
    // "Next" disabled on this page instead of failing later.
    m_name->setValidator(new QRegularExpressionValidator(kSomeText, m_name));
    registerField(field + u'*', m_name);
}

void NamePage::addNameRows(QFormLayout *form, const QString &label)
{
    m_nameHint = new TextRuleHint(m_name, TextRules::Kind::Name, this);
    connect(m_nameHint, &TextRuleHint::validityChanged, this, &QWizardPage::completeChanged);
    form->addRow(label, m_name);
    form->addRow(QString(), m_nameHint);
}

bool NamePage::isComplete() const
{
    return QWizardPage::isComplete() && m_nameHint->isOk();
}

QString NamePage::name() const
{
    return TextRules::trimmed(m_name->text());
}

PracticePage::PracticePage(QWidget *parent)
    : NamePage(QStringLiteral("practiceName"), tr("e.g. Physiotherapie am Markt"), parent)
{
    setObjectName(QStringLiteral("practicePage"));
    setTitle(tr("Welcome to Empfang"));
    setSubTitle(tr("Four short steps and the appointment grid is ready. Everything can be "
                   "changed later under Settings."));
    m_timeZone = new QComboBox(this);
    m_timeZone->setObjectName(QStringLiteral("timeZone"));
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromLatin1(id));
    m_timeZone->setCurrentText(QStringLiteral("Europe/Berlin"));
    auto *form = new QFormLayout(this);
    addNameRows(form, tr("Name of the practice:"));
    form->addRow(tr("Time zone:"), m_timeZone);
}

QByteArray PracticePage::timeZoneId() const
{
    return m_timeZone->currentText().toLatin1();
}

PractitionerPage::PractitionerPage(QWidget *parent)
    : NamePage(QStringLiteral("practitionerName"), tr("e.g. Anna Berger"), parent)
{
    setObjectName(QStringLiteral("practitionerPage"));
    setTitle(tr("First practitioner"));
    setSubTitle(tr("Who treats patients? Further practitioners can be added later."));
    addNameRows(new QFormLayout(this), tr("Name:"));
}

TypesPage::TypesPage(QWidget *parent) : QWizardPage(parent)
{
    setObjectName(QStringLiteral("typesPage"));
    setTitle(tr("Appointment types"));
    setSubTitle(tr("What is booked, and how long does it take? Edit the suggestions, clear a "
                   "name to leave a type out."));
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("appointmentTypes"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Minutes")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    auto *add = new QPushButton(tr("Add type"), this);
    add->setObjectName(QStringLiteral("addTypeButton"));
    auto *remove = new QPushButton(tr("Remove type"), this);
    remove->setObjectName(QStringLiteral("removeTypeButton"));
    connect(add, &QPushButton::clicked, this, [this] {
        addRow(QString(), 30);
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *column = new QVBoxLayout(this);
    column->addWidget(m_table);
    column->addLayout(buttons);
    // Suggestions from physiotherapy; a medical or therapy practice renames them.
    addRow(tr("Physiotherapy"), 20);
    addRow(tr("Manual therapy"), 25);
    addRow(tr("Initial consultation"), 45);
}

void TypesPage::addRow(const QString &name, int minutes)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(name));
    auto *spin = new QSpinBox(m_table);
    spin->setObjectName(QStringLiteral("typeMinutes%1").arg(row));
    spin->setRange(5, 480);
    spin->setSingleStep(5);
    spin->setValue(minutes);
    spin->setSuffix(tr(" min"));
    m_table->setCellWidget(row, 1, spin);
}

QList<AppointmentType> TypesPage::types() const
{
    static const QStringList colors = {QStringLiteral("#76b7b2"), QStringLiteral("#edc948"),
                                       QStringLiteral("#ff9da7"), QStringLiteral("#9c755f"),
                                       QStringLiteral("#4e79a7"), QStringLiteral("#59a14f")};
    QList<AppointmentType> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString name =
            m_table->item(row, 0) ? TextRules::trimmed(m_table->item(row, 0)->text()) : QString();
        const auto *spin = qobject_cast<QSpinBox *>(m_table->cellWidget(row, 1));
        if (name.isEmpty() || !spin)
            continue;
        AppointmentType t;
        t.name = name;
        t.minutes = spin->value();
        t.color = colors.at(out.size() % colors.size());
        out << t;
    }
    return out;
}

bool TypesPage::validatePage()
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString name = m_table->item(row, 0) ? m_table->item(row, 0)->text() : QString();
        if (const QString problem = TextRules::nameProblem(name); !problem.isEmpty()) {
            MessageBox::warning(this, tr("Appointment types"),
                                tr("The name in row %1: %2").arg(row + 1).arg(problem));
            return false;
        }
    }
    if (!types().isEmpty())
        return true;
    MessageBox::warning(this, tr("Appointment types"),
                        tr("Please enter at least one appointment type."));
    return false;
}

HoursPage::HoursPage(QWidget *parent) : QWizardPage(parent)
{
    setObjectName(QStringLiteral("hoursPage"));
    setTitle(tr("Working hours"));
    auto *grid = new QGridLayout(this);
    grid->addWidget(new QLabel(tr("from"), this), 0, 1);
    grid->addWidget(new QLabel(tr("to"), this), 0, 2);
    const QLocale locale;
    for (int day = 1; day <= 7; ++day) {
        auto *on = new QCheckBox(locale.dayName(day), this);
        on->setObjectName(nameOf("workday", day));
        on->setChecked(day <= 5);
        auto *from = new QTimeEdit(QTime(8, 0), this);
        from->setObjectName(nameOf("workFrom", day));
        auto *to = new QTimeEdit(QTime(day == 5 ? 14 : 18, 0), this);
        to->setObjectName(nameOf("workTo", day));
        for (QTimeEdit *edit : {from, to}) {
            edit->setDisplayFormat(QStringLiteral("HH:mm"));
            edit->setEnabled(on->isChecked());
            connect(on, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        }
        grid->addWidget(on, day, 0);
        grid->addWidget(from, day, 1);
        grid->addWidget(to, day, 2);
    }
    grid->setColumnStretch(3, 1);
}

void HoursPage::initializePage()
{
    setSubTitle(tr("When does %1 work? Appointments can be booked in these hours; breaks and "
                   "split shifts can be added later under Settings.")
                    .arg(field(QStringLiteral("practitionerName")).toString().trimmed()));
}

QList<WeeklyHours> HoursPage::hours() const
{
    QList<WeeklyHours> out;
    for (int day = 1; day <= 7; ++day) {
        const auto *on = findChild<QCheckBox *>(nameOf("workday", day));
        const auto *from = findChild<QTimeEdit *>(nameOf("workFrom", day));
        const auto *to = findChild<QTimeEdit *>(nameOf("workTo", day));
        if (on && from && to && on->isChecked())
            out << WeeklyHours{0, 0, day, from->time(), to->time(), {}, {}};
    }
    return out;
}

bool HoursPage::validatePage()
{
    const QList<WeeklyHours> list = hours();
    if (list.isEmpty()) {
        MessageBox::warning(this, tr("Working hours"), tr("Please tick at least one working day."));
        return false;
    }
    for (const WeeklyHours &h : list) {
        if (h.from >= h.to) {
            MessageBox::warning(
                this, tr("Working hours"),
                tr("On %1 the end must lie after the start.").arg(QLocale().dayName(h.weekday)));
            return false;
        }
    }
    return true;
}

} // namespace empfang
