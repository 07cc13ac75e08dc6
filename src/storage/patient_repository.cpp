#include "patient_repository.h"

#include "sql.h"

#include <QDateTime>

namespace empfang {

namespace {

const QString kColumns = QStringLiteral("id, name, birth_date, phone, email");

Patient fromRow(const QSqlQuery &q)
{
    return Patient{q.value(0).toLongLong(), q.value(1).toString(), sql::toDate(q.value(2)),
                   q.value(3).toString(), q.value(4).toString()};
}

QString validate(const Patient &p)
{
    if (p.name.trimmed().isEmpty())
        return PatientRepository::tr("The patient needs a name.");
    if (p.birthDate.isValid() && p.birthDate > QDate::currentDate())
        return PatientRepository::tr("The birth date lies in the future.");
    return {};
}

} // namespace

Result<Patient> PatientRepository::add(const Patient &patient)
{
    if (const QString invalid = validate(patient); !invalid.isEmpty())
        return Result<Patient>::failure(invalid);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::run(q,
                  QStringLiteral("INSERT INTO patients (name, birth_date, phone, email, "
                                 "created_ms, updated_ms) VALUES (?, ?, ?, ?, ?, ?)"),
                  {patient.name.trimmed(), sql::dateValue(patient.birthDate),
                   patient.phone.trimmed(), patient.email.trimmed(), now, now},
                  &error))
        return Result<Patient>::failure(error);
    Patient stored = patient;
    stored.id = q.lastInsertId().toLongLong();
    stored.name = patient.name.trimmed();
    return stored;
}

Status PatientRepository::update(const Patient &patient)
{
    if (const QString invalid = validate(patient); !invalid.isEmpty())
        return Status::failure(invalid);
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::run(q,
                  QStringLiteral("UPDATE patients SET name = ?, birth_date = ?, phone = ?, "
                                 "email = ?, updated_ms = ? WHERE id = ?"),
                  {patient.name.trimmed(), sql::dateValue(patient.birthDate),
                   patient.phone.trimmed(), patient.email.trimmed(),
                   QDateTime::currentMSecsSinceEpoch(), patient.id},
                  &error))
        return Status::failure(error);
    if (q.numRowsAffected() == 0)
        return Status::failure(tr("There is no patient with the number %1.").arg(patient.id));
    return success();
}

Result<Patient> PatientRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::run(q, QStringLiteral("SELECT %1 FROM patients WHERE id = ?").arg(kColumns), {id},
                  &error))
        return Result<Patient>::failure(error);
    if (!q.next())
        return Result<Patient>::failure(tr("There is no patient with the number %1.").arg(id));
    return fromRow(q);
}

Result<QList<Patient>> PatientRepository::search(const QString &text, int limit) const
{
    // Every word must match name, phone or birth date; a German date is matched as ISO.
    QStringList clauses;
    QVariantList values;
    for (const QString &word : text.simplified().split(u' ', Qt::SkipEmptyParts)) {
        const QDate german = QDate::fromString(word, QStringLiteral("dd.MM.yyyy"));
        const QString dateText = german.isValid() ? german.toString(Qt::ISODate) : word;
        clauses << QStringLiteral("(LOWER(name) LIKE ? OR phone LIKE ? OR birth_date LIKE ?)");
        values << QStringLiteral("%") + word.toLower() + QStringLiteral("%")
               << QStringLiteral("%") + word + QStringLiteral("%")
               << dateText + QStringLiteral("%");
    }
    const QString where =
        clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    values << limit;
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::run(q,
                  QStringLiteral("SELECT %1 FROM patients%2 ORDER BY name, birth_date LIMIT ?")
                      .arg(kColumns, where),
                  values, &error))
        return Result<QList<Patient>>::failure(error);
    QList<Patient> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

Result<QList<Patient>> PatientRepository::byName(const QString &name) const
{
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::run(q,
                  QStringLiteral("SELECT %1 FROM patients WHERE LOWER(name) = ? ORDER BY id")
                      .arg(kColumns),
                  {name.trimmed().toLower()}, &error))
        return Result<QList<Patient>>::failure(error);
    QList<Patient> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

} // namespace empfang
