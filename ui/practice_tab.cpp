#include "practice_tab.h"

#include "backup_folder_field.h"
#include "placeholder_fit.h"
#include "storage/practice_contact_repository.h"
#include "storage/settings_repository.h"
#include "text_rule_hint.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>

#include <algorithm>

namespace empfang {

PracticeTab::PracticeTab(Database &db, QWidget *parent) : SettingsTab(db, parent)
{
    setObjectName(QStringLiteral("practiceTab"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("practiceName"));
    m_name->setAccessibleName(tr("Practice name"));
    m_zone = new QComboBox(this);
    m_zone->setObjectName(QStringLiteral("practiceTimeZone"));
    m_zone->setAccessibleName(tr("Time zone"));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromLatin1(id));
    const auto spin = [this](const char *name, int min, int max, const QString &suffix) {
        auto *box = new QSpinBox(this);
        box->setObjectName(QString::fromLatin1(name));
        box->setRange(min, max);
        box->setSuffix(suffix);
        return box;
    };
    // Ranges are wider than the rules on purpose: the repository's check gives the message.
    m_step = spin("practiceSlotStep", 0, 1000, tr(" min"));
    m_notice = spin("practiceMinimumNotice", 0, 200000, tr(" min"));
    m_horizon = spin("practiceHorizon", 0, 10000, tr(" days"));
    m_step->setAccessibleName(tr("Slot step in minutes"));
    m_notice->setAccessibleName(tr("Minimum notice in minutes"));
    m_horizon->setAccessibleName(tr("Booking horizon in days"));
    m_backupFolder = new BackupFolderField(db.path(), this);
    const auto line = [this](const char *name, const QString &accessible, const QString &hint) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setAccessibleName(accessible);
        edit->setPlaceholderText(hint);
        fitPlaceholder(edit);
        return edit;
    };
    m_address =
        line("practiceAddress", tr("Practice address"), tr("e.g. Hauptstraße 1, 10115 Berlin"));
    m_phone = line("practicePhone", tr("Practice phone"), tr("e.g. 030 1234567"));
    m_email = line("practiceEmail", tr("Practice e-mail"), tr("e.g. praxis@example.de"));
    m_website = line("practiceWebsite", tr("Practice website"), tr("e.g. www.example.de"));
    m_cardFormat = new QComboBox(this);
    m_cardFormat->setObjectName(QStringLiteral("practiceCardFormat"));
    m_cardFormat->setAccessibleName(tr("Size of the appointment card"));
    for (auto f : {PracticeContact::CardFormat::A6, PracticeContact::CardFormat::BusinessCard,
                   PracticeContact::CardFormat::A4})
        m_cardFormat->addItem(PracticeContactRepository::formatName(f), int(f));
    // One button for the whole tab: rules and contact are saved together.
    auto *save = new QPushButton(tr("Save practice settings"), this);
    save->setObjectName(QStringLiteral("savePractice"));
    connect(save, &QPushButton::clicked, this, &PracticeTab::save);

    m_nameHint = new TextRuleHint(m_name, TextRules::Kind::Name, this);
    m_nameHint->disables({save});

    auto *form = new QFormLayout(this);
    form->addRow(tr("Practice name:"), m_name);
    form->addRow(QString(), m_nameHint);
    form->addRow(tr("Time zone:"), m_zone);
    form->addRow(tr("Slot step:"), m_step);
    form->addRow(tr("Minimum notice:"), m_notice);
    form->addRow(tr("Booking horizon:"), m_horizon);
    // Automatic backups copy this desk's SQLite file; a PostgreSQL database is backed up on
    // the server (README, "Mehrere Arbeitsplätze").
    if (!db.isServer())
        form->addRow(tr("Backup folder (this workstation):"), m_backupFolder);
    else
        m_backupFolder->hide();
    form->addRow(tr("Address:"), m_address);
    form->addRow(tr("Phone:"), m_phone);
    form->addRow(tr("E-mail:"), m_email);
    form->addRow(tr("Website:"), m_website);
    form->addRow(tr("Appointment card:"), m_cardFormat);
    form->addRow(QString(), save);
    reload();
}

void PracticeTab::reload()
{
    const PracticeSettings s = SettingsRepository(m_db).load();
    m_name->setText(s.name);
    m_zone->setCurrentText(QString::fromLatin1(s.timeZoneId));
    m_step->setValue(s.slotStepMinutes);
    m_notice->setValue(s.minimumNoticeMinutes);
    m_horizon->setValue(s.horizonDays);
    m_backupFolder->reload();
    const PracticeContact c = PracticeContactRepository(m_db).load();
    m_address->setText(c.address);
    m_phone->setText(c.phone);
    m_email->setText(c.email);
    m_website->setText(c.website);
    m_cardFormat->setCurrentIndex(std::max(0, m_cardFormat->findData(int(c.cardFormat))));
}

PracticeSettings PracticeTab::rulesFromFields() const
{
    PracticeSettings s;
    s.name = m_name->text();
    s.timeZoneId = m_zone->currentText().trimmed().toLatin1();
    s.slotStepMinutes = m_step->value();
    s.minimumNoticeMinutes = m_notice->value();
    s.horizonDays = m_horizon->value();
    return s;
}

PracticeContact PracticeTab::contactFromFields() const
{
    PracticeContact c;
    c.address = m_address->text().trimmed();
    c.phone = m_phone->text().trimmed();
    c.email = m_email->text().trimmed();
    c.website = m_website->text().trimmed();
    c.cardFormat = PracticeContact::CardFormat(m_cardFormat->currentData().toInt());
    return c;
}

bool PracticeTab::hasUnsavedChanges() const
{
    const PracticeSettings stored = SettingsRepository(m_db).load();
    const PracticeSettings shown = rulesFromFields();
    return shown.name.trimmed() != stored.name || shown.timeZoneId != stored.timeZoneId ||
           shown.slotStepMinutes != stored.slotStepMinutes ||
           shown.minimumNoticeMinutes != stored.minimumNoticeMinutes ||
           shown.horizonDays != stored.horizonDays ||
           !(contactFromFields() == PracticeContactRepository(m_db).load());
}

bool PracticeTab::saveChanges()
{
    save();
    return !hasUnsavedChanges();
}

void PracticeTab::save()
{
    if (!m_nameHint->isOk())
        return; // the hint under the name says why
    // Both checked before either is stored, so a bad e-mail does not leave half a save.
    const PracticeSettings s = rulesFromFields();
    const PracticeContact c = contactFromFields();
    for (const QString &invalid :
         {SettingsRepository::validate(s), PracticeContactRepository::validate(c)}) {
        if (!invalid.isEmpty())
            return fail(invalid + u' ' + tr("Nothing was saved."));
    }
    if (QString error; !m_backupFolder->save(&error))
        return fail(error);
    if (Status saved = SettingsRepository(m_db).save(s); !saved)
        return fail(saved.error());
    if (Status saved = PracticeContactRepository(m_db).save(c); !saved)
        return fail(saved.error());
    reload();
    done(tr("Practice settings saved."));
}

} // namespace empfang
