#include "schedule/schedule_tooltips.h"

#include "schedule/schedule_data.h"
#include "schedule/schedule_items.h"
#include "schedule/schedule_layout.h"
#include "schedule/schedule_sync_painter.h"

#include <algorithm>

namespace empfang {

QString ScheduleTooltips::at(const ScheduleData &data, const ScheduleLayout &layout,
                             const ScheduleItems &items, const QPoint &pos)
{
    const int column = layout.columnAt(pos.x());
    if (column < 0)
        return {};
    const ScheduleColumn &c = data.columns[column];
    if (pos.y() < layout.headerHeight()) {
        if (pos.y() < layout.dayRowHeight())
            return {};
        return ScheduleSyncPainter::freshnessTooltip(c.google, data.zone);
    }
    const double minute = layout.minuteForY(pos.y());
    const auto time = [&data](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, data.zone).toString(QStringLiteral("HH:mm"));
    };
    const ScheduleItem *item = items.at(column, items.rowAt(data, column, minute));
    if (item && item->kind == ScheduleItem::Appointment) {
        const Appointment &a = c.appointments[item->index];
        QString text =
            tr("%1–%2 %3\n%4")
                .arg(time(a.span.startMs), time(a.span.endMs), a.patientName, a.typeName);
        if (const QString series = data.seriesLabel.value(a.id); !series.isEmpty())
            text += u'\n' + tr("Series: appointment %1").arg(series);
        if (!a.note.isEmpty())
            text += u'\n' + a.note;
        if (c.inAbsence(a))
            text += u'\n' + tr("The practitioner is absent at this time: please move or cancel "
                               "the appointment.");
        if (const auto badge = data.sync.constFind(a.id); badge != data.sync.cend())
            text += u'\n' + tr("Google: %1").arg(ScheduleSyncPainter::stateText(*badge));
        return text;
    }
    if (item)
        return {};
    const qint64 ms = data.msAt(c.day, 0) + qint64(minute * kMinuteMs);
    for (const Interval &busy : c.google.busy) {
        if (busy.startMs <= ms && ms < busy.endMs)
            return tr("%1–%2 %3: the practitioner is busy in their Google calendar (Empfang "
                      "reads busy times only, no details).")
                .arg(time(busy.startMs), time(busy.endMs), ScheduleSyncPainter::busyText());
    }
    if (c.google.freshness == GoogleColumn::Freshness::Unsynchronised)
        return ScheduleSyncPainter::freshnessTooltip(c.google, data.zone);
    return {};
}

QString ScheduleTooltips::whyNotBookable(const ScheduleData &data, const ScheduleLayout &layout,
                                         const ScheduleItems &items, const QPoint &pos,
                                         qint64 nowMs)
{
    const int column = layout.columnAt(pos.x());
    if (column < 0 || pos.y() < layout.headerHeight())
        return {};
    const ScheduleColumn &c = data.columns[column];
    const QString who = c.practitioner.name;
    const double minute = layout.minuteForY(pos.y());
    const qint64 ms = data.msAt(c.day, 0) + qint64(minute * kMinuteMs);
    const auto time = [&data](qint64 at) {
        return QDateTime::fromMSecsSinceEpoch(at, data.zone).toString(QStringLiteral("HH:mm"));
    };
    if (const ScheduleItem *item = items.at(column, items.rowAt(data, column, minute));
        item && item->kind == ScheduleItem::Appointment) {
        const Appointment &a = c.appointments[item->index];
        switch (a.status) {
        case AppointmentStatus::Completed:
            return tr("%1's appointment is completed: it cannot be moved or cancelled any "
                      "more.")
                .arg(a.patientName);
        case AppointmentStatus::Cancelled:
            return tr("%1's appointment is cancelled; \"Take back the cancellation\" books it "
                      "again.")
                .arg(a.patientName);
        case AppointmentStatus::NoShow:
            return tr("%1 did not come; \"Attended after all\" or \"Back to booked\" undo "
                      "that.")
                .arg(a.patientName);
        case AppointmentStatus::Booked:
            return {};
        }
    }
    for (int i = 0; i < c.absences.size(); ++i) {
        if (c.absences[i].startMs <= ms && ms < c.absences[i].endMs) {
            const QString reason = c.absenceReasons.value(i);
            return reason.isEmpty()
                       ? tr("Not bookable: %1 is absent (%2–%3).")
                             .arg(who, time(c.absences[i].startMs), time(c.absences[i].endMs))
                       : tr("Not bookable: %1 is absent (%2–%3, %4).")
                             .arg(who, time(c.absences[i].startMs), time(c.absences[i].endMs),
                                  reason);
        }
    }
    const bool working = std::any_of(c.working.cbegin(), c.working.cend(), [ms](const Interval &w) {
        return w.startMs <= ms && ms < w.endMs;
    });
    if (!working)
        return tr("Not bookable: outside %1's working hours.").arg(who);
    if (!c.offersType)
        return tr("Not bookable: %1 does not offer the chosen appointment type.").arg(who);
    if (ms < nowMs)
        return tr("Not bookable: this time has passed.");
    for (const Interval &busy : c.google.busy) {
        if (busy.startMs <= ms && ms < busy.endMs)
            return tr("Not bookable: %1 is busy in their Google calendar (%2–%3).")
                .arg(who, time(busy.startMs), time(busy.endMs));
    }
    return tr("Not bookable: the chosen appointment type does not fit here (next appointment, "
              "buffer times, minimum notice or booking horizon).");
}

} // namespace empfang
