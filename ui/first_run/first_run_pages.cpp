#include "first_run/first_run_pages.h"

#include "booking/placeholder_fit.h"
#include "booking/text_rule_hint.h"
#include "common/message_box.h"
#include "ui_hours_page.h"
#include "ui_practice_page.h"
#include "ui_practitioner_page.h"
#include "ui_types_page.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeEdit>
#include <QTimeZone>

namespace empfang {

namespace {

QString nameOf(const char *base, int day)
{
    return QString::fromLatin1(base) + QString::number(day);
}

const QRegularExpression kSomeText(QStringLiteral(".*\\S.*"));

} // namespace

void NamePage::setUpName(QLineEdit *name, QFormLayout *form)
{
    m_name = name;
    fitPlaceholder(m_name);
    // Mandatory means a name: QWizard takes only acceptable input, so blanks alone keep
    // "Next" disabled on this page instead of failing later.
    m_name->setValidator(new QRegularExpressionValidator(kSomeText, m_name));
    registerField(m_name->objectName() + u'*', m_name);
    m_nameHint = new TextRuleHint(m_name, TextRules::Kind::Name, this);
    connect(m_nameHint, &TextRuleHint::validityChanged, this, &QWizardPage::completeChanged);
    int row = 0;
    QFormLayout::ItemRole role;
    form->getWidgetPosition(m_name, &row, &role);
    form->insertRow(row + 1, QString(), m_nameHint);
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
    : NamePage(parent), m_ui(std::make_unique<Ui::PracticePage>())
{
    m_ui->setupUi(this);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_ui->timeZone->addItem(QString::fromLatin1(id));
    m_ui->timeZone->setCurrentText(QStringLiteral("Europe/Berlin"));
    setUpName(m_ui->practiceName, m_ui->form);
}

PracticePage::~PracticePage() = default;

QByteArray PracticePage::timeZoneId() const
{
    return m_ui->timeZone->currentText().toLatin1();
}

PractitionerPage::PractitionerPage(QWidget *parent)
    : NamePage(parent), m_ui(std::make_unique<Ui::PractitionerPage>())
{
    m_ui->setupUi(this);
    setUpName(m_ui->practitionerName, m_ui->form);
}

PractitionerPage::~PractitionerPage() = default;

TypesPage::TypesPage(QWidget *parent) : QWizardPage(parent), m_ui(std::make_unique<Ui::TypesPage>())
{
    m_ui->setupUi(this);
    QTableWidget *table = m_ui->appointmentTypes;
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(m_ui->addTypeButton, &QPushButton::clicked, this, [this, table] {
        addRow(QString(), 30);
        table->setCurrentCell(table->rowCount() - 1, 0);
        table->editItem(table->item(table->rowCount() - 1, 0));
    });
    connect(m_ui->removeTypeButton, &QPushButton::clicked, this, [table] {
        if (table->currentRow() >= 0)
            table->removeRow(table->currentRow());
    });
    // Suggestions from physiotherapy; a medical or therapy practice renames them.
    addRow(tr("Physiotherapy"), 20);
    addRow(tr("Manual therapy"), 25);
    addRow(tr("Initial consultation"), 45);
}

TypesPage::~TypesPage() = default;

void TypesPage::addRow(const QString &name, int minutes)
{
    const int row = m_ui->appointmentTypes->rowCount();
    m_ui->appointmentTypes->insertRow(row);
    m_ui->appointmentTypes->setItem(row, 0, new QTableWidgetItem(name));
    auto *spin = new QSpinBox(m_ui->appointmentTypes);
    spin->setObjectName(QStringLiteral("typeMinutes%1").arg(row));
    spin->setRange(5, 480);
    spin->setSingleStep(5);
    spin->setValue(minutes);
    spin->setSuffix(tr(" min"));
    m_ui->appointmentTypes->setCellWidget(row, 1, spin);
}

QList<AppointmentType> TypesPage::types() const
{
    static const QStringList colors = {QStringLiteral("#76b7b2"), QStringLiteral("#edc948"),
                                       QStringLiteral("#ff9da7"), QStringLiteral("#9c755f"),
                                       QStringLiteral("#4e79a7"), QStringLiteral("#59a14f")};
    QList<AppointmentType> out;
    for (int row = 0; row < m_ui->appointmentTypes->rowCount(); ++row) {
        const QString name = m_ui->appointmentTypes->item(row, 0)
                                 ? TextRules::trimmed(m_ui->appointmentTypes->item(row, 0)->text())
                                 : QString();
        const auto *spin = qobject_cast<QSpinBox *>(m_ui->appointmentTypes->cellWidget(row, 1));
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
    for (int row = 0; row < m_ui->appointmentTypes->rowCount(); ++row) {
        const QString name = m_ui->appointmentTypes->item(row, 0)
                                 ? m_ui->appointmentTypes->item(row, 0)->text()
                                 : QString();
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

HoursPage::HoursPage(QWidget *parent) : QWizardPage(parent), m_ui(std::make_unique<Ui::HoursPage>())
{
    m_ui->setupUi(this);
    // The form holds a row per weekday, Monday (1) to Sunday (7); the names are the locale's.
    const QLocale locale;
    for (int day = 1; day <= 7; ++day) {
        auto *on = findChild<QCheckBox *>(nameOf("workday", day));
        on->setText(locale.dayName(day));
        for (QTimeEdit *edit : {findChild<QTimeEdit *>(nameOf("workFrom", day)),
                                findChild<QTimeEdit *>(nameOf("workTo", day))}) {
            edit->setEnabled(on->isChecked());
            connect(on, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        }
    }
}

HoursPage::~HoursPage() = default;

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
