#pragma once

#include "database.h"
#include "domain/appointment.h"
#include "domain/result.h"

#include <QList>

#include <optional>

namespace empfang {

/// Appointments. Rule checks live in BookingService; this class only reads and writes rows.
class AppointmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(AppointmentRepository)
public:
    explicit AppointmentRepository(Database &db) : m_db(db) {}

    Result<Appointment> insert(const Appointment &appointment);
    Status reschedule(qint64 id, qint64 practitionerId, const Interval &span, qint64 nowMs);
    Status setStatus(qint64 id, AppointmentStatus status, qint64 nowMs);
    Result<Appointment> find(qint64 id) const;
    /// Appointments overlapping `range`, any status, with patient and type names.
    Result<QList<Appointment>> list(const Interval &range,
                                    std::optional<qint64> practitionerId = std::nullopt) const;
    /// Time held by the practitioner's booked appointments near `range`, each widened by its
    /// type's buffers — what a new booking must not overlap.
    Result<QList<Interval>> occupied(qint64 practitionerId, const Interval &range,
                                     qint64 excludeAppointmentId = 0) const;

    static QString notFound(qint64 id);

private:
    Database &m_db;
};

} // namespace empfang
