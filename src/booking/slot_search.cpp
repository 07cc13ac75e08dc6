#include "slot_search.h"

#include "storage/practitioner_repository.h"
#include "storage/settings_repository.h"

#include <algorithm>

namespace empfang {

bool SlotSearch::matches(const SlotPreference &p, const QDateTime &localStart)
{
    if (!p.weekdays.isEmpty() && !p.weekdays.contains(localStart.date().dayOfWeek()))
        return false;
    const QTime t = localStart.time();
    if (p.notBefore.isValid() && t < p.notBefore)
        return false;
    if (p.notAfter.isValid() && t > p.notAfter)
        return false;
    return true;
}

Result<QList<FreeSlot>> SlotSearch::next(qint64 typeId, qint64 afterMs,
                                         const SlotPreference &preference, int limit,
                                         std::optional<qint64> practitionerId) const
{
    using R = Result<QList<FreeSlot>>;
    QList<qint64> candidates;
    PractitionerRepository practitioners(m_db);
    if (practitionerId) {
        candidates << *practitionerId;
    } else {
        auto all = practitioners.list();
        if (!all)
            return R::failure(all.error());
        for (const Practitioner &p : all.value()) {
            if (practitioners.durationFor(p.id, typeId))
                candidates << p.id;
        }
    }
    if (candidates.isEmpty())
        return R::failure(tr("No practitioner offers this type."));
    const PracticeSettings settings = SettingsRepository(m_db).load();
    const QTimeZone zone = settings.timeZone();
    const qint64 now = m_availability.clock().nowMs();
    const qint64 from = std::max(afterMs, now);
    const QDate firstDay = QDateTime::fromMSecsSinceEpoch(from, zone).date();
    const QDate lastDay =
        QDateTime::fromMSecsSinceEpoch(now, zone).date().addDays(settings.horizonDays);
    QList<FreeSlot> found;
    // Week by week: the list is usually full after the first week or two.
    for (QDate day = firstDay; day <= lastDay && found.size() < limit; day = day.addDays(7)) {
        const QDate chunkEnd = std::min(day.addDays(6), lastDay);
        QList<FreeSlot> week;
        for (qint64 pid : std::as_const(candidates)) {
            auto free = m_availability.freeSlots(pid, typeId, day, chunkEnd);
            if (!free)
                return R::failure(free.error());
            qint64 lastEnd = 0;
            for (const Interval &s : free.value()) {
                if (s.startMs < from || s.startMs < lastEnd ||
                    !matches(preference, QDateTime::fromMSecsSinceEpoch(s.startMs, zone)))
                    continue;
                week << FreeSlot{pid, s};
                lastEnd = s.endMs;
            }
        }
        std::sort(week.begin(), week.end(), [](const FreeSlot &a, const FreeSlot &b) {
            return a.span.startMs != b.span.startMs ? a.span.startMs < b.span.startMs
                                                    : a.practitionerId < b.practitionerId;
        });
        for (const FreeSlot &s : std::as_const(week)) {
            if (found.size() >= limit)
                break;
            found << s;
        }
    }
    return found;
}

} // namespace empfang
