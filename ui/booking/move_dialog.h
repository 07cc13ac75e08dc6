#pragma once

#include "domain/appointment.h"
#include "domain/practitioner.h"

#include <QDialog>
#include <QPointer>
#include <QTimeZone>

#include <memory>

class QPushButton;

namespace empfang {

namespace Ui {
class MoveDialog;
}

class AvailabilityService;
class BookingService;
class Database;
class FreshCheck;
class SyncService;

/// Moves a booked appointment to another time and/or practitioner through BookingService,
/// so every booking rule applies. Errors stay in the dialog and nothing is changed. With Google,
/// the target time is first re-checked in the practitioner's calendar, as a new booking is.
class MoveDialog : public QDialog
{
    Q_OBJECT
public:
    MoveDialog(BookingService &booking, const Appointment &appointment,
               const QList<Practitioner> &practitioners, const QTimeZone &zone,
               QWidget *parent = nullptr);
    ~MoveDialog() override;

    const Appointment &moved() const { return m_moved; }
    /// The appointment being moved.
    qint64 appointmentId() const { return m_appointment.id; }
    QString errorText() const;
    /// With Google (null = none), a move asks Google for the target time before it is stored.
    void setSyncService(SyncService *sync, Database &db);
    bool isCheckingGoogle() const;
    /// Offers the next free times of the appointment's type with the chosen practitioner and
    /// shows the duration that applies there (a practitioner may have their own).
    void setAvailability(Database &db, const AvailabilityService &availability);
    /// Set when Google could not be asked: the move is stored and reaches Google later.
    QString syncNote() const { return m_syncNote; }

public slots:
    void accept() override;

private:
    void checkGoogleThenMove(qint64 practitionerId, qint64 startMs);
    void commit(qint64 practitionerId, qint64 startMs);
    void showError(const QString &message);
    void showFreeTimes();

    BookingService &m_booking;
    SyncService *m_sync = nullptr;
    Database *m_db = nullptr;
    QPointer<FreshCheck> m_freshCheck;
    QString m_syncNote;
    Appointment m_appointment;
    Appointment m_moved;
    QTimeZone m_zone;
    std::unique_ptr<Ui::MoveDialog> m_ui; // the layout: ui/booking/move_dialog.ui
    QPushButton *m_moveButton = nullptr;
    const AvailabilityService *m_availability = nullptr;
};

} // namespace empfang
