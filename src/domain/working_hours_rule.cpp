#include "working_hours_rule.h"

namespace empfang {

QString WorkingHoursRule::problem(const WeeklyHours &h)
{
    if (h.weekday < 1 || h.weekday > 7)
        return tr("The weekday must be between 1 (Monday) and 7 (Sunday).");
    if (!h.from.isValid() || !h.to.isValid())
        return tr("Working hours need a valid start and end time (HH:MM).");
    if (h.to <= h.from)
        return tr("Working hours must end after they start.");
    if (h.validFrom.isValid() && h.validTo.isValid() && h.validTo < h.validFrom)
        return tr("\"Valid until\" must not lie before \"valid from\". Nothing was changed.");
    return {};
}

} // namespace empfang
