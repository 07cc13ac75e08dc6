#pragma once

#include "domain/practitioner.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace empfang {

class Database;

/// Adding and changing practitioners, the same for Settings › Behandler:innen, the first-run
/// wizard and `empfang-cli practitioner add`: one colour palette, and a practitioner's name,
/// state and offered types saved together or not at all.
class PractitionerSetup
{
    Q_DECLARE_TR_FUNCTIONS(PractitionerSetup)
public:
    explicit PractitionerSetup(Database &db) : m_db(db) {}

    /// Adds a practitioner with the next colour in turn (paletteColour), counted and inserted in
    /// one transaction.
    Result<Practitioner> add(const QString &name);
    /// Saves name and active state of `changed` and the types they offer (empty: every type)
    /// in one transaction; a type that stays offered keeps its own duration.
    Status save(const Practitioner &changed, const QList<qint64> &offeredTypeIds);

private:
    Database &m_db;
};

} // namespace empfang
