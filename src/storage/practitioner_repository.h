#pragma once

#include "database.h"
#include "domain/practitioner.h"
#include "domain/result.h"
#include "domain/type_offer.h"

#include <QList>

namespace empfang {

/// Practitioners and the appointment types they offer.
class PractitionerRepository
{
    Q_DECLARE_TR_FUNCTIONS(PractitionerRepository)
public:
    explicit PractitionerRepository(Database &db) : m_db(db) {}

    Result<Practitioner> add(const QString &name, const QString &color = {});
    Status update(const Practitioner &practitioner);
    Result<Practitioner> find(qint64 id) const;
    Result<QList<Practitioner>> list(bool includeInactive = false) const;

    /// Empty = offers every type ("a practitioner offers every type unless restricted").
    Result<QList<TypeOffer>> offers(qint64 practitionerId) const;
    Status setOffers(qint64 practitionerId, const QList<TypeOffer> &offers);
    /// The duration of `typeId` with this practitioner, or why they do not offer it.
    Result<int> durationFor(qint64 practitionerId, qint64 typeId) const;

    static QString notFound(qint64 id);

private:
    Database &m_db;
};

} // namespace empfang
