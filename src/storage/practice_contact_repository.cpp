#include "practice_contact_repository.h"

#include "sql.h"

#include <QHash>
#include <QRegularExpression>

namespace empfang {

namespace {

const QString kAddress = QStringLiteral("practice.address");
const QString kPhone = QStringLiteral("practice.phone");
const QString kEmail = QStringLiteral("practice.email");
const QString kWebsite = QStringLiteral("practice.website");
const QString kCardFormat = QStringLiteral("print.cardFormat");

} // namespace

QString PracticeContactRepository::formatKey(PracticeContact::CardFormat format)
{
    switch (format) {
    case PracticeContact::CardFormat::A6:
        return QStringLiteral("a6");
    case PracticeContact::CardFormat::BusinessCard:
        return QStringLiteral("card");
    case PracticeContact::CardFormat::A4:
        return QStringLiteral("a4");
    }
    return QStringLiteral("a6");
}

bool PracticeContactRepository::formatFromKey(const QString &key, PracticeContact::CardFormat *out)
{
    for (auto f : {PracticeContact::CardFormat::A6, PracticeContact::CardFormat::BusinessCard,
                   PracticeContact::CardFormat::A4}) {
        if (key.trimmed().compare(formatKey(f), Qt::CaseInsensitive) == 0) {
            *out = f;
            return true;
        }
    }
    return false;
}

QString PracticeContactRepository::formatName(PracticeContact::CardFormat format)
{
    switch (format) {
    case PracticeContact::CardFormat::A6:
        return tr("A6 (postcard)");
    case PracticeContact::CardFormat::BusinessCard:
        return tr("Business card (85 × 55 mm)");
    case PracticeContact::CardFormat::A4:
        return tr("A4 page");
    }
    return {};
}

QString PracticeContactRepository::validate(const PracticeContact &c)
{
    // Printed on one small card: one line each.
    for (const QString &field : {c.address, c.phone, c.email, c.website}) {
        if (field.contains(u'\n') || field.contains(u'\r'))
            return tr("Address, phone, e-mail and website are printed on one line each; please "
                      "leave out line breaks.");
    }
    if (!c.phone.trimmed().isEmpty() &&
        !QRegularExpression(QStringLiteral("^[0-9 +()/\\-]+$")).match(c.phone.trimmed()).hasMatch())
        return tr("The phone number \"%1\" may contain digits, spaces and + ( ) / - only.")
            .arg(c.phone.trimmed());
    if (!c.email.trimmed().isEmpty() &&
        !QRegularExpression(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"))
             .match(c.email.trimmed())
             .hasMatch())
        return tr("The e-mail address \"%1\" is not valid (like praxis@example.de).")
            .arg(c.email.trimmed());
    if (c.website.trimmed().contains(u' '))
        return tr("The website \"%1\" must not contain spaces.").arg(c.website.trimmed());
    return {};
}

PracticeContact PracticeContactRepository::load() const
{
    PracticeContact c;
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::run(q, QStringLiteral("SELECT key, value FROM settings WHERE key IN (?, ?, ?, ?, ?)"),
                  {kAddress, kPhone, kEmail, kWebsite, kCardFormat}, &error))
        return c;
    QHash<QString, QString> values;
    while (q.next())
        values.insert(q.value(0).toString(), q.value(1).toString());
    c.address = values.value(kAddress);
    c.phone = values.value(kPhone);
    c.email = values.value(kEmail);
    c.website = values.value(kWebsite);
    formatFromKey(values.value(kCardFormat, formatKey(c.cardFormat)), &c.cardFormat);
    return c;
}

Status PracticeContactRepository::save(const PracticeContact &c)
{
    if (const QString invalid = validate(c); !invalid.isEmpty())
        return Status::failure(invalid);
    const QList<std::pair<QString, QString>> rows = {
        {kAddress, c.address.trimmed()},
        {kPhone, c.phone.trimmed()},
        {kEmail, c.email.trimmed()},
        {kWebsite, c.website.trimmed()},
        {kCardFormat, formatKey(c.cardFormat)},
    };
    WriteTransaction tx(m_db);
    if (!tx.started())
        return Status::failure(m_db.lastFailure());
    QSqlQuery q(m_db.connection());
    QString error;
    for (const auto &[key, value] : rows) {
        if (!sql::run(q, QStringLiteral("DELETE FROM settings WHERE key = ?"), {key}, &error) ||
            !sql::run(q, QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"),
                      {key, value}, &error))
            return Status::failure(error);
    }
    if (!tx.commit())
        return Status::failure(m_db.lastFailure());
    return success();
}

} // namespace empfang
