#pragma once

#include "database.h"
#include "domain/appointment_type.h"
#include "domain/result.h"

#include <QList>

namespace empfang {

/// Appointment types: what can be booked, how long it takes, which buffers it needs.
class AppointmentTypeRepository
{
    Q_DECLARE_TR_FUNCTIONS(AppointmentTypeRepository)
public:
    explicit AppointmentTypeRepository(Database &db) : m_db(db) {}

    Result<AppointmentType> add(const AppointmentType &type);
    Status update(const AppointmentType &type);
    Result<AppointmentType> find(qint64 id) const;
    Result<QList<AppointmentType>> list(bool includeInactive = false) const;

    /// Why `type` cannot be stored, or an empty string.
    static QString validate(const AppointmentType &type);

private:
    Database &m_db;
};

} // namespace empfang
