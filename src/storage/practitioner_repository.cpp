#include "practitioner_repository.h"

#include "appointment_type_repository.h"
#include "domain/text_rules.h"
#include "sql.h"

#include <QDateTime>

namespace empfang {

namespace {

Practitioner fromRow(const QSqlQuery &q)
{
    return Practitioner{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toBool()};
}

const QString kColumns = QStringLiteral("id, name, color, active");

} // namespace

QString PractitionerRepository::notFound(qint64 id)
{
    return tr("There is no practitioner with the number %1.").arg(id);
}

Result<Practitioner> PractitionerRepository::add(const QString &name, const QString &color)
{
    const QString trimmed = TextRules::trimmed(name);
    if (trimmed.isEmpty())
        return Result<Practitioner>::failure(tr("The practitioner needs a name."));
    if (const QString invalid = TextRules::check(TextRules::Field::Name, name); !invalid.isEmpty())
        return Result<Practitioner>::failure(invalid);
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::run(q,
                  QStringLiteral("INSERT INTO practitioners (name, color, active, created_ms) "
                                 "VALUES (?, ?, 1, ?) RETURNING id"),
                  {trimmed, color, QDateTime::currentMSecsSinceEpoch()}, &error))
        return Result<Practitioner>::failure(error);
    return Practitioner{sql::insertedId(q), trimmed, color, true};
}

Status PractitionerRepository::update(const Practitioner &p)
{
    if (TextRules::trimmed(p.name).isEmpty())
        return Status::failure(tr("The practitioner needs a name."));
    if (const QString invalid = TextRules::check(TextRules::Field::Name, p.name);
        !invalid.isEmpty())
        return Status::failure(invalid);
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::run(q,
                  QStringLiteral("UPDATE practitioners SET name = ?, color = ?, active = ? "
                                 "WHERE id = ?"),
                  {TextRules::trimmed(p.name), p.color, p.active ? 1 : 0, p.id}, &error))
        return Status::failure(error);
    if (q.numRowsAffected() == 0)
        return Status::failure(notFound(p.id));
    return success();
}

Result<Practitioner> PractitionerRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::run(q, QStringLiteral("SELECT %1 FROM practitioners WHERE id = ?").arg(kColumns),
                  {id}, &error))
        return Result<Practitioner>::failure(error);
    if (!q.next())
        return Result<Practitioner>::failure(notFound(id));
    return fromRow(q);
}

Result<QList<Practitioner>> PractitionerRepository::list(bool includeInactive) const
{
    QSqlQuery q(m_db.connection());
    QString error;
    const QString where = includeInactive ? QString() : QStringLiteral(" WHERE active = 1");
    if (!sql::run(
            q,
            QStringLiteral("SELECT %1 FROM practitioners%2 ORDER BY name, id").arg(kColumns, where),
            {}, &error))
        return Result<QList<Practitioner>>::failure(error);
    QList<Practitioner> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

Result<QList<TypeOffer>> PractitionerRepository::offers(qint64 practitionerId) const
{
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::run(q,
                  QStringLiteral("SELECT type_id, minutes FROM practitioner_types "
                                 "WHERE practitioner_id = ? ORDER BY type_id"),
                  {practitionerId}, &error))
        return Result<QList<TypeOffer>>::failure(error);
    QList<TypeOffer> out;
    while (q.next()) {
        TypeOffer offer{q.value(0).toLongLong(), std::nullopt};
        if (!q.value(1).isNull())
            offer.minutes = q.value(1).toInt();
        out.append(offer);
    }
    return out;
}

Status PractitionerRepository::setOffers(qint64 practitionerId, const QList<TypeOffer> &offers)
{
    for (const TypeOffer &o : offers) {
        if (o.minutes && *o.minutes <= 0)
            return Status::failure(tr("A duration must be at least one minute."));
    }
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::run(q, QStringLiteral("DELETE FROM practitioner_types WHERE practitioner_id = ?"),
                  {practitionerId}, &error))
        return Status::failure(error);
    for (const TypeOffer &o : offers) {
        const QVariant minutes =
            o.minutes ? QVariant(*o.minutes) : QVariant(QMetaType(QMetaType::Int));
        if (!sql::run(q,
                      QStringLiteral("INSERT INTO practitioner_types (practitioner_id, type_id, "
                                     "minutes) VALUES (?, ?, ?)"),
                      {practitionerId, o.typeId, minutes}, &error))
            return Status::failure(error);
    }
    return success();
}

Result<int> PractitionerRepository::durationFor(qint64 practitionerId, qint64 typeId) const
{
    auto practitioner = find(practitionerId);
    if (!practitioner)
        return Result<int>::failure(practitioner.error());
    auto type = AppointmentTypeRepository(m_db).find(typeId);
    if (!type)
        return Result<int>::failure(type.error());
    auto offered = offers(practitionerId);
    if (!offered)
        return Result<int>::failure(offered.error());
    if (offered.value().isEmpty())
        return type->minutes;
    for (const TypeOffer &o : offered.value()) {
        if (o.typeId == typeId)
            return o.minutes.value_or(type->minutes);
    }
    return Result<int>::failure(
        tr("%1 does not offer \"%2\".").arg(practitioner->name, type->name));
}

} // namespace empfang
