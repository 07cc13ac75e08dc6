#include "booking/move_dialog.h"

#include "app/fresh_check.h"
#include "booking/availability_service.h"
#include "booking/booking_service.h"
#include "booking/practice_directory.h"
#include "scheduling/slot_finder.h"
#include "sync/sync_service.h"
#include "ui_move_dialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTimeEdit>

namespace empfang {

MoveDialog::MoveDialog(BookingService &booking, const Appointment &appointment,
                       const QList<Practitioner> &practitioners, const QTimeZone &zone,
                       QWidget *parent)
    : QDialog(parent), m_booking(booking), m_appointment(appointment), m_zone(zone),
      m_ui(std::make_unique<Ui::MoveDialog>())
{
    m_ui->setupUi(this);
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(appointment.span.startMs, zone);
    m_ui->moveWhat->setText(tr("<b>%1</b> – %2, now %3")
                                .arg(appointment.patientName.toHtmlEscaped(),
                                     appointment.typeName.toHtmlEscaped(),
                                     start.toString(QStringLiteral("dd.MM.yyyy HH:mm"))));
    m_ui->moveDate->setDate(start.date());
    m_ui->moveTime->setTime(start.time());
    for (const Practitioner &p : practitioners)
        m_ui->movePractitioner->addItem(p.name, p.id);
    m_ui->movePractitioner->setCurrentIndex(
        std::max(0, m_ui->movePractitioner->findData(appointment.practitionerId)));
    m_ui->moveFreeTimes->setMinimumHeight(m_ui->moveFreeTimes->fontMetrics().height() * 6);
    m_moveButton = m_ui->moveButtons->button(QDialogButtonBox::Ok);
    m_moveButton->setText(tr("Move"));
    m_moveButton->setObjectName(QStringLiteral("moveButton"));

    connect(m_ui->moveButtons, &QDialogButtonBox::accepted, this, &MoveDialog::accept);
    connect(m_ui->moveButtons, &QDialogButtonBox::rejected, this, &MoveDialog::reject);
    connect(m_ui->moveFreeTimes, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem *item) {
                if (!item)
                    return;
                const QDateTime t =
                    QDateTime::fromMSecsSinceEpoch(item->data(Qt::UserRole).toLongLong(), m_zone);
                m_ui->moveDate->setDate(t.date());
                m_ui->moveTime->setTime(t.time());
            });
    connect(m_ui->moveFreeTimes, &QListWidget::itemActivated, this, &MoveDialog::accept);
    // A changed value is a new attempt: the old refusal no longer applies.
    connect(m_ui->moveDate, &QDateEdit::dateChanged, this, [this] { showError(QString()); });
    connect(m_ui->moveTime, &QTimeEdit::timeChanged, this, [this] { showError(QString()); });
    connect(m_ui->movePractitioner, &QComboBox::currentIndexChanged, this, [this] {
        showError(QString());
        showFreeTimes();
    });
    m_ui->moveTime->setFocus();
}

MoveDialog::~MoveDialog() = default;

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
    const qint64 practitionerId = m_ui->movePractitioner->currentData().toLongLong();
    const QSignalBlocker block(m_ui->moveFreeTimes);
    m_ui->moveFreeTimes->clear();
    auto minutes = PracticeDirectory(*m_db).durationFor(practitionerId, m_appointment.typeId);
    auto type = PracticeDirectory(*m_db).type(m_appointment.typeId);
    if (!minutes) {
        m_ui->moveDuration->setText(minutes.error());
        m_ui->moveDuration->show();
        m_ui->moveFreeTimes->hide();
        return;
    }
    // The rule that decides the new length, said before anything changes.
    m_ui->moveDuration->setText(type && type->minutes != minutes.value()
                                    ? tr("Duration with %1: %2 min (own duration; usually %3 min).")
                                          .arg(m_ui->movePractitioner->currentText())
                                          .arg(minutes.value())
                                          .arg(type->minutes)
                                    : tr("Duration with %1: %2 min.")
                                          .arg(m_ui->movePractitioner->currentText())
                                          .arg(minutes.value()));
    m_ui->moveDuration->show();
    // The next separate free times over two weeks, the appointment's own time counted free.
    const QDate today =
        QDateTime::fromMSecsSinceEpoch(m_availability->clock().nowMs(), m_zone).date();
    auto request = m_availability->request(practitionerId, m_appointment.typeId, today,
                                           today.addDays(14), m_appointment.id);
    if (!request) {
        m_ui->moveFreeTimes->hide();
        return;
    }
    qint64 lastEnd = 0;
    for (const Interval &slot : SlotFinder::freeSlots(request.value())) {
        if (slot.startMs < lastEnd)
            continue;
        lastEnd = slot.endMs;
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(slot.startMs, m_zone);
        auto *item = new QListWidgetItem(
            QLocale().toString(t, QStringLiteral("ddd dd.MM.yyyy  HH:mm")), m_ui->moveFreeTimes);
        item->setData(Qt::UserRole, slot.startMs);
        if (m_ui->moveFreeTimes->count() >= 8)
            break;
    }
    if (m_ui->moveFreeTimes->count() == 0)
        new QListWidgetItem(tr("No free time in the next two weeks."), m_ui->moveFreeTimes);
    m_ui->moveFreeTimes->show();
}

QString MoveDialog::errorText() const
{
    return m_ui->moveError->text();
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
    m_ui->moveError->setText(message);
    m_ui->moveError->setVisible(!message.isEmpty());
}

void MoveDialog::accept()
{
    if (isCheckingGoogle())
        return; // Enter again while Google is asked: the answer decides
    const qint64 startMs =
        QDateTime(m_ui->moveDate->date(), m_ui->moveTime->time(), m_zone).toMSecsSinceEpoch();
    const qint64 practitionerId = m_ui->movePractitioner->currentData().toLongLong();
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
                m_ui->moveGoogleCheck->hide();
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
    m_ui->moveGoogleCheck->show();
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
