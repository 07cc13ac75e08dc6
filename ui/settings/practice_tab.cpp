#include "settings/practice_tab.h"

#include "booking/placeholder_fit.h"
#include "booking/practice_directory.h"
#include "booking/practice_setup.h"
#include "booking/text_rule_hint.h"
#include "settings/backup_folder_field.h"
#include "storage/database.h"
#include "ui_practice_tab.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>

#include <algorithm>

namespace empfang {

PracticeTab::PracticeTab(Database &db, QWidget *parent)
    : SettingsTab(db, parent), m_ui(std::make_unique<Ui::PracticeTab>())
{
    m_ui->setupUi(this);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_ui->practiceTimeZone->addItem(QString::fromLatin1(id));
    for (QLineEdit *edit :
         {m_ui->practiceAddress, m_ui->practicePhone, m_ui->practiceEmail, m_ui->practiceWebsite})
        fitPlaceholder(edit);
    for (auto f : {PracticeContact::CardFormat::A6, PracticeContact::CardFormat::BusinessCard,
                   PracticeContact::CardFormat::A4})
        m_ui->practiceCardFormat->addItem(PracticeDirectory::cardFormatName(f), int(f));
    // Automatic backups copy this desk's SQLite file; a PostgreSQL database is backed up on
    // the server (README, "Mehrere Arbeitsplätze"). The row goes after "Booking horizon".
    m_backupFolder = new BackupFolderField(db.path(), this);
    if (!db.isServer()) {
        m_ui->form->insertRow(5, tr("Backup folder (this workstation):"), m_backupFolder);
        // Built after the form: its field and button move to their row's place in the tab order.
        QWidget *previous = m_ui->practiceHorizon;
        for (QWidget *w : m_backupFolder->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
            if (w->focusPolicy() != Qt::NoFocus) {
                setTabOrder(previous, w);
                previous = w;
            }
        }
    } else {
        m_backupFolder->hide();
    }
    m_nameHint = new TextRuleHint(m_ui->practiceName, TextRules::Kind::Name, this);
    m_ui->form->insertRow(1, QString(), m_nameHint);
    // One button for the whole tab: rules and contact are saved together.
    m_nameHint->disables({m_ui->savePractice});
    connect(m_ui->savePractice, &QPushButton::clicked, this, &PracticeTab::save);
    reload();
}

PracticeTab::~PracticeTab() = default;

void PracticeTab::reload()
{
    const PracticeSettings s = PracticeDirectory(m_db).settings();
    m_shown = s;
    m_ui->practiceName->setText(s.name);
    m_ui->practiceTimeZone->setCurrentText(QString::fromLatin1(s.timeZoneId));
    m_ui->practiceSlotStep->setValue(s.slotStepMinutes);
    m_ui->practiceMinimumNotice->setValue(s.minimumNoticeMinutes);
    m_ui->practiceHorizon->setValue(s.horizonDays);
    m_backupFolder->reload();
    const PracticeContact c = PracticeDirectory(m_db).contact();
    m_shownContact = c;
    m_ui->practiceAddress->setText(c.address);
    m_ui->practicePhone->setText(c.phone);
    m_ui->practiceEmail->setText(c.email);
    m_ui->practiceWebsite->setText(c.website);
    m_ui->practiceCardFormat->setCurrentIndex(
        std::max(0, m_ui->practiceCardFormat->findData(int(c.cardFormat))));
}

PracticeSettings PracticeTab::rulesFromFields() const
{
    PracticeSettings s;
    s.name = m_ui->practiceName->text();
    s.timeZoneId = m_ui->practiceTimeZone->currentText().trimmed().toLatin1();
    s.slotStepMinutes = m_ui->practiceSlotStep->value();
    s.minimumNoticeMinutes = m_ui->practiceMinimumNotice->value();
    s.horizonDays = m_ui->practiceHorizon->value();
    return s;
}

PracticeContact PracticeTab::contactFromFields() const
{
    PracticeContact c;
    c.address = m_ui->practiceAddress->text().trimmed();
    c.phone = m_ui->practicePhone->text().trimmed();
    c.email = m_ui->practiceEmail->text().trimmed();
    c.website = m_ui->practiceWebsite->text().trimmed();
    c.cardFormat = PracticeContact::CardFormat(m_ui->practiceCardFormat->currentData().toInt());
    return c;
}

bool PracticeTab::hasUnsavedChanges() const
{
    const PracticeSettings stored = PracticeDirectory(m_db).settings();
    const PracticeSettings shown = rulesFromFields();
    return shown.name.trimmed() != stored.name || shown.timeZoneId != stored.timeZoneId ||
           shown.slotStepMinutes != stored.slotStepMinutes ||
           shown.minimumNoticeMinutes != stored.minimumNoticeMinutes ||
           shown.horizonDays != stored.horizonDays ||
           !(contactFromFields() == PracticeDirectory(m_db).contact());
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
    if (const QString invalid = PracticeSetup::problem(s, c); !invalid.isEmpty())
        return fail(invalid + u' ' + tr("Nothing was saved."));
    if (QString error; !m_backupFolder->save(&error))
        return fail(error);
    // The same check runs again on what is stored with this desk's edits on top.
    const PracticeChange edits = PracticeChange::between(m_shown, m_shownContact, s, c);
    if (Status saved = PracticeSetup(m_db).change(edits); !saved)
        return fail(saved.error());
    reload();
    done(tr("Practice settings saved."));
}

} // namespace empfang
