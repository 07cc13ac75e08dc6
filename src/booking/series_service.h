#pragma once

#include "booking/booking_service.h"
#include "domain/appointment.h"
#include "domain/result.h"

#include <QList>

namespace empfang {

/// One session to book: who treats and when.
struct SeriesSession
{
    qint64 practitionerId = 0;
    qint64 startMs = 0;
};

/// Books a series all-or-nothing and changes "this and the following" sessions together.
/// Every session goes through BookingService (same rules, outbox, audit log) inside one outer
/// write transaction, so a single refused session leaves the database as it was.
class SeriesService
{
    Q_DECLARE_TR_FUNCTIONS(SeriesService)
public:
    SeriesService(Database &db, BookingService &booking, const Clock &clock)
        : m_db(db), m_booking(booking), m_clock(clock)
    {
    }

    /// `patient` gives the patient (id or new name), type and note; its practitioner and start
    /// are taken from each session.
    Result<QList<Appointment>> book(const BookingRequest &patient,
                                    const QList<SeriesSession> &sessions);
    /// Cancels this appointment and the later booked ones of its series.
    Result<QList<Appointment>> cancelFollowing(qint64 appointmentId);
    /// Moves this appointment to `newStartMs` and shifts the later booked ones of its series by
    /// the same number of days, to the same new time of day (practice time).
    Result<QList<Appointment>> moveFollowing(qint64 appointmentId, qint64 newStartMs);

private:
    Result<QList<Appointment>> following(qint64 appointmentId) const;

    Database &m_db;
    BookingService &m_booking;
    const Clock &m_clock;
};

} // namespace empfang
