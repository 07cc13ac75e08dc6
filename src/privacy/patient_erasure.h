#pragma once

#include "booking/booking_service.h"
#include "domain/result.h"

namespace empfang {

/// What an erasure did.
struct ErasureReport
{
    int cancelled = 0;  // future appointments cancelled (their calendar events go via the outbox)
    int anonymised = 0; // appointments kept without patient, as statistics
    int eventsRemoved = 0; // Google events of past appointments owed a delete (names shown)
};

/// GDPR Art. 17 for one patient: future appointments are cancelled through BookingService (so a
/// connected calendar loses their events), the rest keep only practitioner, type, time and
/// status, and the patient row is deleted. When the practice shows patient names in Google
/// (google.showPatientNames), past appointments' events carry the name too and are deleted
/// through the outbox as well — all in one transaction with its audit entry.
class PatientErasure
{
    Q_DECLARE_TR_FUNCTIONS(PatientErasure)
public:
    PatientErasure(Database &db, BookingService &booking, const Clock &clock)
        : m_db(db), m_booking(booking), m_clock(clock)
    {
    }

    /// `auditAction` is "erased" for a request, "retention" for the automatic cleanup.
    Result<ErasureReport> erase(qint64 patientId,
                                const QString &auditAction = QStringLiteral("erased"));

private:
    Status removePastEvents(qint64 patientId, qint64 nowMs, ErasureReport *report);

    Database &m_db;
    BookingService &m_booking;
    const Clock &m_clock;
};

} // namespace empfang
