#pragma once

#include "domain/appointment_type.h"
#include "domain/result.h"

namespace empfang {

class Database;

/// Adding and changing appointment types, the same for Settings › Terminarten, the first-run
/// wizard and `empfang-cli type add`: one validation (AppointmentTypeRepository::validate, with
/// its German sentence) and one colour palette.
class TypeSetup
{
public:
    explicit TypeSetup(Database &db) : m_db(db) {}

    /// Adds `type`; without a colour it gets the next one in turn (paletteColour). Counting
    /// and inserting are one transaction, so types added at the same time from several desks
    /// get different colours.
    Result<AppointmentType> add(AppointmentType type);
    Status update(const AppointmentType &type);

private:
    Database &m_db;
};

} // namespace empfang
