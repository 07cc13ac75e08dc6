#include "patient_repository.h"

#include "domain/text_rules.h"
#include "hot_queries.h"
#include "sql.h"

#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>

namespace empfang {

namespace {

const QString kColumns = QStringLiteral("id, name, birth_date, phone, email");

Patient fromRow(const QSqlQuery &q)
{
    return Patient{q.value(0).toLongLong(), q.value(1).toString(), sql::toDate(q.value(2)),
                   q.value(3).toString(), q.value(4).toString()};
}

// LIKE patterns match the typed text literally: "%" and "_" in a name are just characters.
QString likeEscaped(QString text)
{
    text.replace(u'\\', QStringLiteral("\\\\"));
    text.replace(u'%', QStringLiteral("\\%"));
    text.replace(u'_', QStringLiteral("\\_"));
    return text;
}

// The digits of a typed phone fragment ("0171/23" → "017123"); empty unless the word is made
// of digits and the usual separators only, with three digits at least.
QString phoneDigits(const QString &word)
{
    QString digits;
    for (QChar c : word) {
        if (c.isDigit())
            digits += c;
        else if (!QStringLiteral(" -/+()").contains(c))
            return {};
    }
    return digits.size() >= 3 ? digits : QString();
}

QString validate(const Patient &p)
{
    if (TextRules::trimmed(p.name).isEmpty())
        return PatientRepository::tr("The patient needs a name.");
    for (const auto &[field, text] :
         {std::pair{TextRules::Field::Name, p.name}, std::pair{TextRules::Field::Phone, p.phone},
          std::pair{TextRules::Field::Email, p.email}}) {
        if (const QString invalid = TextRules::check(field, text); !invalid.isEmpty())
            return invalid;
    }
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
    if (!sql::run(
            q,
            QStringLiteral(
                "INSERT INTO patients (name, birth_date, phone, email, "
                "created_ms, updated_ms, name_key) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {TextRules::trimmed(patient.name), sql::dateValue(patient.birthDate),
             TextRules::trimmed(patient.phone), TextRules::trimmed(patient.email), now, now,
             nameKey(patient.name)},
            &error))
        return Result<Patient>::failure(error);
    Patient stored = patient;
    stored.id = sql::insertedId(q);
    stored.name = TextRules::trimmed(patient.name);
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
                                 "email = ?, updated_ms = ?, name_key = ? WHERE id = ?"),
                  {TextRules::trimmed(patient.name), sql::dateValue(patient.birthDate),
                   TextRules::trimmed(patient.phone), TextRules::trimmed(patient.email),
                   QDateTime::currentMSecsSinceEpoch(), nameKey(patient.name), patient.id},
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
    // SQL's LOWER() and LIKE fold ASCII only, so "öz" would never find "Öztürk". A word with
    // other letters is matched loosely in SQL (each such letter as "_") and exactly, ignoring
    // case, here — the SQL limit then waits until after that filter.
    struct Word
    {
        QString text;
        QString isoDate;
    };
    QList<Word> words;
    QStringList clauses;
    QVariantList values;
    bool filterHere = false;
    for (const QString &word : text.simplified().split(u' ', Qt::SkipEmptyParts)) {
        const QDate german = QDate::fromString(word, QStringLiteral("dd.MM.yyyy"));
        const QString dateText = german.isValid() ? german.toString(Qt::ISODate) : word;
        words.append({word, dateText});
        QString namePattern = likeEscaped(word.toLower());
        for (QChar &c : namePattern) {
            if (c.unicode() > 127) {
                c = u'_';
                filterHere = true;
            }
        }
        // Phone digits match however the number was written ("0171 23" finds "0171-23…").
        const QString digits = phoneDigits(word);
        const QString phonePattern = digits.isEmpty() ? QStringLiteral("\x01") : digits;
        clauses << QStringLiteral("(LOWER(name) LIKE ? ESCAPE '\\' OR phone LIKE ? ESCAPE '\\' "
                                  "OR birth_date LIKE ? ESCAPE '\\' OR REPLACE(REPLACE(REPLACE("
                                  "REPLACE(phone, ' ', ''), '-', ''), '/', ''), '+', '') LIKE ?)");
        values << QStringLiteral("%") + namePattern + QStringLiteral("%")
               << QStringLiteral("%") + likeEscaped(word) + QStringLiteral("%")
               << likeEscaped(dateText) + QStringLiteral("%")
               << QStringLiteral("%") + phonePattern + QStringLiteral("%");
    }
    const QString where = clauses.isEmpty()
                              ? QString()
                              : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    QString statement =
        QStringLiteral("SELECT %1 FROM patients%2 ORDER BY name, birth_date").arg(kColumns, where);
    if (!filterHere) {
        statement += QStringLiteral(" LIMIT ?");
        values << limit;
    }
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::run(q, statement, values, &error))
        return Result<QList<Patient>>::failure(error);
    QList<Patient> out;
    while (q.next() && out.size() < limit) {
        const Patient p = fromRow(q);
        const bool matches = std::all_of(words.cbegin(), words.cend(), [&p](const Word &w) {
            const QString digits = phoneDigits(w.text);
            QString stored = p.phone;
            stored.remove(QRegularExpression(QStringLiteral("[^0-9]")));
            return p.name.contains(w.text, Qt::CaseInsensitive) || p.phone.contains(w.text) ||
                   (!digits.isEmpty() && stored.contains(digits)) ||
                   (p.birthDate.isValid() &&
                    p.birthDate.toString(Qt::ISODate).startsWith(w.isoDate));
        });
        if (matches)
            out.append(p);
    }
    return out;
}

QString PatientRepository::nameKey(const QString &name)
{
    return name.simplified().toCaseFolded();
}

Result<QList<Patient>> PatientRepository::byName(const QString &name) const
{
    // The index finds the candidates: rows with this key, and rows without one (written before
    // the key existed, or renamed by a writer that does not set it). Compared here as always.
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::run(q, hot_queries::patientsByNameKey(), {nameKey(name)}, &error))
        return Result<QList<Patient>>::failure(error);
    QList<Patient> out;
    const QString wanted = name.simplified();
    while (q.next()) {
        Patient p = fromRow(q);
        if (p.name.simplified().compare(wanted, Qt::CaseInsensitive) == 0)
            out.append(std::move(p));
    }
    return out;
}

} // namespace empfang
