#pragma once

#include "domain/practice_contact.h"
#include "domain/practice_settings.h"
#include "domain/result.h"

#include <QString>

#include <optional>

namespace empfang {

class Database;

/// Some fields of the practice (`empfang-cli practice set --phone …`): what is given replaces
/// the stored value, everything else stays as it is stored.
struct PracticeChange
{
    std::optional<QString> name;
    std::optional<QByteArray> timeZoneId;
    std::optional<int> slotStepMinutes;
    std::optional<int> minimumNoticeMinutes;
    std::optional<int> horizonDays;
    std::optional<QString> address;
    std::optional<QString> phone;
    std::optional<QString> email;
    std::optional<QString> website;
    std::optional<PracticeContact::CardFormat> cardFormat;

    /// `settings` and `contact` with this change on top.
    void applyTo(PracticeSettings &settings, PracticeContact &contact) const;
    /// The fields in which `edited` differs from `shown` (what a form showed when it was
    /// filled): a save then changes only what this desk edited.
    static PracticeChange between(const PracticeSettings &shown,
                                  const PracticeContact &shownContact,
                                  const PracticeSettings &edited,
                                  const PracticeContact &editedContact);
};

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
    /// Reads the stored settings and contact, applies `change`, checks and stores them — all
    /// in ONE write transaction, so two desks changing different fields at the same moment
    /// both keep their change.
    Status change(const PracticeChange &change);
    /// Stores the settings alone (the first-run wizard asks no contact).
    Status saveSettings(const PracticeSettings &settings);

private:
    Database &m_db;
};

} // namespace empfang
