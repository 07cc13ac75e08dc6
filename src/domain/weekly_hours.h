#pragma once

#include <QDate>
#include <QTime>

namespace empfang {

/// One working interval of a practitioner on a weekday, valid for a range of dates.
/// Several entries per weekday express split shifts (08:00–12:00, 14:00–18:00).
struct WeeklyHours
{
    qint64 id = 0;
    qint64 practitionerId = 0;
    int weekday = 1; // 1 = Monday … 7 = Sunday (ISO 8601, as QDate::dayOfWeek)
    QTime from;
    QTime to;
    QDate validFrom; // null = since always
    QDate validTo;   // null = open end; inclusive

    bool appliesTo(const QDate &date) const
    {
        return date.dayOfWeek() == weekday && (validFrom.isNull() || date >= validFrom) &&
               (validTo.isNull() || date <= validTo);
    }
};

} // namespace empfang
