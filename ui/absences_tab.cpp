#include "absences_tab.h"

#include "message_box.h"
#include "placeholder_fit.h"
#include "scheduling/slot_finder.h"
#include "storage/appointment_repository.h"
#include "storage/schedule_repository.h"
#include "storage/settings_repository.h"
#include "text_rule_hint.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace empfang {

namespace {

const QString kFormat = QStringLiteral("dd.MM.yyyy HH:mm");

} // namespace

AbsencesTab::AbsencesTab(Database &db, QWidget *parent) : SettingsTab(db, parent)
{
    setObjectName(QStringLiteral("absencesTab"));
    m_practitioner = new QComboBox(this);
    m_practitioner->setObjectName(QStringLiteral("absencePractitioner"));
    m_practitioner->setAccessibleName(tr("Practitioner"));
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("absenceTable"));
    m_table->setHorizontalHeaderLabels({tr("From"), tr("Until"), tr("Reason")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_day = QDate::currentDate();
    m_from = new QDateTimeEdit(this);
    m_from->setObjectName(QStringLiteral("absenceFrom"));
    m_from->setAccessibleName(tr("Absent from"));
    m_to = new QDateTimeEdit(this);
    m_to->setObjectName(QStringLiteral("absenceTo"));
    m_to->setAccessibleName(tr("Absent until"));
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(kFormat);
        edit->setCalendarPopup(true);
    }
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("absenceReason"));
    m_reason->setAccessibleName(tr("Reason for the absence"));
    m_reason->setPlaceholderText(tr("Reason (optional, e.g. holiday)"));
    fitPlaceholder(m_reason);
    auto *addButton = new QPushButton(tr("Add absence"), this);
    addButton->setObjectName(QStringLiteral("addAbsence"));
    auto *removeButton = new QPushButton(tr("Remove selected"), this);
    removeButton->setObjectName(QStringLiteral("removeAbsence"));

    auto *top = new QFormLayout;
    top->addRow(tr("Practitioner:"), m_practitioner);
    auto *row = new QHBoxLayout;
    row->addWidget(m_from);
    row->addWidget(m_to);
    row->addWidget(m_reason, 1);
    row->addWidget(addButton);
    m_reasonHint = new TextRuleHint(m_reason, TextRules::Kind::Name, this);
    m_reasonHint->disables({addButton});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table);
    layout->addLayout(row);
    layout->addWidget(m_reasonHint);
    layout->addWidget(removeButton, 0, Qt::AlignRight);

    connect(m_practitioner, &QComboBox::currentIndexChanged, this, [this] {
        showAbsences();
        fillDefaults();
    });
    connect(addButton, &QPushButton::clicked, this, &AbsencesTab::add);
    connect(removeButton, &QPushButton::clicked, this, &AbsencesTab::remove);
    reload();
}

void AbsencesTab::reload()
{
    refillPractitioners(m_practitioner);
    showAbsences();
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
    const QTimeZone zone = SettingsRepository(m_db).load().timeZone();
    SlotRequest r;
    r.zone = zone;
    r.firstDay = r.lastDay = m_day;
    if (auto hours = ScheduleRepository(m_db).hours(m_practitioner->currentData().toLongLong()))
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

void AbsencesTab::showAbsences()
{
    m_table->setRowCount(0);
    const QTimeZone zone = SettingsRepository(m_db).load().timeZone();
    // Everything from a year back: older absences no longer matter at the desk.
    const qint64 from = QDateTime::currentDateTimeUtc().addYears(-1).toMSecsSinceEpoch();
    const qint64 to = QDateTime::currentDateTimeUtc().addYears(20).toMSecsSinceEpoch();
    auto absences = ScheduleRepository(m_db).absences(m_practitioner->currentData().toLongLong(),
                                                      Interval{from, to});
    if (!absences)
        return;
    for (const Absence &a : absences.value()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells = {
            QDateTime::fromMSecsSinceEpoch(a.span.startMs, zone).toString(kFormat),
            QDateTime::fromMSecsSinceEpoch(a.span.endMs, zone).toString(kFormat), a.reason};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setData(Qt::UserRole, a.id);
            m_table->setItem(row, column, item);
        }
    }
}

void AbsencesTab::add()
{
    if (!m_reasonHint->isOk())
        return; // the hint under the reason says why
    Absence a;
    a.practitionerId = m_practitioner->currentData().toLongLong();
    if (a.practitionerId == 0)
        return fail(tr("Please add a practitioner first."));
    // The edits show practice time; store the instants that practice time means.
    const QTimeZone zone = SettingsRepository(m_db).load().timeZone();
    a.span = {QDateTime(m_from->date(), m_from->time(), zone).toMSecsSinceEpoch(),
              QDateTime(m_to->date(), m_to->time(), zone).toMSecsSinceEpoch()};
    a.reason = m_reason->text().trimmed();
    // Booked appointments in that time are named before anything is stored.
    QList<Appointment> affected;
    if (a.span.endMs > a.span.startMs) {
        if (auto list = AppointmentRepository(m_db).list(a.span, a.practitionerId)) {
            for (const Appointment &x : list.value()) {
                if (x.blocksTime() && x.span.overlaps(a.span))
                    affected.append(x);
            }
        }
    }
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
    auto added = ScheduleRepository(m_db).addAbsence(a);
    if (!added)
        return fail(added.error());
    m_reason->clear();
    showAbsences();
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

void AbsencesTab::remove()
{
    const QTableWidgetItem *item = m_table->currentItem();
    if (!item)
        return fail(tr("Please choose an absence in the table first."));
    if (Status s = ScheduleRepository(m_db).removeAbsence(item->data(Qt::UserRole).toLongLong());
        !s)
        return fail(s.error());
    showAbsences();
    done(tr("Absence removed."));
}

} // namespace empfang
