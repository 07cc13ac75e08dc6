#include "schedule_tooltips.h"

#include "schedule_data.h"
#include "schedule_items.h"
#include "schedule_layout.h"
#include "schedule_sync_painter.h"

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
        if (!a.note.isEmpty())
            text += u'\n' + a.note;
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

} // namespace empfang
