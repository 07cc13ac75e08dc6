#include "hours_tab.h"

#include "placeholder_fit.h"
#include "storage/schedule_repository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace empfang {

namespace {

const QString kDateFormat = QStringLiteral("dd.MM.yyyy");

} // namespace

HoursTab::HoursTab(Database &db, QWidget *parent) : SettingsTab(db, parent)
{
    setObjectName(QStringLiteral("hoursTab"));
    m_practitioner = new QComboBox(this);
    m_practitioner->setObjectName(QStringLiteral("hoursPractitioner"));
    m_practitioner->setAccessibleName(tr("Practitioner"));
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("hoursTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Weekday"), tr("From"), tr("To"), tr("Valid from"), tr("Valid until")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();

    m_weekday = new QComboBox(this);
    m_weekday->setObjectName(QStringLiteral("hoursWeekday"));
    m_weekday->setAccessibleName(tr("Weekday"));
    for (int day = 1; day <= 7; ++day)
        m_weekday->addItem(QLocale().dayName(day), day);
    m_from = new QTimeEdit(QTime(8, 0), this);
    m_from->setObjectName(QStringLiteral("hoursFrom"));
    m_from->setAccessibleName(tr("Working from"));
    m_to = new QTimeEdit(QTime(12, 0), this);
    m_to->setObjectName(QStringLiteral("hoursTo"));
    m_to->setAccessibleName(tr("Working until"));
    for (QTimeEdit *edit : {m_from, m_to})
        edit->setDisplayFormat(QStringLiteral("HH:mm"));
    m_validFrom = new QLineEdit(this);
    m_validFrom->setObjectName(QStringLiteral("hoursValidFrom"));
    m_validFrom->setAccessibleName(tr("Valid from (date)"));
    m_validTo = new QLineEdit(this);
    m_validTo->setObjectName(QStringLiteral("hoursValidTo"));
    m_validTo->setAccessibleName(tr("Valid until (date)"));
    for (QLineEdit *edit : {m_validFrom, m_validTo}) {
        edit->setPlaceholderText(tr("DD.MM.YYYY (optional)"));
        fitPlaceholder(edit);
    }
    auto *addButton = new QPushButton(tr("Add interval"), this);
    addButton->setObjectName(QStringLiteral("addHours"));
    auto *removeButton = new QPushButton(tr("Remove selected"), this);
    removeButton->setObjectName(QStringLiteral("removeHours"));

    auto *top = new QFormLayout;
    top->addRow(tr("Practitioner:"), m_practitioner);
    auto *row = new QHBoxLayout;
    row->addWidget(m_weekday);
    row->addWidget(m_from);
    row->addWidget(m_to);
    row->addWidget(m_validFrom);
    row->addWidget(m_validTo);
    row->addWidget(addButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table);
    layout->addLayout(row);
    layout->addWidget(removeButton, 0, Qt::AlignRight);

    connect(m_practitioner, &QComboBox::currentIndexChanged, this, &HoursTab::showHours);
    connect(addButton, &QPushButton::clicked, this, &HoursTab::add);
    connect(removeButton, &QPushButton::clicked, this, &HoursTab::remove);
    reload();
}

void HoursTab::reload()
{
    refillPractitioners(m_practitioner);
    showHours();
}

void HoursTab::showHours()
{
    m_table->setRowCount(0);
    auto hours = ScheduleRepository(m_db).hours(m_practitioner->currentData().toLongLong());
    if (!hours)
        return;
    for (const WeeklyHours &h : hours.value()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells = {
            QLocale().dayName(h.weekday), h.from.toString(QStringLiteral("HH:mm")),
            h.to.toString(QStringLiteral("HH:mm")),
            h.validFrom.isValid() ? h.validFrom.toString(kDateFormat) : QString(),
            h.validTo.isValid() ? h.validTo.toString(kDateFormat) : QString()};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setData(Qt::UserRole, h.id);
            m_table->setItem(row, column, item);
        }
    }
}

void HoursTab::add()
{
    WeeklyHours h;
    h.practitionerId = m_practitioner->currentData().toLongLong();
    if (h.practitionerId == 0)
        return fail(tr("Please add a practitioner first."));
    h.weekday = m_weekday->currentData().toInt();
    h.from = m_from->time();
    h.to = m_to->time();
    for (auto [edit, date] :
         {std::pair{m_validFrom, &h.validFrom}, std::pair{m_validTo, &h.validTo}}) {
        const QString text = edit->text().trimmed();
        if (text.isEmpty())
            continue;
        *date = QDate::fromString(text, kDateFormat);
        if (!date->isValid())
            return fail(tr("\"%1\" is not a date like 31.12.2026. Nothing was changed.").arg(text));
    }
    if (h.validFrom.isValid() && h.validTo.isValid() && h.validTo < h.validFrom)
        return fail(tr("\"Valid until\" must not lie before \"valid from\". Nothing was changed."));
    auto added = ScheduleRepository(m_db).addHours(h);
    if (!added)
        return fail(added.error());
    showHours();
    done(tr("Working hours added."));
}

void HoursTab::remove()
{
    const QTableWidgetItem *item = m_table->currentItem();
    if (!item)
        return fail(tr("Please choose an interval in the table first."));
    if (Status s = ScheduleRepository(m_db).removeHours(item->data(Qt::UserRole).toLongLong()); !s)
        return fail(s.error());
    showHours();
    done(tr("Working hours removed."));
}

} // namespace empfang
