#include "practitioner_setup.h"

#include "domain/palette.h"
#include "storage/database.h"
#include "storage/practitioner_repository.h"

namespace empfang {

Result<Practitioner> PractitionerSetup::add(const QString &name)
{
    PractitionerRepository practitioners(m_db);
    // Counting and inserting in one transaction: practitioners added at the same time from
    // several desks (or empfang-cli processes) get different colours, not the same one.
    WriteTransaction tx(m_db);
    if (!tx.started())
        return Result<Practitioner>::failure(m_db.lastFailure());
    auto existing = practitioners.list(true);
    if (!existing)
        return Result<Practitioner>::failure(existing.error());
    auto added = practitioners.add(name, paletteColour(existing->size()));
    if (!added)
        return added;
    if (!tx.commit())
        return Result<Practitioner>::failure(m_db.lastFailure());
    return added;
}

Status PractitionerSetup::save(const Practitioner &changed, const QList<qint64> &offeredTypeIds)
{
    PractitionerRepository practitioners(m_db);
    // The offers are replaced (delete, insert): without one transaction a failed insert — or
    // another desk reading in between — would see a practitioner who offers every type.
    WriteTransaction tx(m_db);
    if (!tx.started())
        return Status::failure(m_db.lastFailure());
    const auto previous = practitioners.offers(changed.id);
    if (!previous)
        return Status::failure(previous.error());
    QList<TypeOffer> offers;
    for (qint64 typeId : offeredTypeIds) {
        TypeOffer offer{typeId, std::nullopt};
        for (const TypeOffer &old : previous.value()) {
            if (old.typeId == typeId)
                offer.minutes = old.minutes; // own durations are kept; the CLI sets them
        }
        offers << offer;
    }
    if (Status s = practitioners.update(changed); !s)
        return s;
    if (Status s = practitioners.setOffers(changed.id, offers); !s)
        return s;
    if (!tx.commit())
        return Status::failure(m_db.lastFailure());
    return success();
}

} // namespace empfang
