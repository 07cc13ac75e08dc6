#include "type_setup.h"

#include "domain/palette.h"
#include "storage/appointment_type_repository.h"
#include "storage/database.h"

namespace empfang {

Result<AppointmentType> TypeSetup::add(AppointmentType type)
{
    AppointmentTypeRepository types(m_db);
    WriteTransaction tx(m_db);
    if (!tx.started())
        return Result<AppointmentType>::failure(m_db.lastFailure());
    if (type.color.isEmpty()) {
        auto existing = types.list(true);
        if (!existing)
            return Result<AppointmentType>::failure(existing.error());
        type.color = paletteColour(existing->size());
    }
    auto added = types.add(type);
    if (!added)
        return added;
    if (!tx.commit())
        return Result<AppointmentType>::failure(m_db.lastFailure());
    return added;
}

Status TypeSetup::update(const AppointmentType &type)
{
    return AppointmentTypeRepository(m_db).update(type);
}

} // namespace empfang
