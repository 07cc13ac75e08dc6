#pragma once

#include "domain/appointment.h"
#include "domain/practitioner.h"

#include <QDialog>
#include <QTimeZone>

class QComboBox;
class QDateEdit;
class QLabel;
class QTimeEdit;

namespace empfang {

class BookingService;

/// Moves a booked appointment to another time and/or practitioner through BookingService,
/// so every booking rule applies. Errors stay in the dialog and nothing is changed.
class MoveDialog : public QDialog
{
    Q_OBJECT
public:
    MoveDialog(BookingService &booking, const Appointment &appointment,
               const QList<Practitioner> &practitioners, const QTimeZone &zone,
               QWidget *parent = nullptr);

    const Appointment &moved() const { return m_moved; }
    QString errorText() const;

public slots:
    void accept() override;

private:
    BookingService &m_booking;
    Appointment m_appointment;
    Appointment m_moved;
    QTimeZone m_zone;
    QDateEdit *m_date = nullptr;
    QTimeEdit *m_time = nullptr;
    QComboBox *m_practitioner = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace empfang
