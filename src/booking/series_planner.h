#pragma once

#include "booking/availability_service.h"
#include "domain/result.h"

#include <QDate>
#include <QList>
#include <QTime>

namespace empfang {

/// What a prescription asks for: `count` sessions of a type, on chosen weekdays every
/// `everyWeeks` weeks, at the time of day of the first session.
struct SeriesRequest
{
    qint64 practitionerId = 0;
    qint64 typeId = 0;
    qint64 firstStartMs = 0;
    int count = 6;
    QList<int> weekdays; // 1 = Monday … 7 = Sunday; empty = the weekday of the first session
    int everyWeeks = 1;
    bool anyPractitioner = false; // alternatives may come from others who offer the type
};

/// One proposed session of a series.
struct SeriesProposal
{
    enum class State { Free, Alternative, Conflict };

    QDate date;               // practice-local day of the session
    qint64 wantedStartMs = 0; // the series' time of day on that date
    State state = State::Conflict;
    qint64 practitionerId = 0; // who would treat; the requested one unless an alternative
    Interval slot;             // the proposed time (empty when State::Conflict)
    QString conflict;          // why the wanted time is not free; empty when State::Free

    bool bookable() const { return state != State::Conflict; }
};

/// Plans a series against the current availability without writing anything: every date with
/// its conflict and the nearest free alternative on the same day. Booking is SeriesService's.
class SeriesPlanner
{
    Q_DECLARE_TR_FUNCTIONS(SeriesPlanner)
public:
    SeriesPlanner(Database &db, const AvailabilityService &availability)
        : m_db(db), m_availability(availability)
    {
    }

    /// The session dates: from `first` on, the chosen weekdays of every `everyWeeks`-th week.
    /// Pure; weekdays out of 1…7 are ignored.
    static QList<QDate> dates(const QDate &first, QList<int> weekdays, int everyWeeks, int count);

    /// Why `request` cannot be planned at all (count, weekdays, …), or an empty string.
    static QString validate(const SeriesRequest &request);

    Result<QList<SeriesProposal>> plan(const SeriesRequest &request) const;

    /// Re-checks one session at a time the receptionist chose (another date or time, or another
    /// practitioner): Free when it can be booked as asked, else the nearest alternative that day.
    Result<SeriesProposal> propose(const SeriesRequest &request, qint64 practitionerId,
                                   qint64 startMs) const;

    /// Free start times of the type with `practitionerId` on `date` (for choosing by hand).
    Result<QList<Interval>> freeOn(qint64 practitionerId, qint64 typeId, const QDate &date) const;

private:
    Result<QList<qint64>> candidates(const SeriesRequest &request, qint64 first) const;
    Result<SeriesProposal> proposeOn(const SeriesRequest &request, qint64 practitionerId,
                                     const QDate &date, qint64 wantedStartMs) const;

    Database &m_db;
    const AvailabilityService &m_availability;
};

} // namespace empfang
