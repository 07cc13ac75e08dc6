#pragma once

#include "domain/appointment.h"
#include "domain/appointment_type.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QTimeZone>

class QWidget;

namespace empfang {

class BookingService;
class Database;
class FreshCheck;
class ScheduleView;
class SyncService;
class UndoHistory;

/// What the receptionist does to appointments: opens the booking and move dialogs, asks
/// before cancelling or marking a no-show, calls BookingService and reports the outcome.
/// Kept out of MainWindow so the window only wires navigation, filters and the grid.
class AppointmentOperations : public QObject
{
    Q_OBJECT
public:
    AppointmentOperations(Database &db, BookingService &booking, ScheduleView *view,
                          QWidget *window);

    /// With Google, bookings and moves re-check the slot in Google first (null = no Google).
    void setSyncService(SyncService *sync) { m_sync = sync; }
    void book(qint64 practitionerId, qint64 startMs, const QList<AppointmentType> &types,
              qint64 typeId);
    void moveCurrent();
    /// Opens the move dialog for one appointment (e.g. one in a new absence).
    void moveAppointment(const Appointment &appointment);
    void moveByDrop(qint64 appointmentId, qint64 practitionerId, qint64 startMs);
    void changeCurrentStatus(AppointmentStatus status);
    /// "Take back the cancellation" / "back to booked" for the current cancelled or no-show one.
    void reinstateCurrent();
    /// "Attended after all" for the current no-show.
    void markCurrentAttended();
    /// Takes back the newest change of this session (Ctrl+Z).
    void undo();
    UndoHistory *undoHistory() const { return m_undo; }

signals:
    /// Stored: reload, show `date` (if valid), put the cursor on the appointment, say `message`.
    void done(qint64 appointmentId, const QDate &date, const QString &message);
    void failed(const QString &message);
    /// Something takes a moment (Google is asked before a dropped move is stored).
    void progress(const QString &message);
    /// A move dialog was closed (moved or not): the next appointment to move may follow.
    void moveDialogClosed();

private:
    QTimeZone zone() const;
    void storeDrop(qint64 appointmentId, qint64 practitionerId, qint64 startMs,
                   const QString &note);
    void checkDropWithGoogle(qint64 appointmentId, qint64 practitionerId, qint64 startMs);
    void rememberMove(const Appointment &before);
    QString whenText(qint64 ms) const;

    Database &m_db;
    BookingService &m_booking;
    ScheduleView *m_view;
    QWidget *m_window;
    SyncService *m_sync = nullptr;
    QPointer<FreshCheck> m_dropCheck;
    UndoHistory *m_undo = nullptr;
};

} // namespace empfang
