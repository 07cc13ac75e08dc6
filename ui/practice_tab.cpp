#include "practice_tab.h"

#include "backup_folder_field.h"
#include "storage/settings_repository.h"
#include "text_rule_hint.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>

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
    form->addRow(tr("Backup folder (this workstation):"), m_backupFolder);
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
}

void PracticeTab::save()
{
    if (!m_nameHint->isOk())
        return; // the hint under the name says why
    PracticeSettings s;
    s.name = m_name->text();
    s.timeZoneId = m_zone->currentText().trimmed().toLatin1();
    s.slotStepMinutes = m_step->value();
    s.minimumNoticeMinutes = m_notice->value();
    s.horizonDays = m_horizon->value();
    if (QString error; !m_backupFolder->save(&error))
        return fail(error);
    if (Status saved = SettingsRepository(m_db).save(s); !saved)
        return fail(saved.error());
    done(tr("Practice settings saved."));
}

} // namespace empfang
