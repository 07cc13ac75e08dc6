#pragma once

#include "database.h"
#include "domain/appointment.h"
#include "domain/result.h"
#include "domain/series_position.h"

#include <QHash>
#include <QList>

namespace empfang {

/// Links appointments booked together as one series (a prescription of N sessions).
class SeriesRepository
{
    Q_DECLARE_TR_FUNCTIONS(SeriesRepository)
public:
    explicit SeriesRepository(Database &db) : m_db(db) {}

    Result<qint64> create(qint64 typeId, qint64 nowMs);
    Status attach(qint64 appointmentId, qint64 seriesId);
    /// The series of an appointment, 0 when it was booked alone.
    Result<qint64> seriesOf(qint64 appointmentId) const;
    /// Every appointment of the series (any status), earliest first.
    Result<QList<Appointment>> members(qint64 seriesId) const;
    /// For those of the given appointments that belong to a series and are not cancelled:
    /// their place among the series' appointments that are not cancelled, by start. Not
    /// stored but counted, so a moved or cancelled session renumbers the others at once.
    Result<QHash<qint64, SeriesPosition>> positions(const QList<qint64> &appointmentIds) const;

private:
    Database &m_db;
};

} // namespace empfang
