#include "move_dialog.h"

#include "app/fresh_check.h"
#include "booking/availability_service.h"
#include "booking/booking_service.h"
#include "scheduling/slot_finder.h"
#include "storage/appointment_type_repository.h"
#include "storage/practitioner_repository.h"
#include "sync/sync_service.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace empfang {

MoveDialog::MoveDialog(BookingService &booking, const Appointment &appointment,
                       const QList<Practitioner> &practitioners, const QTimeZone &zone,
                       QWidget *parent)
    : QDialog(parent), m_booking(booking), m_appointment(appointment), m_zone(zone)
{
    setObjectName(QStringLiteral("moveDialog"));
    setWindowTitle(tr("Move appointment"));
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(appointment.span.startMs, zone);

    auto *what = new QLabel(tr("<b>%1</b> – %2, now %3")
                                .arg(appointment.patientName.toHtmlEscaped(),
                                     appointment.typeName.toHtmlEscaped(),
                                     start.toString(QStringLiteral("dd.MM.yyyy HH:mm"))),
                            this);
    what->setObjectName(QStringLiteral("moveWhat"));

    m_date = new QDateEdit(start.date(), this);
    m_date->setObjectName(QStringLiteral("moveDate"));
    m_date->setAccessibleName(tr("New date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_time = new QTimeEdit(start.time(), this);
    m_time->setObjectName(QStringLiteral("moveTime"));
    m_time->setAccessibleName(tr("New time"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_practitioner = new QComboBox(this);
    m_practitioner->setObjectName(QStringLiteral("movePractitioner"));
    m_practitioner->setAccessibleName(tr("Practitioner"));
    for (const Practitioner &p : practitioners)
        m_practitioner->addItem(p.name, p.id);
    m_practitioner->setCurrentIndex(
        std::max(0, m_practitioner->findData(appointment.practitionerId)));

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("moveError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    m_checking = new QLabel(tr("Checking the Google calendar …"), this);
    m_checking->setObjectName(QStringLiteral("moveGoogleCheck"));
    m_checking->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("moveButtons"));
    m_moveButton = buttons->button(QDialogButtonBox::Ok);
    m_moveButton->setText(tr("Move"));
    m_moveButton->setObjectName(QStringLiteral("moveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &MoveDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MoveDialog::reject);

    m_duration = new QLabel(this);
    m_duration->setObjectName(QStringLiteral("moveDuration"));
    m_duration->setWordWrap(true);
    m_duration->hide();
    m_freeTimes = new QListWidget(this);
    m_freeTimes->setObjectName(QStringLiteral("moveFreeTimes"));
    m_freeTimes->setAccessibleName(tr("Next free times"));
    m_freeTimes->setMinimumHeight(m_freeTimes->fontMetrics().height() * 6);
    m_freeTimes->hide();
    connect(m_freeTimes, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (!item)
            return;
        const QDateTime t =
            QDateTime::fromMSecsSinceEpoch(item->data(Qt::UserRole).toLongLong(), m_zone);
        m_date->setDate(t.date());
        m_time->setTime(t.time());
    });
    connect(m_freeTimes, &QListWidget::itemActivated, this, &MoveDialog::accept);

    auto *form = new QFormLayout;
    form->addRow(tr("Date:"), m_date);
    form->addRow(tr("Time:"), m_time);
    form->addRow(tr("Practitioner:"), m_practitioner);
    form->addRow(QString(), m_duration);
    form->addRow(tr("Next free:"), m_freeTimes);
    auto *layout = new QVBoxLayout(this);
    // The dialog grows for an error line instead of squeezing the fields.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addWidget(what);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_checking);
    layout->addWidget(buttons);
    // A changed value is a new attempt: the old refusal no longer applies.
    connect(m_date, &QDateEdit::dateChanged, this, [this] { showError(QString()); });
    connect(m_time, &QTimeEdit::timeChanged, this, [this] { showError(QString()); });
    connect(m_practitioner, &QComboBox::currentIndexChanged, this, [this] {
        showError(QString());
        showFreeTimes();
    });
    m_time->setFocus();
}

void MoveDialog::setAvailability(Database &db, const AvailabilityService &availability)
{
    m_db = &db;
    m_availability = &availability;
    showFreeTimes();
}

void MoveDialog::showFreeTimes()
{
    if (!m_availability || !m_db)
        return;
    const qint64 practitionerId = m_practitioner->currentData().toLongLong();
    const QSignalBlocker block(m_freeTimes);
    m_freeTimes->clear();
    auto minutes = PractitionerRepository(*m_db).durationFor(practitionerId, m_appointment.typeId);
    auto type = AppointmentTypeRepository(*m_db).find(m_appointment.typeId);
    if (!minutes) {
        m_duration->setText(minutes.error());
        m_duration->show();
        m_freeTimes->hide();
        return;
    }
    // The rule that decides the new length, said before anything changes.
    m_duration->setText(type && type->minutes != minutes.value()
                            ? tr("Duration with %1: %2 min (own duration; usually %3 min).")
                                  .arg(m_practitioner->currentText())
                                  .arg(minutes.value())
                                  .arg(type->minutes)
                            : tr("Duration with %1: %2 min.")
                                  .arg(m_practitioner->currentText())
                                  .arg(minutes.value()));
    m_duration->show();
    // The next separate free times over two weeks, the appointment's own time counted free.
    const QDate today =
        QDateTime::fromMSecsSinceEpoch(m_availability->clock().nowMs(), m_zone).date();
    auto request = m_availability->request(practitionerId, m_appointment.typeId, today,
                                           today.addDays(14), m_appointment.id);
    if (!request) {
        m_freeTimes->hide();
        return;
    }
    qint64 lastEnd = 0;
    for (const Interval &slot : SlotFinder::freeSlots(request.value())) {
        if (slot.startMs < lastEnd)
            continue;
        lastEnd = slot.endMs;
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(slot.startMs, m_zone);
        auto *item = new QListWidgetItem(
            QLocale().toString(t, QStringLiteral("ddd dd.MM.yyyy  HH:mm")), m_freeTimes);
        item->setData(Qt::UserRole, slot.startMs);
        if (m_freeTimes->count() >= 8)
            break;
    }
    if (m_freeTimes->count() == 0)
        new QListWidgetItem(tr("No free time in the next two weeks."), m_freeTimes);
    m_freeTimes->show();
}

QString MoveDialog::errorText() const
{
    return m_error->text();
}

void MoveDialog::setSyncService(SyncService *sync, Database &db)
{
    m_sync = sync;
    m_db = &db;
}

bool MoveDialog::isCheckingGoogle() const
{
    return m_freshCheck && m_freshCheck->isRunning();
}

void MoveDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void MoveDialog::accept()
{
    if (isCheckingGoogle())
        return; // Enter again while Google is asked: the answer decides
    const qint64 startMs = QDateTime(m_date->date(), m_time->time(), m_zone).toMSecsSinceEpoch();
    const qint64 practitionerId = m_practitioner->currentData().toLongLong();
    if (m_db && FreshCheck::applies(m_sync, practitionerId))
        checkGoogleThenMove(practitionerId, startMs);
    else
        commit(practitionerId, startMs);
}

void MoveDialog::checkGoogleThenMove(qint64 practitionerId, qint64 startMs)
{
    const auto span = FreshCheck::spanFor(*m_db, practitionerId, m_appointment.typeId, startMs);
    if (!span) {
        commit(practitionerId, startMs); // the booking rules say why the type does not fit
        return;
    }
    // One check per attempt: date, time or practitioner may differ from the last one.
    if (m_freshCheck)
        m_freshCheck->deleteLater();
    m_freshCheck = new FreshCheck(*m_sync, this);
    connect(m_freshCheck, &FreshCheck::finished, this,
            [this, practitionerId, startMs](FreshCheck::Outcome outcome) {
                m_checking->hide();
                m_moveButton->setEnabled(true);
                if (outcome == FreshCheck::Outcome::Taken) {
                    showError(FreshCheck::movedTakenText());
                    return;
                }
                if (outcome == FreshCheck::Outcome::Unchecked)
                    m_syncNote = FreshCheck::uncheckedText();
                commit(practitionerId, startMs);
            });
    showError(QString());
    m_checking->show();
    m_moveButton->setEnabled(false);
    m_freshCheck->start(practitionerId, *span);
}

void MoveDialog::commit(qint64 practitionerId, qint64 startMs)
{
    auto result = m_booking.move(m_appointment.id, startMs, practitionerId);
    if (!result) {
        showError(result.error());
        return;
    }
    m_moved = result.value();
    showError(QString());
    QDialog::accept();
}

} // namespace empfang
