#include "practice_setup.h"

#include "storage/database.h"
#include "storage/practice_contact_repository.h"
#include "storage/settings_repository.h"

namespace empfang {

void PracticeChange::applyTo(PracticeSettings &settings, PracticeContact &contact) const
{
    settings.name = name.value_or(settings.name);
    settings.timeZoneId = timeZoneId.value_or(settings.timeZoneId);
    settings.slotStepMinutes = slotStepMinutes.value_or(settings.slotStepMinutes);
    settings.minimumNoticeMinutes = minimumNoticeMinutes.value_or(settings.minimumNoticeMinutes);
    settings.horizonDays = horizonDays.value_or(settings.horizonDays);
    contact.address = address.value_or(contact.address);
    contact.phone = phone.value_or(contact.phone);
    contact.email = email.value_or(contact.email);
    contact.website = website.value_or(contact.website);
    contact.cardFormat = cardFormat.value_or(contact.cardFormat);
}

PracticeChange PracticeChange::between(const PracticeSettings &shown,
                                       const PracticeContact &shownContact,
                                       const PracticeSettings &edited,
                                       const PracticeContact &editedContact)
{
    const auto ifChanged = [](const auto &before, const auto &after) {
        return before == after ? std::nullopt : std::make_optional(after);
    };
    PracticeChange c;
    c.name = ifChanged(shown.name, edited.name);
    c.timeZoneId = ifChanged(shown.timeZoneId, edited.timeZoneId);
    c.slotStepMinutes = ifChanged(shown.slotStepMinutes, edited.slotStepMinutes);
    c.minimumNoticeMinutes = ifChanged(shown.minimumNoticeMinutes, edited.minimumNoticeMinutes);
    c.horizonDays = ifChanged(shown.horizonDays, edited.horizonDays);
    c.address = ifChanged(shownContact.address, editedContact.address);
    c.phone = ifChanged(shownContact.phone, editedContact.phone);
    c.email = ifChanged(shownContact.email, editedContact.email);
    c.website = ifChanged(shownContact.website, editedContact.website);
    c.cardFormat = ifChanged(shownContact.cardFormat, editedContact.cardFormat);
    return c;
}

QString PracticeSetup::problem(const PracticeSettings &settings, const PracticeContact &contact)
{
    for (const QString &invalid :
         {SettingsRepository::validate(settings), PracticeContactRepository::validate(contact)}) {
        if (!invalid.isEmpty())
            return invalid;
    }
    return {};
}

Status PracticeSetup::save(const PracticeSettings &settings, const PracticeContact &contact)
{
    // Both checked before either is written, and both written in one transaction: a bad
    // e-mail — or a failed write of the contact — must not leave a new name behind.
    if (const QString invalid = problem(settings, contact); !invalid.isEmpty())
        return Status::failure(invalid);
    WriteTransaction tx(m_db);
    if (!tx.started())
        return Status::failure(m_db.lastFailure());
    if (Status saved = SettingsRepository(m_db).save(settings); !saved)
        return saved;
    if (Status saved = PracticeContactRepository(m_db).save(contact); !saved)
        return saved;
    if (!tx.commit())
        return Status::failure(m_db.lastFailure());
    return success();
}

Status PracticeSetup::change(const PracticeChange &change)
{
    // The stored values are read under the write lock: read before it, this save would put
    // back a field another desk stored in between (its "saved" would be a lost write).
    WriteTransaction tx(m_db);
    if (!tx.started())
        return Status::failure(m_db.lastFailure());
    PracticeSettings settings = SettingsRepository(m_db).load();
    PracticeContact contact = PracticeContactRepository(m_db).load();
    change.applyTo(settings, contact);
    if (Status saved = save(settings, contact); !saved)
        return saved;
    if (!tx.commit())
        return Status::failure(m_db.lastFailure());
    return success();
}

Status PracticeSetup::saveSettings(const PracticeSettings &settings)
{
    return SettingsRepository(m_db).save(settings);
}

} // namespace empfang
