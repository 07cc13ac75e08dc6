#include "booking_service.h"

#include "logging.h"
#include "storage/appointment_repository.h"
#include "storage/audit_log.h"
#include "storage/outbox_repository.h"
#include "storage/patient_repository.h"
#include "storage/settings_repository.h"

namespace empfang {

namespace {

// The appointment as it stands if it is still booked; `notBooked` (translated by the caller)
// for a cancelled or no-show one. Move and status changes both start from here.
Result<Appointment> findBooked(AppointmentRepository &appointments, qint64 appointmentId,
                               const QString &notBooked)
{
    auto current = appointments.find(appointmentId);
    if (current && current->status != AppointmentStatus::Booked)
        return Result<Appointment>::failure(notBooked);
    return current;
}

} // namespace

QString BookingService::describe(SlotViolation v)
{
    switch (v) {
    case SlotViolation::InPast:
        return tr("This time lies in the past.");
    case SlotViolation::TooShortNotice:
        return tr("This time is too soon: the practice requires more notice.");
    case SlotViolation::BeyondHorizon:
        return tr("This time lies beyond the booking horizon of the practice.");
    case SlotViolation::OutsideWorkingHours:
        return tr("This time lies outside the practitioner's working hours.");
    case SlotViolation::InAbsence:
        return tr("The practitioner is absent at this time.");
    case SlotViolation::BusyElsewhere:
        return tr("The practitioner is busy in their calendar at this time.");
    case SlotViolation::OverlapsAppointment:
        return tr("This time overlaps another appointment of the practitioner "
                  "(buffer times included).");
    }
    return {};
}

Result<Interval> BookingService::checkSlot(qint64 practitionerId, qint64 typeId, qint64 startMs,
                                           qint64 excludeAppointmentId) const
{
    const QTimeZone zone = SettingsRepository(m_db).load().timeZone();
    const QDate day = QDateTime::fromMSecsSinceEpoch(startMs, zone).date();
    auto request = m_availability.request(practitionerId, typeId, day, day, excludeAppointmentId);
    if (!request)
        return Result<Interval>::failure(request.error());
    const Interval slot{startMs, startMs + qint64(request->durationMinutes) * kMinuteMs};
    if (auto violation = SlotFinder::check(request.value(), slot))
        return Result<Interval>::failure(describe(*violation) + u' ' +
                                         tr("Nothing was booked or changed."));
    return slot;
}

Result<Appointment> BookingService::book(const BookingRequest &req)
{
    using R = Result<Appointment>;
    WriteTransaction tx(m_db);
    if (!tx.started())
        return R::failure(m_db.lastFailure());

    PatientRepository patients(m_db);
    qint64 patientId = req.patientId;
    if (patientId) {
        if (auto p = patients.find(patientId); !p)
            return R::failure(p.error());
    } else if (!req.newPatientName.trimmed().isEmpty()) {
        auto created = patients.add(Patient{
            0, req.newPatientName, req.newPatientBirthDate, req.newPatientPhone.trimmed(), {}});
        if (!created)
            return R::failure(created.error());
        patientId = created->id;
    } else {
        return R::failure(tr("Please choose a patient or enter a new patient's name."));
    }

    auto slot = checkSlot(req.practitionerId, req.typeId, req.startMs, 0);
    if (!slot)
        return R::failure(slot.error());

    Appointment a;
    a.practitionerId = req.practitionerId;
    a.typeId = req.typeId;
    a.patientId = patientId;
    a.span = slot.value();
    a.note = req.note.trimmed();
    a.createdMs = a.updatedMs = m_availability.clock().nowMs();
    auto stored = AppointmentRepository(m_db).insert(a);
    if (!stored)
        return stored;
    // The Google write is owed from the same transaction on (a no-op without Google).
    if (Status s = OutboxRepository(m_db).recordBooked(stored.value(), a.createdMs); !s)
        return R::failure(s.error());
    if (Status s = AuditLog(m_db).record(QStringLiteral("booked"), stored->id, 0, a.createdMs); !s)
        return R::failure(s.error());
    if (!tx.commit())
        return R::failure(m_db.lastFailure());
    qCInfo(lcBooking) << "booked appointment" << stored->id;
    return stored;
}

Result<Appointment> BookingService::move(qint64 appointmentId, qint64 newStartMs,
                                         std::optional<qint64> newPractitionerId,
                                         const QString &auditDetail)
{
    using R = Result<Appointment>;
    WriteTransaction tx(m_db);
    if (!tx.started())
        return R::failure(m_db.lastFailure());
    AppointmentRepository appointments(m_db);
    auto current =
        findBooked(appointments, appointmentId, tr("Only booked appointments can be moved."));
    if (!current)
        return current;
    const qint64 practitionerId = newPractitionerId.value_or(current->practitionerId);
    auto slot = checkSlot(practitionerId, current->typeId, newStartMs, appointmentId);
    if (!slot)
        return R::failure(slot.error());
    if (Status s = appointments.reschedule(appointmentId, practitionerId, slot.value(),
                                           m_availability.clock().nowMs());
        !s)
        return R::failure(s.error());
    auto moved = appointments.find(appointmentId);
    if (moved) {
        if (Status s = OutboxRepository(m_db).recordMoved(current.value(), moved.value(),
                                                          m_availability.clock().nowMs());
            !s)
            return R::failure(s.error());
        if (Status s = AuditLog(m_db).record(QStringLiteral("moved"), appointmentId, 0,
                                             m_availability.clock().nowMs(), auditDetail);
            !s)
            return R::failure(s.error());
    }
    if (moved && !tx.commit())
        return R::failure(m_db.lastFailure());
    qCInfo(lcBooking) << "moved appointment" << appointmentId;
    return moved;
}

Result<Appointment> BookingService::cancel(qint64 appointmentId, const QString &auditDetail)
{
    return changeStatus(appointmentId, AppointmentStatus::Cancelled, auditDetail);
}

Result<Appointment> BookingService::markNoShow(qint64 appointmentId)
{
    return changeStatus(appointmentId, AppointmentStatus::NoShow);
}

Result<Appointment> BookingService::changeStatus(qint64 appointmentId, AppointmentStatus status,
                                                 const QString &auditDetail)
{
    using R = Result<Appointment>;
    WriteTransaction tx(m_db);
    if (!tx.started())
        return R::failure(m_db.lastFailure());
    AppointmentRepository appointments(m_db);
    auto current = findBooked(appointments, appointmentId,
                              status == AppointmentStatus::Cancelled
                                  ? tr("This appointment is not booked and cannot be cancelled.")
                                  : tr("Only booked appointments can be marked as no-show."));
    if (!current)
        return current;
    const qint64 now = m_availability.clock().nowMs();
    if (status == AppointmentStatus::NoShow && current->span.startMs > now)
        return R::failure(tr("An appointment can be marked as no-show only once it has begun."));
    if (Status s = appointments.setStatus(appointmentId, status, now); !s)
        return R::failure(s.error());
    if (status == AppointmentStatus::Cancelled) {
        if (Status s = OutboxRepository(m_db).recordCancelled(current.value(), now); !s)
            return R::failure(s.error());
    }
    if (Status s = AuditLog(m_db).record(statusKey(status), appointmentId, 0, now, auditDetail); !s)
        return R::failure(s.error());
    auto changed = appointments.find(appointmentId);
    if (changed && !tx.commit())
        return R::failure(m_db.lastFailure());
    qCInfo(lcBooking) << "appointment" << appointmentId << "is now" << statusKey(status);
    return changed;
}

Result<Appointment> BookingService::reinstate(qint64 appointmentId, const QString &auditDetail)
{
    using R = Result<Appointment>;
    WriteTransaction tx(m_db);
    if (!tx.started())
        return R::failure(m_db.lastFailure());
    AppointmentRepository appointments(m_db);
    auto current = appointments.find(appointmentId);
    if (!current)
        return current;
    const qint64 now = m_availability.clock().nowMs();
    if (current->status == AppointmentStatus::Cancelled) {
        // The time was free for others meanwhile: the same rules as a new booking.
        if (auto slot = checkSlot(current->practitionerId, current->typeId, current->span.startMs,
                                  appointmentId);
            !slot)
            return R::failure(slot.error());
    } else if (current->status == AppointmentStatus::NoShow) {
        // A no-show has begun, so only another booking in its time can stand in the way.
        auto taken = appointments.occupied(current->practitionerId, current->span, appointmentId);
        if (!taken)
            return R::failure(taken.error());
        for (const Interval &other : taken.value()) {
            if (other.overlaps(current->span))
                return R::failure(describe(SlotViolation::OverlapsAppointment) + u' ' +
                                  tr("Nothing was booked or changed."));
        }
    } else {
        return R::failure(tr("Only cancelled or no-show appointments can be booked again."));
    }
    if (Status s = appointments.setStatus(appointmentId, AppointmentStatus::Booked, now); !s)
        return R::failure(s.error());
    auto changed = appointments.find(appointmentId);
    if (!changed)
        return changed;
    if (current->status == AppointmentStatus::Cancelled) {
        if (Status s = OutboxRepository(m_db).recordReinstated(changed.value(), now); !s)
            return R::failure(s.error());
    }
    // The audit log's actions are fixed by the schema: a new booking of the same appointment.
    if (Status s = AuditLog(m_db).record(QStringLiteral("booked"), appointmentId, 0, now,
                                         auditDetail.isEmpty() ? QStringLiteral("reinstated")
                                                               : auditDetail);
        !s)
        return R::failure(s.error());
    if (!tx.commit())
        return R::failure(m_db.lastFailure());
    qCInfo(lcBooking) << "appointment" << appointmentId << "is booked again";
    return changed;
}

Result<Appointment> BookingService::markAttended(qint64 appointmentId)
{
    using R = Result<Appointment>;
    WriteTransaction tx(m_db);
    if (!tx.started())
        return R::failure(m_db.lastFailure());
    AppointmentRepository appointments(m_db);
    auto current = appointments.find(appointmentId);
    if (!current)
        return current;
    if (current->status != AppointmentStatus::NoShow)
        return R::failure(tr("Only a no-show can be marked as attended."));
    const qint64 now = m_availability.clock().nowMs();
    if (Status s = appointments.setStatus(appointmentId, AppointmentStatus::Completed, now); !s)
        return R::failure(s.error());
    // Recorded as a correction of the no-show (the schema fixes the audit actions).
    if (Status s = AuditLog(m_db).record(QStringLiteral("no_show"), appointmentId, 0, now,
                                         QStringLiteral("withdrawn: attended"));
        !s)
        return R::failure(s.error());
    auto changed = appointments.find(appointmentId);
    if (changed && !tx.commit())
        return R::failure(m_db.lastFailure());
    qCInfo(lcBooking) << "appointment" << appointmentId << "attended after all";
    return changed;
}

} // namespace empfang
