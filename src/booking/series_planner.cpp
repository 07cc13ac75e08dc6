#include "series_planner.h"

#include "booking/booking_service.h"
#include "storage/practitioner_repository.h"
#include "storage/settings_repository.h"

#include <algorithm>

namespace empfang {

namespace {

constexpr int kMaxSessions = 100;
constexpr int kMaxEveryWeeks = 52;

} // namespace

QList<QDate> SeriesPlanner::dates(const QDate &first, QList<int> weekdays, int everyWeeks,
                                  int count)
{
    QList<QDate> out;
    if (!first.isValid() || count <= 0 || everyWeeks <= 0)
        return out;
    weekdays.removeIf([](int d) { return d < 1 || d > 7; });
    if (weekdays.isEmpty())
        weekdays << first.dayOfWeek();
    std::sort(weekdays.begin(), weekdays.end());
    weekdays.erase(std::unique(weekdays.begin(), weekdays.end()), weekdays.end());
    const QDate monday = first.addDays(1 - first.dayOfWeek());
    for (int week = 0; out.size() < count; week += everyWeeks) {
        for (int weekday : std::as_const(weekdays)) {
            const QDate d = monday.addDays(qint64(week) * 7 + weekday - 1);
            if (d >= first && out.size() < count)
                out << d;
        }
    }
    return out;
}

QString SeriesPlanner::validate(const SeriesRequest &r)
{
    if (r.count < 1 || r.count > kMaxSessions)
        return tr("A series has between 1 and %1 sessions.").arg(kMaxSessions);
    if (r.everyWeeks < 1 || r.everyWeeks > kMaxEveryWeeks)
        return tr("The interval must be between 1 and %1 weeks.").arg(kMaxEveryWeeks);
    for (int d : r.weekdays) {
        if (d < 1 || d > 7)
            return tr("Weekdays are numbers from 1 (Monday) to 7 (Sunday).");
    }
    return {};
}

Result<QList<qint64>> SeriesPlanner::candidates(const SeriesRequest &request, qint64 first) const
{
    QList<qint64> out{first};
    if (!request.anyPractitioner)
        return out;
    PractitionerRepository practitioners(m_db);
    auto all = practitioners.list();
    if (!all)
        return Result<QList<qint64>>::failure(all.error());
    for (const Practitioner &p : all.value()) {
        if (p.id != first && practitioners.durationFor(p.id, request.typeId))
            out << p.id;
    }
    return out;
}

Result<SeriesProposal> SeriesPlanner::proposeOn(const SeriesRequest &request, qint64 practitionerId,
                                                const QDate &date, qint64 wantedStartMs) const
{
    using R = Result<SeriesProposal>;
    auto who = candidates(request, practitionerId);
    if (!who)
        return R::failure(who.error());
    SeriesProposal p;
    p.date = date;
    p.wantedStartMs = wantedStartMs;
    p.practitionerId = practitionerId;

    // The wanted time with the asked-for practitioner, then with the others, then the nearest
    // free time of anyone that day: a patient cares about the time more than about who treats.
    QList<std::pair<qint64, SlotRequest>> requests;
    for (qint64 pid : who.value()) {
        auto r = m_availability.request(pid, request.typeId, date, date);
        if (!r) {
            if (pid == practitionerId)
                return R::failure(r.error());
            continue;
        }
        requests.append({pid, r.value()});
    }
    for (const auto &[pid, r] : requests) {
        const Interval wanted{wantedStartMs, wantedStartMs + qint64(r.durationMinutes) * kMinuteMs};
        const auto violation = SlotFinder::check(r, wanted);
        if (!violation) {
            p.state = pid == practitionerId ? SeriesProposal::State::Free
                                            : SeriesProposal::State::Alternative;
            p.practitionerId = pid;
            p.slot = wanted;
            return p; // p.conflict still says why the asked-for practitioner could not
        }
        if (pid == practitionerId)
            p.conflict = BookingService::describe(*violation);
    }
    std::optional<std::pair<qint64, Interval>> best;
    for (const auto &[pid, r] : requests) {
        for (const Interval &slot : SlotFinder::freeSlots(r)) {
            const qint64 distance = std::abs(slot.startMs - wantedStartMs);
            if (!best || distance < std::abs(best->second.startMs - wantedStartMs))
                best = std::pair{pid, slot};
        }
    }
    if (best) {
        p.state = SeriesProposal::State::Alternative;
        p.practitionerId = best->first;
        p.slot = best->second;
    } else {
        p.state = SeriesProposal::State::Conflict;
        p.conflict = (p.conflict + u' ' + tr("No free time on this day.")).trimmed();
    }
    return p;
}

Result<QList<SeriesProposal>> SeriesPlanner::plan(const SeriesRequest &request) const
{
    using R = Result<QList<SeriesProposal>>;
    if (const QString invalid = validate(request); !invalid.isEmpty())
        return R::failure(invalid);
    const QTimeZone zone = SettingsRepository(m_db).load().timeZone();
    const QDateTime first = QDateTime::fromMSecsSinceEpoch(request.firstStartMs, zone);
    // The time of day is kept in practice time, so 09:00 stays 09:00 across a DST change.
    const QTime time = first.time();
    QList<SeriesProposal> out;
    for (const QDate &date :
         dates(first.date(), request.weekdays, request.everyWeeks, request.count)) {
        const qint64 wanted = QDateTime(date, time, zone).toMSecsSinceEpoch();
        auto p = proposeOn(request, request.practitionerId, date, wanted);
        if (!p)
            return R::failure(p.error());
        out << p.value();
    }
    return out;
}

Result<SeriesProposal> SeriesPlanner::propose(const SeriesRequest &request, qint64 practitionerId,
                                              qint64 startMs) const
{
    const QTimeZone zone = SettingsRepository(m_db).load().timeZone();
    return proposeOn(request, practitionerId, QDateTime::fromMSecsSinceEpoch(startMs, zone).date(),
                     startMs);
}

Result<QList<Interval>> SeriesPlanner::freeOn(qint64 practitionerId, qint64 typeId,
                                              const QDate &date) const
{
    return m_availability.freeSlots(practitionerId, typeId, date, date);
}

} // namespace empfang
