#pragma once

#include "domain/clock.h"
#include "domain/result.h"
#include "scheduling/slot_finder.h"
#include "storage/database.h"

#include <functional>
#include <optional>

namespace empfang {

/// A free slot with the practitioner it belongs to.
struct FreeSlot
{
    qint64 practitionerId = 0;
    Interval span;
};

/// Busy times from outside (Google) for a practitioner and range; empty without Google.
using BusySource = std::function<QList<Interval>(qint64 practitionerId, const Interval &range)>;

/// Loads what SlotFinder needs from the database. The one place that assembles a
/// SlotRequest, so the grid and the booking check can never disagree.
class AvailabilityService
{
    Q_DECLARE_TR_FUNCTIONS(AvailabilityService)
public:
    AvailabilityService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    void setBusySource(BusySource source) { m_busy = std::move(source); }

    Result<SlotRequest> request(qint64 practitionerId, qint64 typeId, const QDate &firstDay,
                                const QDate &lastDay, qint64 excludeAppointmentId = 0) const;
    Result<QList<Interval>> freeSlots(qint64 practitionerId, qint64 typeId, const QDate &firstDay,
                                      const QDate &lastDay) const;
    /// Earliest free slot of `typeId` at or after `afterMs` with any practitioner who offers it
    /// (or only `practitionerId`), within the booking horizon.
    Result<std::optional<FreeSlot>> nextFree(qint64 typeId, qint64 afterMs,
                                             std::optional<qint64> practitionerId = {}) const;

    const Clock &clock() const { return m_clock; }

private:
    Database &m_db;
    const Clock &m_clock;
    BusySource m_busy;
};

} // namespace empfang
