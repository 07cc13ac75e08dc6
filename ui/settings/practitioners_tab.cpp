#include "settings/practitioners_tab.h"

#include "booking/practice_directory.h"
#include "booking/practitioner_setup.h"
#include "booking/text_rule_hint.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

#include <algorithm>

namespace empfang {

PractitionersTab::PractitionersTab(Database &db, QWidget *parent) : SettingsTab(db, parent)
{
    setObjectName(QStringLiteral("practitionersTab"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("practitionerList"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("practitionerName"));
    m_name->setAccessibleName(tr("Name of the practitioner"));
    m_active = new QCheckBox(tr("Active (shown in the schedule)"), this);
    m_active->setObjectName(QStringLiteral("practitionerActive"));
    m_offers = new QListWidget(this);
    m_offers->setObjectName(QStringLiteral("offeredTypes"));
    auto *addButton = new QPushButton(tr("Add as new practitioner"), this);
    addButton->setObjectName(QStringLiteral("addPractitioner"));
    auto *saveButton = new QPushButton(tr("Save changes"), this);
    saveButton->setObjectName(QStringLiteral("savePractitioner"));
    auto *hint = new QLabel(tr("No type ticked means: offers every type."), this);
    hint->setWordWrap(true);

    m_nameHint = new TextRuleHint(m_name, TextRules::Kind::Name, this);
    m_nameHint->disables({addButton, saveButton});

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(QString(), m_nameHint);
    form->addRow(QString(), m_active);
    form->addRow(tr("Offers:"), m_offers);
    form->addRow(QString(), hint);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(addButton);
    buttons->addWidget(saveButton);
    form->addRow(QString(), buttons);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(form, 2);

    connect(m_list, &QListWidget::currentRowChanged, this, &PractitionersTab::showCurrent);
    connect(addButton, &QPushButton::clicked, this, &PractitionersTab::add);
    connect(saveButton, &QPushButton::clicked, this, &PractitionersTab::save);
    reload();
}

qint64 PractitionersTab::currentId() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toLongLong() : 0;
}

void PractitionersTab::reload()
{
    const qint64 keep = currentId();
    m_list->clear();
    auto list = PracticeDirectory(m_db).practitioners(true);
    if (!list)
        return fail(list.error());
    for (const Practitioner &p : list.value()) {
        auto *item =
            new QListWidgetItem(p.active ? p.name : tr("%1 (inactive)").arg(p.name), m_list);
        item->setData(Qt::UserRole, p.id);
        if (p.id == keep)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    showCurrent();
}

void PractitionersTab::showCurrent()
{
    m_offers->clear();
    const qint64 id = currentId();
    auto p = PracticeDirectory(m_db).practitioner(id);
    m_name->setText(p ? p->name : QString());
    m_active->setChecked(p ? p->active : true);
    auto types = PracticeDirectory(m_db).types(true);
    auto offers = PracticeDirectory(m_db).offers(id);
    if (!types || !p)
        return;
    for (const AppointmentType &t : types.value()) {
        auto *item = new QListWidgetItem(t.name, m_offers);
        item->setData(Qt::UserRole, t.id);
        bool offered = false;
        for (const TypeOffer &o : offers ? offers.value() : QList<TypeOffer>()) {
            offered = offered || o.typeId == t.id;
            // The duration rule visible where it is kept: bookings of this type take longer
            // or shorter with this practitioner.
            if (o.typeId == t.id && o.minutes && *o.minutes != t.minutes)
                item->setText(tr("%1 – %2 min with this practitioner (usually %3 min)")
                                  .arg(t.name)
                                  .arg(*o.minutes)
                                  .arg(t.minutes));
        }
        item->setCheckState(offered ? Qt::Checked : Qt::Unchecked);
    }
}

void PractitionersTab::add()
{
    if (!m_nameHint->isOk())
        return; // the hint under the name says why
    auto added = PractitionerSetup(m_db).add(m_name->text());
    if (!added)
        return fail(added.error());
    done(tr("Practitioner \"%1\" added.").arg(added->name));
    reload();
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toLongLong() == added->id)
            m_list->setCurrentRow(row);
    }
}

QList<qint64> PractitionersTab::tickedTypes() const
{
    QList<qint64> out;
    for (int row = 0; row < m_offers->count(); ++row) {
        if (m_offers->item(row)->checkState() == Qt::Checked)
            out << m_offers->item(row)->data(Qt::UserRole).toLongLong();
    }
    return out;
}

QList<qint64> PractitionersTab::storedTypes() const
{
    QList<qint64> out;
    if (auto offers = PracticeDirectory(m_db).offers(currentId())) {
        for (const TypeOffer &o : offers.value())
            out << o.typeId;
    }
    std::sort(out.begin(), out.end());
    return out;
}

bool PractitionersTab::hasUnsavedChanges() const
{
    auto p = PracticeDirectory(m_db).practitioner(currentId());
    if (!p)
        return false;
    QList<qint64> ticked = tickedTypes();
    std::sort(ticked.begin(), ticked.end());
    return m_name->text().trimmed() != p->name || m_active->isChecked() != p->active ||
           ticked != storedTypes();
}

bool PractitionersTab::saveChanges()
{
    save();
    return !hasUnsavedChanges();
}

void PractitionersTab::save()
{
    if (!m_nameHint->isOk())
        return;
    auto p = PracticeDirectory(m_db).practitioner(currentId());
    if (!p)
        return fail(tr("Please choose a practitioner in the list first."));
    Practitioner changedPractitioner = p.value();
    changedPractitioner.name = m_name->text();
    changedPractitioner.active = m_active->isChecked();
    const QList<qint64> offers = tickedTypes();
    if (Status s = PractitionerSetup(m_db).save(changedPractitioner, offers); !s)
        return fail(s.error());
    done(offers.isEmpty() ? tr("Practitioner \"%1\" saved; offers every appointment type.")
                                .arg(changedPractitioner.name.trimmed())
                          : tr("Practitioner \"%1\" saved; offers %n appointment type(s).", "",
                               int(offers.size()))
                                .arg(changedPractitioner.name.trimmed()));
    reload();
}

} // namespace empfang
