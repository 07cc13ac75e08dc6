#include "schedule/schedule_data.h"

#include "booking/appointment_directory.h"
#include "booking/availability_service.h"
#include "booking/practice_directory.h"
#include "scheduling/slot_finder.h"

#include <algorithm>

namespace empfang {

int ScheduleData::minuteOfDay(qint64 ms, const QDate &day) const
{
    constexpr qint64 kDayMs = 24 * 60 * kMinuteMs;
    if (const auto midnight = plainDays.constFind(day); midnight != plainDays.cend()) {
        if (const qint64 since = ms - *midnight; since >= 0 && since < kDayMs)
            return int(since / kMinuteMs);
    }
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms, zone);
    return int(day.daysTo(local.date()) * 24 * 60 +
               local.time().msecsSinceStartOfDay() / kMinuteMs);
}

qint64 ScheduleData::msAt(const QDate &day, int minute) const
{
    return QDateTime(day, QTime(0, 0), zone).addSecs(qint64(minute) * 60).toMSecsSinceEpoch();
}

ScheduleData ScheduleData::load(Database &db, const AvailabilityService &availability,
                                const QList<QDate> &days, const QList<Practitioner> &practitioners,
                                qint64 typeId)
{
    ScheduleData data;
    const PracticeSettings settings = PracticeDirectory(db).settings();
    data.zone = settings.timeZone();
    data.stepMinutes = settings.slotStepMinutes;
    data.days = days;
    if (days.isEmpty())
        return data;
    for (const QDate &day : days) {
        const qint64 midnight = data.msAt(day, 0);
        const qint64 next = data.msAt(day.addDays(1), 0);
        const auto offset = [&data](qint64 ms) {
            return data.zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
        };
        if (next - midnight == 24 * 60 * kMinuteMs && offset(midnight) == offset(next - 1))
            data.plainDays.insert(day, midnight);
    }
    const auto note = [&data](const QString &error) {
        if (data.error.isEmpty())
            data.error = error;
    };

    if (auto types = PracticeDirectory(db).types(true)) {
        for (const AppointmentType &t : types.value())
            data.typeColors.insert(t.id, QColor(t.color));
    } else {
        note(types.error());
    }

    const Interval range{data.msAt(days.first(), 0), data.msAt(days.last().addDays(1), 0)};
    const PracticeDirectory directory(db);
    QHash<qint64, SlotRequest> hoursOf; // a SlotRequest only to reuse workingIntervals()
    QHash<qint64, QList<Interval>> freeOf;
    QHash<qint64, QList<Absence>> absencesOf;
    QHash<qint64, QList<Appointment>> appointmentsOf;
    QHash<qint64, bool> offers;
    for (const Practitioner &p : practitioners) {
        SlotRequest r;
        r.zone = data.zone;
        if (auto hours = directory.hours(p.id))
            r.hours = hours.value();
        else
            note(hours.error());
        hoursOf.insert(p.id, r);
        if (auto absences = directory.absences(p.id, range)) {
            absencesOf.insert(p.id, absences.value());
        } else {
            note(absences.error());
        }
        if (auto list = AppointmentDirectory(db).list(range, p.id))
            appointmentsOf.insert(p.id, list.value());
        else
            note(list.error());
        // Not offering the chosen type is normal, not an error: the column just has no slots.
        offers.insert(p.id, typeId != 0 && directory.durationFor(p.id, typeId).ok());
        if (offers.value(p.id)) {
            if (auto free = availability.freeSlots(p.id, typeId, days.first(), days.last()))
                freeOf.insert(p.id, free.value());
            else
                note(free.error());
        }
    }

    int first = 24 * 60;
    int last = 0;
    const auto extend = [&](const QDate &day, const Interval &span) {
        first = std::min(first, data.minuteOfDay(span.startMs, day));
        last = std::max(last, data.minuteOfDay(span.endMs, day));
    };
    for (const QDate &day : days) {
        const Interval dayRange{data.msAt(day, 0), data.msAt(day.addDays(1), 0)};
        for (const Practitioner &p : practitioners) {
            ScheduleColumn c;
            c.day = day;
            c.practitioner = p;
            c.offersType = offers.value(p.id);
            SlotRequest r = hoursOf.value(p.id);
            r.firstDay = r.lastDay = day;
            c.working = SlotFinder::workingIntervals(r);
            for (const Absence &a : absencesOf.value(p.id)) {
                if (a.span.overlaps(dayRange)) {
                    c.absences.append(a.span);
                    c.absenceReasons.append(a.reason);
                }
            }
            for (const Interval &slot : freeOf.value(p.id)) {
                if (dayRange.contains(Interval{slot.startMs, slot.startMs + 1}))
                    c.freeSlots.append(slot);
            }
            for (const Appointment &a : appointmentsOf.value(p.id)) {
                if (a.span.overlaps(dayRange))
                    c.appointments.append(a);
            }
            for (const Interval &w : c.working)
                extend(day, w);
            for (const Appointment &a : c.appointments)
                extend(day, a.span);
            data.columns.append(c);
        }
    }
    QList<qint64> shown;
    for (const ScheduleColumn &c : std::as_const(data.columns)) {
        for (const Appointment &a : c.appointments)
            shown << a.id;
    }
    if (auto positions = AppointmentDirectory(db).seriesPositions(shown)) {
        for (auto it = positions.value().cbegin(); it != positions.value().cend(); ++it)
            data.seriesLabel.insert(
                it.key(), QStringLiteral("%1/%2").arg(it.value().number).arg(it.value().count));
    } else {
        note(positions.error());
    }
    if (first < last) {
        // Whole hours with a little air around the working day.
        data.firstMinute = std::max(0, (first / 60) * 60 - (first % 60 == 0 ? 60 : 0));
        data.lastMinute = std::min(24 * 60, ((last + 59) / 60) * 60 + (last % 60 == 0 ? 60 : 0));
    }
    return data;
}

} // namespace empfang
