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
    Result<Appointment> move(qint64 appointmentId, qint64 newStartMs,
                             std::optional<qint64> newPractitionerId = {});
    Result<Appointment> cancel(qint64 appointmentId);
    Result<Appointment> markNoShow(qint64 appointmentId);

    /// The German sentence for a rule violation.
    static QString describe(SlotViolation violation);

private:
    Result<Interval> checkSlot(qint64 practitionerId, qint64 typeId, qint64 startMs,
                               qint64 excludeAppointmentId) const;
    Result<Appointment> changeStatus(qint64 appointmentId, AppointmentStatus status);

    Database &m_db;
    const AvailabilityService &m_availability;
};

} // namespace empfang
