#include "booking/appointment_operations.h"

#include "app/fresh_check.h"
#include "booking/appointment_directory.h"
#include "booking/booking_dialog.h"
#include "booking/booking_service.h"
#include "booking/move_dialog.h"
#include "booking/practice_directory.h"
#include "booking/undo_history.h"
#include "booking_dialog.h"
#include "common/message_box.h"
#include "move_dialog.h"
#include "schedule/schedule_view.h"
#include "sync/sync_service.h"

namespace empfang {

AppointmentOperations::AppointmentOperations(Database &db, BookingService &booking,
                                             ScheduleView *view, QWidget *window)
    : QObject(window), m_db(db), m_booking(booking), m_view(view), m_window(window)
{
    setObjectName(QStringLiteral("appointmentOperations"));
    m_undo = new UndoHistory(booking, this);
}

QString AppointmentOperations::whenText(qint64 ms) const
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone()).toString(QStringLiteral("dd.MM.yyyy HH:mm"));
}

void AppointmentOperations::rememberMove(const Appointment &before)
{
    m_undo->push({UndoHistory::Kind::Moved,
                  {before.id},
                  before.span.startMs,
                  before.practitionerId,
                  tr("the move of %1").arg(before.patientName)});
}

QTimeZone AppointmentOperations::zone() const
{
    return m_view->data().zone;
}

void AppointmentOperations::book(qint64 practitionerId, qint64 startMs,
                                 const QList<AppointmentType> &types, qint64 typeId)
{
    auto practitioner = PracticeDirectory(m_db).practitioner(practitionerId);
    if (!practitioner) {
        emit failed(practitioner.error());
        return;
    }
    auto *dialog = new BookingDialog(m_db, m_booking, practitioner.value(), startMs, zone(), types,
                                     typeId, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSyncService(m_sync);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Appointment booked = dialog->booked();
        m_undo->push({UndoHistory::Kind::Booked,
                      {booked.id},
                      0,
                      0,
                      tr("the booking of %1").arg(booked.patientName)});
        QString message = tr("Booked: %1, %2.").arg(booked.patientName, booked.typeName);
        if (!dialog->syncNote().isEmpty())
            message += u' ' + dialog->syncNote();
        emit done(booked.id, QDate(), message);
    });
    dialog->open();
}

void AppointmentOperations::moveCurrent()
{
    const auto appointment = m_view->currentAppointment();
    if (!appointment || !appointment->blocksTime())
        return;
    moveAppointment(*appointment);
}

void AppointmentOperations::moveAppointment(const Appointment &appointment)
{
    QList<Practitioner> practitioners;
    if (auto list = PracticeDirectory(m_db).practitioners())
        practitioners = list.value();
    auto *dialog = new MoveDialog(m_booking, appointment, practitioners, zone(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSyncService(m_sync, m_db);
    dialog->setAvailability(m_db, m_booking.availability());
    connect(dialog, &QDialog::finished, this, &AppointmentOperations::moveDialogClosed,
            Qt::QueuedConnection);
    connect(dialog, &QDialog::accepted, this, [this, dialog, before = appointment] {
        const Appointment moved = dialog->moved();
        rememberMove(before);
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(moved.span.startMs, zone());
        QString message =
            tr("Moved to %1.").arg(start.toString(QStringLiteral("dd.MM.yyyy HH:mm")));
        if (!dialog->syncNote().isEmpty())
            message += u' ' + dialog->syncNote();
        emit done(moved.id, start.date(), message);
    });
    dialog->open();
}

void AppointmentOperations::moveByDrop(qint64 appointmentId, qint64 practitionerId, qint64 startMs)
{
    // A drop is quick and easy to get wrong: another practitioner or day is asked (Enter = yes).
    if (auto a = AppointmentDirectory(m_db).find(appointmentId)) {
        const QDate from = QDateTime::fromMSecsSinceEpoch(a->span.startMs, zone()).date();
        const QDate to = QDateTime::fromMSecsSinceEpoch(startMs, zone()).date();
        if (a->practitionerId != practitionerId || from != to) {
            QString toName;
            if (auto p = PracticeDirectory(m_db).practitioner(practitionerId))
                toName = p->name;
            QString fromName;
            if (auto p = PracticeDirectory(m_db).practitioner(a->practitionerId))
                fromName = p->name;
            if (!MessageBox::confirmDefaultYes(
                    m_window, tr("Move appointment"),
                    tr("Move the appointment of %1 from %2 (%3) to %4 (%5)?")
                        .arg(a->patientName, whenText(a->span.startMs), fromName, whenText(startMs),
                             toName),
                    tr("Move")))
                return;
        }
    }
    checkDropWithGoogle(appointmentId, practitionerId, startMs);
}

void AppointmentOperations::checkDropWithGoogle(qint64 appointmentId, qint64 practitionerId,
                                                qint64 startMs)
{
    if (!FreshCheck::applies(m_sync, practitionerId)) {
        storeDrop(appointmentId, practitionerId, startMs, QString());
        return;
    }
    // One dropped move at a time: a second drop must not overtake the first one's answer.
    if (m_dropCheck && m_dropCheck->isRunning()) {
        emit failed(tr("Still checking the Google calendar for the previous move; nothing was "
                       "moved – please drop again in a moment."));
        return;
    }
    auto appointment = AppointmentDirectory(m_db).find(appointmentId);
    const auto span = appointment
                          ? FreshCheck::spanFor(m_db, practitionerId, appointment->typeId, startMs)
                          : std::nullopt;
    if (!span) {
        storeDrop(appointmentId, practitionerId, startMs, QString()); // the rules say why not
        return;
    }
    m_dropCheck = new FreshCheck(*m_sync, this);
    connect(m_dropCheck, &FreshCheck::finished, this,
            [this, check = m_dropCheck.data(), appointmentId, practitionerId,
             startMs](FreshCheck::Outcome outcome) {
                check->deleteLater();
                if (outcome == FreshCheck::Outcome::Taken) {
                    emit progress(QString());
                    MessageBox::warning(m_window, tr("Not moved"), FreshCheck::movedTakenText());
                    return;
                }
                storeDrop(appointmentId, practitionerId, startMs,
                          outcome == FreshCheck::Outcome::Unchecked ? FreshCheck::uncheckedText()
                                                                    : QString());
            });
    emit progress(tr("Checking the Google calendar …"));
    m_dropCheck->start(practitionerId, *span);
}

void AppointmentOperations::storeDrop(qint64 appointmentId, qint64 practitionerId, qint64 startMs,
                                      const QString &note)
{
    auto before = AppointmentDirectory(m_db).find(appointmentId);
    auto moved = m_booking.move(appointmentId, startMs, practitionerId);
    if (!moved) {
        MessageBox::warning(m_window, tr("Not moved"), moved.error());
        return;
    }
    if (before)
        rememberMove(before.value());
    QString message = tr("Moved to %1.")
                          .arg(QDateTime::fromMSecsSinceEpoch(startMs, zone())
                                   .toString(QStringLiteral("dd.MM.yyyy HH:mm")));
    if (!note.isEmpty())
        message += u' ' + note;
    emit done(appointmentId, QDate(), message);
}

void AppointmentOperations::changeCurrentStatus(AppointmentStatus status)
{
    const auto a = m_view->currentAppointment();
    if (!a || !a->blocksTime())
        return;
    const QString when = QDateTime::fromMSecsSinceEpoch(a->span.startMs, zone())
                             .toString(QStringLiteral("dd.MM.yyyy HH:mm"));
    const bool cancel = status == AppointmentStatus::Cancelled;
    const QString question =
        cancel ? tr("Cancel the appointment of %1 on %2 (%3)? The time becomes free again.")
               : tr("Mark %1 as not attended on %2 (%3)?");
    if (!MessageBox::confirm(m_window, cancel ? tr("Cancel appointment") : tr("No-show"),
                             question.arg(a->patientName, when, a->typeName),
                             cancel ? tr("Cancel appointment") : tr("Mark as no-show")))
        return;
    auto changed = cancel ? m_booking.cancel(a->id) : m_booking.markNoShow(a->id);
    if (!changed) {
        MessageBox::warning(m_window, tr("Not changed"), changed.error());
        return;
    }
    m_undo->push({cancel ? UndoHistory::Kind::Cancelled : UndoHistory::Kind::NoShow,
                  {a->id},
                  0,
                  0,
                  cancel ? tr("the cancellation of %1").arg(a->patientName)
                         : tr("the no-show of %1").arg(a->patientName)});
    emit done(a->id, QDate(),
              cancel ? tr("Cancelled: %1, %2.").arg(a->patientName, when)
                     : tr("Marked as no-show: %1, %2.").arg(a->patientName, when));
}

void AppointmentOperations::reinstateCurrent()
{
    const auto a = m_view->currentAppointment();
    if (!a || (a->status != AppointmentStatus::Cancelled && a->status != AppointmentStatus::NoShow))
        return;
    auto changed = m_booking.reinstate(a->id);
    if (!changed) {
        MessageBox::warning(m_window, tr("Not changed"), changed.error());
        return;
    }
    m_undo->push({UndoHistory::Kind::Booked,
                  {a->id},
                  0,
                  0,
                  tr("the new booking of %1").arg(a->patientName)});
    emit done(a->id, QDate(),
              tr("Booked again: %1, %2.").arg(a->patientName, whenText(a->span.startMs)));
}

void AppointmentOperations::markCurrentAttended()
{
    const auto a = m_view->currentAppointment();
    if (!a || a->status != AppointmentStatus::NoShow)
        return;
    auto changed = m_booking.markAttended(a->id);
    if (!changed) {
        MessageBox::warning(m_window, tr("Not changed"), changed.error());
        return;
    }
    emit done(a->id, QDate(),
              tr("Attended after all: %1, %2.").arg(a->patientName, whenText(a->span.startMs)));
}

void AppointmentOperations::undo()
{
    if (m_undo->isEmpty()) {
        emit failed(tr("Nothing to undo."));
        return;
    }
    const UndoHistory::Outcome outcome = m_undo->undo();
    if (!outcome.ok) {
        MessageBox::warning(m_window, tr("Not undone"), outcome.message);
        emit failed(outcome.message);
        return;
    }
    emit done(outcome.appointmentId, QDate(), outcome.message);
}

} // namespace empfang
