#pragma once

#include "domain/practice_contact.h"
#include "domain/practice_settings.h"
#include "domain/result.h"

#include <QString>

namespace empfang {

class Database;

/// The practice's settings (name, time zone, slot rules) and contact (address, phone, e-mail,
/// website, card format), the same for Settings › Praxis, the first-run wizard and
/// `empfang-cli practice set`: one validation with one German sentence, and settings and
/// contact stored together or not at all.
class PracticeSetup
{
public:
    explicit PracticeSetup(Database &db) : m_db(db) {}

    /// Why `settings` or `contact` cannot be stored (the first bad field), or an empty string.
    static QString problem(const PracticeSettings &settings, const PracticeContact &contact);
    /// Stores both in ONE transaction: a failure of either leaves both as they were.
    Status save(const PracticeSettings &settings, const PracticeContact &contact);
    /// Stores the settings alone (the first-run wizard asks no contact).
    Status saveSettings(const PracticeSettings &settings);

private:
    Database &m_db;
};

} // namespace empfang
