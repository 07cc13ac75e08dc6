#pragma once

#include "domain/appointment.h"
#include "domain/interval.h"
#include "domain/result.h"
#include "domain/series_position.h"

#include <QHash>
#include <QList>

#include <optional>

namespace empfang {

class Database;

/// Reading booked appointments and their series, for the window, the grid and the dialogs.
/// Changes go through BookingService and SeriesService, which check the rules.
class AppointmentDirectory
{
public:
    explicit AppointmentDirectory(Database &db) : m_db(db) {}

    Result<Appointment> find(qint64 id) const;
    /// Appointments overlapping `range`, any status, with patient and type names.
    Result<QList<Appointment>> list(const Interval &range,
                                    std::optional<qint64> practitionerId = std::nullopt) const;
    /// The series of an appointment, 0 when it was booked alone.
    Result<qint64> seriesOf(qint64 appointmentId) const;
    /// "3/6" for those of the appointments that belong to a series (SeriesRepository::positions).
    Result<QHash<qint64, SeriesPosition>> seriesPositions(const QList<qint64> &ids) const;

private:
    Database &m_db;
};

} // namespace empfang
