#pragma once

#include <QCoreApplication>
#include <QPoint>

namespace empfang {

class ScheduleItems;
class ScheduleLayout;
struct ScheduleData;

/// What the grid says when the mouse rests somewhere: an appointment's details and Google
/// state, a Google busy block, a column header's freshness. Empty = no tooltip.
class ScheduleTooltips
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleTooltips)
public:
    static QString at(const ScheduleData &data, const ScheduleLayout &layout,
                      const ScheduleItems &items, const QPoint &pos);
    /// Why a clicked place offers no booking (for the status bar): absent, outside working
    /// hours, busy in Google, in the past, a finished appointment, too little room …
    static QString whyNotBookable(const ScheduleData &data, const ScheduleLayout &layout,
                                  const ScheduleItems &items, const QPoint &pos, qint64 nowMs);
};

} // namespace empfang
