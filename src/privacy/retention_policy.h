#pragma once

#include "booking/booking_service.h"
#include "domain/result.h"

namespace empfang {

/// What a retention cleanup removed.
struct RetentionReport
{
    int patients = 0;   // patients erased
    int cancelled = 0;  // of their appointments, future ones cancelled (normally none)
    int anonymised = 0; // of their appointments, kept as anonymous statistics
};

/// How long patient data is kept after the last contact, and the cleanup that enforces it at
/// start. 0 years = keep (the practice decides; medical records law often asks for 10 years).
class RetentionPolicy
{
    Q_DECLARE_TR_FUNCTIONS(RetentionPolicy)
public:
    RetentionPolicy(Database &db) : m_db(db) {}

    int years() const;
    Status setYears(int years);
    /// Erases every patient whose last appointment (or, without any, whose record) is older
    /// than the retention period.
    Result<RetentionReport> cleanup(BookingService &booking, const Clock &clock);
    /// A sentence for the user about what `report` removed.
    static QString describe(const RetentionReport &report);

private:
    Database &m_db;
};

} // namespace empfang
