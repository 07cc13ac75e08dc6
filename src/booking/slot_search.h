#pragma once

#include "booking/availability_service.h"

#include <QTime>

namespace empfang {

/// Which free slots the patient can take: weekdays and a time-of-day window (practice time).
struct SlotPreference
{
    QList<int> weekdays; // 1 = Monday … 7 = Sunday; empty = any day
    QTime notBefore;     // null = from the start of the working day
    QTime notAfter;      // latest start; null = until the end of the working day
};

/// The next few free slots of a type across practitioners, earliest first, for the "next free
/// slot" list. Offers per practitioner do not overlap, so ten entries are ten real choices rather
/// than one gap in 5-minute steps.
class SlotSearch
{
    Q_DECLARE_TR_FUNCTIONS(SlotSearch)
public:
    SlotSearch(Database &db, const AvailabilityService &availability)
        : m_db(db), m_availability(availability)
    {
    }

    static bool matches(const SlotPreference &preference, const QDateTime &localStart);

    Result<QList<FreeSlot>> next(qint64 typeId, qint64 afterMs, const SlotPreference &preference,
                                 int limit = 10, std::optional<qint64> practitionerId = {}) const;

private:
    Database &m_db;
    const AvailabilityService &m_availability;
};

} // namespace empfang
