#include "availability_service.h"

#include "storage/appointment_repository.h"
#include "storage/appointment_type_repository.h"
#include "storage/practitioner_repository.h"
#include "storage/schedule_repository.h"
#include "storage/settings_repository.h"

namespace empfang {

Result<SlotRequest> AvailabilityService::request(qint64 practitionerId, qint64 typeId,
                                                 const QDate &firstDay, const QDate &lastDay,
                                                 qint64 excludeAppointmentId) const
{
    using R = Result<SlotRequest>;
    if (!firstDay.isValid() || !lastDay.isValid() || lastDay < firstDay)
        return R::failure(tr("The end date must not lie before the start date."));
    const PracticeSettings settings = SettingsRepository(m_db).load();
    auto duration = PractitionerRepository(m_db).durationFor(practitionerId, typeId);
    if (!duration)
        return R::failure(duration.error());
    auto type = AppointmentTypeRepository(m_db).find(typeId);
    if (!type)
        return R::failure(type.error());
    ScheduleRepository schedule(m_db);
    auto hours = schedule.hours(practitionerId);
    if (!hours)
        return R::failure(hours.error());

    SlotRequest r;
    r.zone = settings.timeZone();
    r.firstDay = firstDay;
    r.lastDay = lastDay;
    r.hours = hours.value();
    r.durationMinutes = duration.value();
    r.bufferBeforeMinutes = type->bufferBeforeMinutes;
    r.bufferAfterMinutes = type->bufferAfterMinutes;
    r.stepMinutes = settings.slotStepMinutes;
    r.minimumNoticeMinutes = settings.minimumNoticeMinutes;
    r.horizonDays = settings.horizonDays;
    r.nowMs = m_clock.nowMs();

    // One day of margin on each side: buffers and night shifts reach across midnight.
    const Interval range{QDateTime(firstDay.addDays(-1), QTime(0, 0), r.zone).toMSecsSinceEpoch(),
                         QDateTime(lastDay.addDays(2), QTime(0, 0), r.zone).toMSecsSinceEpoch()};
    auto absences = schedule.absences(practitionerId, range);
    if (!absences)
        return R::failure(absences.error());
    for (const Absence &a : absences.value())
        r.absences.append(a.span);
    auto occupied = AppointmentRepository(m_db).occupied(practitionerId, range, excludeAppointmentId);
    if (!occupied)
        return R::failure(occupied.error());
    r.appointments = occupied.value();
    if (m_busy)
        r.busy = m_busy(practitionerId, range);
    return r;
}

Result<QList<Interval>> AvailabilityService::freeSlots(qint64 practitionerId, qint64 typeId,
                                                       const QDate &firstDay,
                                                       const QDate &lastDay) const
{
    auto r = request(practitionerId, typeId, firstDay, lastDay);
    if (!r)
        return Result<QList<Interval>>::failure(r.error());
    return SlotFinder::freeSlots(r.value());
}

Result<std::optional<FreeSlot>> AvailabilityService::nextFree(
    qint64 typeId, qint64 afterMs, std::optional<qint64> practitionerId) const
{
    using R = Result<std::optional<FreeSlot>>;
    auto type = AppointmentTypeRepository(m_db).find(typeId);
    if (!type)
        return R::failure(type.error());
    QList<qint64> candidates;
    if (practitionerId) {
        candidates << *practitionerId;
    } else {
        auto all = PractitionerRepository(m_db).list();
        if (!all)
            return R::failure(all.error());
        for (const Practitioner &p : all.value()) {
            if (PractitionerRepository(m_db).durationFor(p.id, typeId))
                candidates << p.id;
        }
    }
    if (candidates.isEmpty())
        return R::failure(tr("No practitioner offers \"%1\".").arg(type->name));

    const PracticeSettings settings = SettingsRepository(m_db).load();
    const qint64 from = std::max(afterMs, m_clock.nowMs());
    const QDate firstDay = QDateTime::fromMSecsSinceEpoch(from, settings.timeZone()).date();
    const QDate lastDay = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), settings.timeZone())
                              .date()
                              .addDays(settings.horizonDays);
    // Week by week, so an early hit costs one week of data, not the whole horizon.
    for (QDate day = firstDay; day <= lastDay; day = day.addDays(7)) {
        const QDate chunkEnd = std::min(day.addDays(6), lastDay);
        std::optional<FreeSlot> best;
        for (qint64 pid : candidates) {
            auto r = request(pid, typeId, day, chunkEnd);
            if (!r)
                return R::failure(r.error());
            r.value().notBeforeMs = from;
            if (auto slot = SlotFinder::firstSlot(r.value());
                slot && (!best || slot->startMs < best->span.startMs))
                best = FreeSlot{pid, *slot};
        }
        if (best)
            return std::optional<FreeSlot>(best);
    }
    return std::optional<FreeSlot>();
}

} // namespace empfang
