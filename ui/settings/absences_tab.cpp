#include "settings/absences_tab.h"

#include "booking/placeholder_fit.h"
#include "booking/practice_directory.h"
#include "booking/schedule_setup.h"
#include "booking/text_rule_hint.h"
#include "common/message_box.h"
#include "scheduling/slot_finder.h"

#include <QBoxLayout>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QPushButton>

namespace empfang {

namespace {

const QString kFormat = QStringLiteral("dd.MM.yyyy HH:mm");

} // namespace

AbsencesTab::AbsencesTab(Database &db, QWidget *parent)
    : PractitionerRowsTab(db,
                          {.tabName = QStringLiteral("absencesTab"),
                           .practitionerName = QStringLiteral("absencePractitioner"),
                           .tableName = QStringLiteral("absenceTable"),
                           .removeName = QStringLiteral("removeAbsence"),
                           .headers = {tr("From"), tr("Until"), tr("Reason")},
                           .noSelection = tr("Please choose an absence in the table first."),
                           .removed = tr("Absence removed.")},
                          parent)
{
    m_day = QDate::currentDate();
    m_from = makeField<QDateTimeEdit>("absenceFrom", tr("Absent from"));
    m_to = makeField<QDateTimeEdit>("absenceTo", tr("Absent until"));
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(kFormat);
        edit->setCalendarPopup(true);
    }
    m_reason = makeField<QLineEdit>("absenceReason", tr("Reason for the absence"));
    m_reason->setPlaceholderText(tr("Reason (optional, e.g. holiday)"));
    fitPlaceholder(m_reason);
    QPushButton *addButton =
        addEntryRow({m_from, m_to, m_reason}, tr("Add absence"), QStringLiteral("addAbsence"));
    entryRow()->setStretchFactor(m_reason, 1);
    m_reasonHint = new TextRuleHint(m_reason, TextRules::Kind::Name, this);
    m_reasonHint->disables({addButton});
    addBelowEntryRow(m_reasonHint);
    reload();
}

void AbsencesTab::practitionerChanged()
{
    showRows();
    fillDefaults();
}

void AbsencesTab::setDay(const QDate &day)
{
    if (!day.isValid())
        return;
    m_day = day;
    fillDefaults();
}

void AbsencesTab::fillDefaults()
{
    // The practitioner's working hours of the chosen day (one call of sick is the usual case);
    // a day off falls back to the whole day.
    const QTimeZone zone = PracticeDirectory(m_db).timeZone();
    SlotRequest r;
    r.zone = zone;
    r.firstDay = r.lastDay = m_day;
    if (auto hours = PracticeDirectory(m_db).hours(practitionerId()))
        r.hours = hours.value();
    const QList<Interval> working = SlotFinder::workingIntervals(r);
    if (working.isEmpty()) {
        m_from->setDateTime(QDateTime(m_day, QTime(0, 0)));
        m_to->setDateTime(QDateTime(m_day.addDays(1), QTime(0, 0)));
        return;
    }
    const auto local = [&zone](qint64 ms) {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, zone);
        return QDateTime(t.date(), t.time());
    };
    m_from->setDateTime(local(working.first().startMs));
    m_to->setDateTime(local(working.last().endMs));
}

void AbsencesTab::showRows()
{
    const QTimeZone zone = PracticeDirectory(m_db).timeZone();
    // Everything from a year back: older absences no longer matter at the desk.
    const qint64 from = QDateTime::currentDateTimeUtc().addYears(-1).toMSecsSinceEpoch();
    const qint64 to = QDateTime::currentDateTimeUtc().addYears(20).toMSecsSinceEpoch();
    QList<std::pair<qint64, QStringList>> rows;
    if (auto absences = PracticeDirectory(m_db).absences(practitionerId(), Interval{from, to})) {
        for (const Absence &a : absences.value())
            rows.append(
                {a.id,
                 {QDateTime::fromMSecsSinceEpoch(a.span.startMs, zone).toString(kFormat),
                  QDateTime::fromMSecsSinceEpoch(a.span.endMs, zone).toString(kFormat), a.reason}});
    }
    setRows(rows);
}

void AbsencesTab::addEntry()
{
    if (!m_reasonHint->isOk())
        return; // the hint under the reason says why
    Absence a;
    a.practitionerId = practitionerId();
    if (a.practitionerId == 0)
        return fail(tr("Please add a practitioner first."));
    // The edits show practice time; store the instants that practice time means.
    const QTimeZone zone = PracticeDirectory(m_db).timeZone();
    a.span = {QDateTime(m_from->date(), m_from->time(), zone).toMSecsSinceEpoch(),
              QDateTime(m_to->date(), m_to->time(), zone).toMSecsSinceEpoch()};
    a.reason = m_reason->text().trimmed();
    // Booked appointments in that time are named before anything is stored.
    QList<Appointment> affected;
    if (auto found = ScheduleSetup(m_db).appointmentsIn(a))
        affected = found.value();
    bool moveThem = false;
    if (!affected.isEmpty()) {
        QStringList lines;
        for (const Appointment &x : affected.mid(0, 8))
            lines << QStringLiteral("• %1 %2, %3")
                         .arg(
                             QDateTime::fromMSecsSinceEpoch(x.span.startMs, zone).toString(kFormat),
                             x.patientName, x.typeName);
        if (affected.size() > 8)
            lines << tr("… and %n more", "", int(affected.size() - 8));
        const auto answer = MessageBox::choose(
            this, tr("Appointments in the absence"),
            tr("%n appointment(s) lie in the absence:", "", int(affected.size())) + u'\n' +
                lines.join(u'\n') + u'\n' +
                tr("They stay booked and are marked in the grid until they are moved or "
                   "cancelled."),
            tr("Move appointments…"), tr("Add anyway"));
        if (answer == QMessageBox::Cancel)
            return fail(tr("Nothing was added."));
        moveThem = answer == QMessageBox::Yes;
    }
    auto added = ScheduleSetup(m_db).addAbsence(a);
    if (!added)
        return fail(added.error());
    m_reason->clear();
    showRows();
    done(affected.isEmpty() ? tr("Absence added.")
                            : tr("Absence added; %n appointment(s) in it are marked in the grid.",
                                 "", int(affected.size())));
    if (moveThem) {
        QList<qint64> ids;
        for (const Appointment &x : affected)
            ids << x.id;
        emit moveRequested(ids);
    }
}

Status AbsencesTab::removeRow(qint64 id)
{
    return ScheduleSetup(m_db).removeAbsence(id);
}

} // namespace empfang
