#include "appointment_directory.h"

#include "storage/appointment_repository.h"
#include "storage/series_repository.h"

namespace empfang {

Result<Appointment> AppointmentDirectory::find(qint64 id) const
{
    return AppointmentRepository(m_db).find(id);
}

Result<QList<Appointment>> AppointmentDirectory::list(const Interval &range,
                                                      std::optional<qint64> practitionerId) const
{
    return AppointmentRepository(m_db).list(range, practitionerId);
}

Result<qint64> AppointmentDirectory::seriesOf(qint64 appointmentId) const
{
    return SeriesRepository(m_db).seriesOf(appointmentId);
}

Result<QHash<qint64, SeriesPosition>>
AppointmentDirectory::seriesPositions(const QList<qint64> &ids) const
{
    return SeriesRepository(m_db).positions(ids);
}

} // namespace empfang
