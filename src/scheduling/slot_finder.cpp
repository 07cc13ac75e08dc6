#include "slot_finder.h"

#include <algorithm>

namespace empfang {

namespace {

constexpr qint64 kDayMs = 24 * 60 * kMinuteMs;

bool overlapsAny(const QList<Interval> &sortedMerged, const Interval &span)
{
    // First interval that ends after span starts; sorted merged lists have sorted ends too.
    auto it = std::upper_bound(sortedMerged.cbegin(), sortedMerged.cend(), span.startMs,
                               [](qint64 t, const Interval &i) { return t < i.endMs; });
    return it != sortedMerged.cend() && it->startMs < span.endMs;
}

qint64 ceilToGrid(qint64 value, qint64 origin, qint64 step)
{
    if (value <= origin)
        return origin;
    return origin + ((value - origin + step - 1) / step) * step;
}

} // namespace

QList<Interval> SlotFinder::merged(QList<Interval> intervals)
{
    intervals.removeIf([](const Interval &i) { return i.isEmpty(); });
    std::sort(intervals.begin(), intervals.end());
    QList<Interval> out;
    out.reserve(intervals.size());
    for (const Interval &i : intervals) {
        if (!out.isEmpty() && i.startMs <= out.last().endMs)
            out.last().endMs = std::max(out.last().endMs, i.endMs);
        else
            out.append(i);
    }
    return out;
}

QList<Interval> SlotFinder::workingIntervals(const SlotRequest &request)
{
    QList<Interval> out;
    if (!request.firstDay.isValid() || !request.lastDay.isValid())
        return out;
    for (QDate day = request.firstDay; day <= request.lastDay; day = day.addDays(1)) {
        for (const WeeklyHours &h : request.hours) {
            if (!h.appliesTo(day) || !h.from.isValid() || !h.to.isValid() || h.to <= h.from)
                continue;
            const qint64 start = QDateTime(day, h.from, request.zone).toMSecsSinceEpoch();
            const qint64 end = QDateTime(day, h.to, request.zone).toMSecsSinceEpoch();
            out.append({start, end});
        }
    }
    return merged(std::move(out));
}

template <typename Visit> void SlotFinder::forEachSlot(const SlotRequest &request, Visit visit)
{
    const qint64 duration = qint64(request.durationMinutes) * kMinuteMs;
    const qint64 before = qint64(request.bufferBeforeMinutes) * kMinuteMs;
    const qint64 after = qint64(request.bufferAfterMinutes) * kMinuteMs;
    const qint64 step = qint64(std::max(1, request.stepMinutes)) * kMinuteMs;
    if (duration <= 0)
        return;
    const qint64 earliest =
        std::max(request.nowMs + qint64(request.minimumNoticeMinutes) * kMinuteMs,
                 request.notBeforeMs);
    const qint64 latestStart = request.nowMs + qint64(request.horizonDays) * kDayMs;

    const QList<Interval> blocked =
        merged(request.absences + request.busy + request.appointments);

    for (const Interval &work : workingIntervals(request)) {
        // Gaps between blocked intervals around this working interval; a slot must fit,
        // buffers included, inside one gap and, buffers excluded, inside the work interval.
        qint64 gapStart = work.startMs - before;
        auto it = std::upper_bound(blocked.cbegin(), blocked.cend(), gapStart,
                                   [](qint64 t, const Interval &i) { return t < i.endMs; });
        const qint64 windowEnd = work.endMs + after;
        while (true) {
            const bool lastGap = it == blocked.cend() || it->startMs >= windowEnd;
            const qint64 gapEnd = lastGap ? windowEnd : it->startMs;
            if (gapStart < gapEnd) {
                const qint64 lo = std::max({work.startMs, gapStart + before, earliest});
                const qint64 hi = std::min({work.endMs - duration, gapEnd - duration - after,
                                            latestStart - 1});
                for (qint64 s = ceilToGrid(lo, work.startMs, step); s <= hi; s += step) {
                    if (!visit(Interval{s, s + duration}))
                        return;
                }
            }
            if (lastGap)
                break;
            gapStart = std::max(gapStart, it->endMs);
            ++it;
        }
    }
}

QList<Interval> SlotFinder::freeSlots(const SlotRequest &request)
{
    QList<Interval> out;
    forEachSlot(request, [&out](const Interval &slot) {
        out.append(slot);
        return true;
    });
    return out;
}

std::optional<Interval> SlotFinder::firstSlot(const SlotRequest &request)
{
    std::optional<Interval> found;
    forEachSlot(request, [&found](const Interval &slot) {
        found = slot;
        return false;
    });
    return found;
}

std::optional<SlotViolation> SlotFinder::check(const SlotRequest &request, const Interval &slot)
{
    if (slot.startMs < request.nowMs)
        return SlotViolation::InPast;
    if (slot.startMs < request.nowMs + qint64(request.minimumNoticeMinutes) * kMinuteMs)
        return SlotViolation::TooShortNotice;
    if (slot.startMs >= request.nowMs + qint64(request.horizonDays) * kDayMs)
        return SlotViolation::BeyondHorizon;

    SlotRequest days = request;
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(slot.startMs, request.zone);
    days.firstDay = local.date().addDays(-1);
    days.lastDay = QDateTime::fromMSecsSinceEpoch(slot.endMs, request.zone).date();
    const QList<Interval> work = workingIntervals(days);
    const bool inHours = std::any_of(work.cbegin(), work.cend(),
                                     [&slot](const Interval &w) { return w.contains(slot); });
    if (!inHours)
        return SlotViolation::OutsideWorkingHours;

    const Interval occupied{slot.startMs - qint64(request.bufferBeforeMinutes) * kMinuteMs,
                            slot.endMs + qint64(request.bufferAfterMinutes) * kMinuteMs};
    if (overlapsAny(merged(request.absences), occupied))
        return SlotViolation::InAbsence;
    if (overlapsAny(merged(request.appointments), occupied))
        return SlotViolation::OverlapsAppointment;
    if (overlapsAny(merged(request.busy), occupied))
        return SlotViolation::BusyElsewhere;
    return std::nullopt;
}

} // namespace empfang
