#include "settings/hours_tab.h"

#include "booking/placeholder_fit.h"
#include "booking/practice_directory.h"
#include "booking/schedule_setup.h"

#include <QComboBox>
#include <QLineEdit>
#include <QLocale>
#include <QTimeEdit>

namespace empfang {

namespace {

const QString kDateFormat = QStringLiteral("dd.MM.yyyy");

} // namespace

HoursTab::HoursTab(Database &db, QWidget *parent)
    : PractitionerRowsTab(
          db,
          {.tabName = QStringLiteral("hoursTab"),
           .practitionerName = QStringLiteral("hoursPractitioner"),
           .tableName = QStringLiteral("hoursTable"),
           .removeName = QStringLiteral("removeHours"),
           .headers = {tr("Weekday"), tr("From"), tr("To"), tr("Valid from"), tr("Valid until")},
           .noSelection = tr("Please choose an interval in the table first."),
           .removed = tr("Working hours removed.")},
          parent)
{
    m_weekday = makeField<QComboBox>("hoursWeekday", tr("Weekday"));
    for (int day = 1; day <= 7; ++day)
        m_weekday->addItem(QLocale().dayName(day), day);
    m_from = makeField<QTimeEdit>("hoursFrom", tr("Working from"), QTime(8, 0));
    m_to = makeField<QTimeEdit>("hoursTo", tr("Working until"), QTime(12, 0));
    for (QTimeEdit *edit : {m_from, m_to})
        edit->setDisplayFormat(QStringLiteral("HH:mm"));
    m_validFrom = makeField<QLineEdit>("hoursValidFrom", tr("Valid from (date)"));
    m_validTo = makeField<QLineEdit>("hoursValidTo", tr("Valid until (date)"));
    for (QLineEdit *edit : {m_validFrom, m_validTo}) {
        edit->setPlaceholderText(tr("DD.MM.YYYY (optional)"));
        fitPlaceholder(edit);
    }
    addEntryRow({m_weekday, m_from, m_to, m_validFrom, m_validTo}, tr("Add interval"),
                QStringLiteral("addHours"));
    reload();
}

void HoursTab::showRows()
{
    QList<std::pair<qint64, QStringList>> rows;
    if (auto hours = PracticeDirectory(m_db).hours(practitionerId())) {
        for (const WeeklyHours &h : hours.value())
            rows.append({h.id,
                         {QLocale().dayName(h.weekday), h.from.toString(QStringLiteral("HH:mm")),
                          h.to.toString(QStringLiteral("HH:mm")),
                          h.validFrom.isValid() ? h.validFrom.toString(kDateFormat) : QString(),
                          h.validTo.isValid() ? h.validTo.toString(kDateFormat) : QString()}});
    }
    setRows(rows);
}

void HoursTab::addEntry()
{
    WeeklyHours h;
    h.practitionerId = practitionerId();
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
    // ScheduleSetup refuses with WorkingHoursRule's sentence, as for `empfang-cli hours set`.
    auto added = ScheduleSetup(m_db).addHours(h);
    if (!added)
        return fail(added.error());
    showRows();
    done(tr("Working hours added."));
}

Status HoursTab::removeRow(qint64 id)
{
    return ScheduleSetup(m_db).removeHours(id);
}

} // namespace empfang
