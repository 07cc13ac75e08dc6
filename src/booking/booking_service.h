#pragma once

#include "booking/availability_service.h"
#include "domain/appointment.h"
#include "domain/result.h"
#include "storage/database.h"

#include <optional>

namespace empfang {

/// What the receptionist asks for: a type with a practitioner at a time, for a patient
/// (an existing one by id, or a new one by name).
struct BookingRequest
{
    qint64 practitionerId = 0;
    qint64 typeId = 0;
    qint64 startMs = 0;
    qint64 patientId = 0;
    QString newPatientName;
    QDate newPatientBirthDate; // optional details of a new patient
    QString newPatientPhone;
    QString note;
};

/// Books, moves, cancels. Every rule is checked inside the write transaction that stores the
/// result (BEGIN IMMEDIATE), so two desks can never book the same time twice.
class BookingService
{
    Q_DECLARE_TR_FUNCTIONS(BookingService)
public:
    BookingService(Database &db, const AvailabilityService &availability)
        : m_db(db), m_availability(availability)
    {
    }

    Result<Appointment> book(const BookingRequest &request);
    /// Moves to a new start (and optionally another practitioner); the duration is recomputed.
    /// `auditDetail` marks e.g. an undo ("undo") in the audit log.
    Result<Appointment> move(qint64 appointmentId, qint64 newStartMs,
                             std::optional<qint64> newPractitionerId = {},
                             const QString &auditDetail = {});
    Result<Appointment> cancel(qint64 appointmentId, const QString &auditDetail = {});
    Result<Appointment> markNoShow(qint64 appointmentId);
    /// A cancelled or no-show appointment is booked again ("take back the cancellation", undo),
    /// under the booking rules of its time: refused with a reason if the time was taken since.
    Result<Appointment> reinstate(qint64 appointmentId, const QString &auditDetail = {});
    /// A no-show patient came after all: the appointment is completed.
    Result<Appointment> markAttended(qint64 appointmentId);

    const AvailabilityService &availability() const { return m_availability; }

    /// The German sentence for a rule violation.
    static QString describe(SlotViolation violation);

private:
    Result<Interval> checkSlot(qint64 practitionerId, qint64 typeId, qint64 startMs,
                               qint64 excludeAppointmentId) const;
    Result<Appointment> changeStatus(qint64 appointmentId, AppointmentStatus status,
                                     const QString &auditDetail = {});

    Database &m_db;
    const AvailabilityService &m_availability;
};

} // namespace empfang
