#include "slot_finder.h"

#include <QVarLengthArray>

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

// The UTC instant of a practice-local wall time. Qt 6.4 marks a wall time inside a spring-forward
// gap (02:30 on 2026-03-29 in Berlin) invalid and its epoch value is then an hour or more off.
// Nobody's clock ever shows such a time; it is passed over at the jump, so hours that start or
// end inside the gap start or end at the jump itself.
qint64 localInstant(const QDate &day, const QTime &time, const QTimeZone &zone)
{
    const QDateTime local(day, time, zone);
    if (local.isValid())
        return local.toMSecsSinceEpoch();
    const qint64 wall = QDateTime(day, time, QTimeZone::utc()).toMSecsSinceEpoch();
    QDateTime from = QDateTime(day.addDays(-1), QTime(12, 0), QTimeZone::utc());
    for (int i = 0; i < 4; ++i) {
        const QTimeZone::OffsetData jump = zone.nextTransition(from);
        if (!jump.atUtc.isValid())
            break;
        const qint64 at = jump.atUtc.toMSecsSinceEpoch();
        const qint64 offsetBefore = zone.offsetFromUtc(jump.atUtc.addMSecs(-1)) * 1000LL;
        const qint64 offsetAfter = qint64(jump.offsetFromUtc) * 1000LL;
        if (wall >= at + offsetBefore && wall < at + offsetAfter)
            return at;
        from = jump.atUtc;
    }
    return local.toMSecsSinceEpoch();
}

// Milliseconds since the epoch of a wall time read as UTC.
qint64 utcWall(const QDate &day, const QTime &time)
{
    constexpr qint64 kUnixEpochJulianDay = 2440588;
    return (day.toJulianDay() - kUnixEpochJulianDay) * kDayMs + time.msecsSinceStartOfDay();
}

// The practice zone's offset for the days of a request, looked up once per request rather than
// once per working interval: a day without a clock change near it has one offset for all its
// wall times, which then are plain arithmetic. A day near a change takes the exact path
// (localInstant), so DST days give what they always gave.
class DayOffsets
{
public:
    DayOffsets(const QTimeZone &zone, const QDate &first, const QDate &last)
    {
        const QDateTime from(first.addDays(-2), QTime(0, 0), QTimeZone::utc());
        const QDateTime to(last.addDays(3), QTime(0, 0), QTimeZone::utc());
        m_initial = qint64(zone.offsetFromUtc(from)) * 1000;
        if (zone.hasTransitions()) {
            for (const QTimeZone::OffsetData &change : zone.transitions(from, to))
                m_changes.append(
                    {change.atUtc.toMSecsSinceEpoch(), qint64(change.offsetFromUtc) * 1000});
        }
    }

    /// Local minus UTC of `day`, or nothing when the clocks change within a day of it.
    std::optional<qint64> offset(const QDate &day) const
    {
        // A local day lies within 14 hours of its UTC namesake; one day either side is ample.
        const qint64 midnight = utcWall(day, QTime(0, 0));
        qint64 offset = m_initial;
        for (const auto &[at, after] : m_changes) {
            if (at >= midnight - kDayMs && at < midnight + 2 * kDayMs)
                return std::nullopt;
            if (at < midnight - kDayMs)
                offset = after;
        }
        return offset;
    }

private:
    qint64 m_initial = 0;
    QVarLengthArray<std::pair<qint64, qint64>, 4> m_changes; // at UTC, offset after
};

// The union of lists that are each sorted by start (as the repositories deliver them), merged
// in one pass instead of concatenated and sorted. A list out of order — appointments widened by
// different buffers can be — is sorted on a copy first; checking costs one linear pass.
QList<Interval> mergedUnion(std::initializer_list<const QList<Interval> *> lists)
{
    const auto byStart = [](const Interval &a, const Interval &b) { return a.startMs < b.startMs; };
    QVarLengthArray<QList<Interval>, 3> copies;
    QVarLengthArray<std::pair<const Interval *, const Interval *>, 3> cursors;
    qsizetype total = 0;
    for (const QList<Interval> *list : lists) {
        const QList<Interval> *use = list;
        if (!std::is_sorted(list->cbegin(), list->cend(), byStart)) {
            copies.append(*list);
            std::sort(copies.last().begin(), copies.last().end(), byStart);
            use = &copies.last();
        }
        cursors.append({use->cbegin(), use->cend()});
        total += use->size();
    }
    QList<Interval> out;
    out.reserve(total);
    while (true) {
        qsizetype next = -1;
        for (qsizetype c = 0; c < cursors.size(); ++c) {
            if (cursors[c].first != cursors[c].second &&
                (next < 0 || cursors[c].first->startMs < cursors[next].first->startMs))
                next = c;
        }
        if (next < 0)
            break;
        const Interval &i = *cursors[next].first++;
        if (i.isEmpty())
            continue;
        if (!out.isEmpty() && i.startMs <= out.last().endMs)
            out.last().endMs = std::max(out.last().endMs, i.endMs);
        else
            out.append(i);
    }
    return out;
}

// Last instant (exclusive) a slot may start: the same wall-clock time `horizonDays` calendar
// days after now, so a horizon does not shrink or grow by an hour across a DST change.
qint64 horizonEnd(const SlotRequest &request)
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(request.nowMs, request.zone);
    const QDateTime end = now.addDays(request.horizonDays);
    if (end.isValid())
        return end.toMSecsSinceEpoch();
    return request.nowMs + qint64(request.horizonDays) * kDayMs;
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
    const DayOffsets offsets(request.zone, request.firstDay, request.lastDay);
    for (QDate day = request.firstDay; day <= request.lastDay; day = day.addDays(1)) {
        std::optional<std::optional<qint64>> offset; // looked up at the day's first hours
        for (const WeeklyHours &h : request.hours) {
            if (!h.appliesTo(day) || !h.from.isValid() || !h.to.isValid() || h.to <= h.from)
                continue;
            if (!offset)
                offset = offsets.offset(day);
            if (const std::optional<qint64> &plain = *offset)
                out.append({utcWall(day, h.from) - *plain, utcWall(day, h.to) - *plain});
            else
                out.append({localInstant(day, h.from, request.zone),
                            localInstant(day, h.to, request.zone)});
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
    const qint64 earliest = std::max(
        request.nowMs + qint64(request.minimumNoticeMinutes) * kMinuteMs, request.notBeforeMs);
    const qint64 latestStart = horizonEnd(request);

    const QList<Interval> blocked =
        mergedUnion({&request.absences, &request.busy, &request.appointments});

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
                const qint64 hi =
                    std::min({work.endMs - duration, gapEnd - duration - after, latestStart - 1});
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
    if (slot.startMs >= horizonEnd(request))
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
