#pragma once

#include "database.h"
#include "domain/practice_contact.h"
#include "domain/result.h"

namespace empfang {

/// The practice's address, phone, e-mail, website and card format, in the settings table's
/// key/value rows (no migration): every desk prints the same card.
class PracticeContactRepository
{
    Q_DECLARE_TR_FUNCTIONS(PracticeContactRepository)
public:
    explicit PracticeContactRepository(Database &db) : m_db(db) {}

    PracticeContact load() const;
    Status save(const PracticeContact &contact);
    /// A German sentence for the first bad field, empty when all is well.
    static QString validate(const PracticeContact &contact);

    static QString formatKey(PracticeContact::CardFormat format); // "a6", "card", "a4"
    static bool formatFromKey(const QString &key, PracticeContact::CardFormat *out);
    /// The format's German name for menus and messages.
    static QString formatName(PracticeContact::CardFormat format);

private:
    Database &m_db;
};

} // namespace empfang
