#include "appointment_type_repository.h"

#include "domain/text_rules.h"
#include "sql.h"

namespace empfang {

namespace {

const QString kColumns =
    QStringLiteral("id, name, minutes, buffer_before, buffer_after, color, active");

AppointmentType fromRow(const QSqlQuery &q)
{
    return AppointmentType{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(),
                           q.value(3).toInt(),      q.value(4).toInt(),    q.value(5).toString(),
                           q.value(6).toBool()};
}

constexpr int kMaxMinutes = 24 * 60;

} // namespace

QString AppointmentTypeRepository::validate(const AppointmentType &t)
{
    if (TextRules::trimmed(t.name).isEmpty())
        return tr("The appointment type needs a name.");
    if (const QString invalid = TextRules::check(TextRules::Field::Name, t.name);
        !invalid.isEmpty())
        return invalid;
    if (t.minutes <= 0 || t.minutes > kMaxMinutes)
        return tr("The duration must be between 1 and %1 minutes.").arg(kMaxMinutes);
    if (t.bufferBeforeMinutes < 0 || t.bufferAfterMinutes < 0 ||
        t.bufferBeforeMinutes > kMaxMinutes || t.bufferAfterMinutes > kMaxMinutes)
        return tr("Buffers must be between 0 and %1 minutes.").arg(kMaxMinutes);
    return {};
}

Result<AppointmentType> AppointmentTypeRepository::add(const AppointmentType &type)
{
    if (const QString invalid = validate(type); !invalid.isEmpty())
        return Result<AppointmentType>::failure(invalid);
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::run(
            q,
            QStringLiteral("INSERT INTO appointment_types (name, minutes, buffer_before, "
                           "buffer_after, color, active) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
            {TextRules::trimmed(type.name), type.minutes, type.bufferBeforeMinutes,
             type.bufferAfterMinutes, type.color, type.active ? 1 : 0},
            &error))
        return Result<AppointmentType>::failure(error);
    AppointmentType stored = type;
    stored.id = sql::insertedId(q);
    stored.name = TextRules::trimmed(type.name);
    return stored;
}

Status AppointmentTypeRepository::update(const AppointmentType &type)
{
    if (const QString invalid = validate(type); !invalid.isEmpty())
        return Status::failure(invalid);
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::run(q,
                  QStringLiteral("UPDATE appointment_types SET name = ?, minutes = ?, "
                                 "buffer_before = ?, buffer_after = ?, color = ?, active = ? "
                                 "WHERE id = ?"),
                  {TextRules::trimmed(type.name), type.minutes, type.bufferBeforeMinutes,
                   type.bufferAfterMinutes, type.color, type.active ? 1 : 0, type.id},
                  &error))
        return Status::failure(error);
    if (q.numRowsAffected() == 0)
        return Status::failure(tr("There is no appointment type with the number %1.").arg(type.id));
    return success();
}

Result<AppointmentType> AppointmentTypeRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::run(q, QStringLiteral("SELECT %1 FROM appointment_types WHERE id = ?").arg(kColumns),
                  {id}, &error))
        return Result<AppointmentType>::failure(error);
    if (!q.next())
        return Result<AppointmentType>::failure(
            tr("There is no appointment type with the number %1.").arg(id));
    return fromRow(q);
}

Result<QList<AppointmentType>> AppointmentTypeRepository::list(bool includeInactive) const
{
    QSqlQuery q(m_db.connection());
    QString error;
    const QString where = includeInactive ? QString() : QStringLiteral(" WHERE active = 1");
    if (!sql::run(q,
                  QStringLiteral("SELECT %1 FROM appointment_types%2 ORDER BY name, id")
                      .arg(kColumns, where),
                  {}, &error))
        return Result<QList<AppointmentType>>::failure(error);
    QList<AppointmentType> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

} // namespace empfang
