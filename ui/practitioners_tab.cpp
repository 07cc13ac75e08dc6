#include "practitioners_tab.h"

#include "storage/appointment_type_repository.h"
#include "storage/practitioner_repository.h"
#include "text_rule_hint.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace empfang {

namespace {

// Column colours for new practitioners, distinguishable and print-friendly (Tableau 10).
const char *const kColours[] = {"#4e79a7", "#59a14f", "#b07aa1", "#f28e2b", "#e15759",
                                "#76b7b2", "#edc948", "#9c755f", "#ff9da7", "#bab0ac"};

} // namespace

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
    auto *offersButton = new QPushButton(tr("Save offered types"), this);
    offersButton->setObjectName(QStringLiteral("saveOffers"));
    auto *hint = new QLabel(tr("No type ticked means: offers every type."), this);
    hint->setWordWrap(true);

    m_nameHint = new TextRuleHint(m_name, TextRules::Kind::Name, this);
    m_nameHint->disables({addButton, saveButton});

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(QString(), m_nameHint);
    form->addRow(QString(), m_active);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(addButton);
    buttons->addWidget(saveButton);
    form->addRow(QString(), buttons);
    form->addRow(tr("Offers:"), m_offers);
    form->addRow(QString(), hint);
    form->addRow(QString(), offersButton);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(form, 2);

    connect(m_list, &QListWidget::currentRowChanged, this, &PractitionersTab::showCurrent);
    connect(addButton, &QPushButton::clicked, this, &PractitionersTab::add);
    connect(saveButton, &QPushButton::clicked, this, &PractitionersTab::save);
    connect(offersButton, &QPushButton::clicked, this, &PractitionersTab::saveOffers);
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
    auto list = PractitionerRepository(m_db).list(true);
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
    auto p = PractitionerRepository(m_db).find(id);
    m_name->setText(p ? p->name : QString());
    m_active->setChecked(p ? p->active : true);
    auto types = AppointmentTypeRepository(m_db).list(true);
    auto offers = PractitionerRepository(m_db).offers(id);
    if (!types || !p)
        return;
    for (const AppointmentType &t : types.value()) {
        auto *item = new QListWidgetItem(t.name, m_offers);
        item->setData(Qt::UserRole, t.id);
        bool offered = false;
        for (const TypeOffer &o : offers ? offers.value() : QList<TypeOffer>())
            offered = offered || o.typeId == t.id;
        item->setCheckState(offered ? Qt::Checked : Qt::Unchecked);
    }
}

void PractitionersTab::add()
{
    if (!m_nameHint->isOk())
        return; // the hint under the name says why
    auto list = PractitionerRepository(m_db).list(true);
    const auto count = list ? list->size() : 0;
    auto added = PractitionerRepository(m_db).add(
        m_name->text(), QString::fromLatin1(kColours[count % std::size(kColours)]));
    if (!added)
        return fail(added.error());
    done(tr("Practitioner \"%1\" added.").arg(added->name));
    reload();
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toLongLong() == added->id)
            m_list->setCurrentRow(row);
    }
}

void PractitionersTab::save()
{
    if (!m_nameHint->isOk())
        return;
    auto p = PractitionerRepository(m_db).find(currentId());
    if (!p)
        return fail(tr("Please choose a practitioner in the list first."));
    Practitioner changedPractitioner = p.value();
    changedPractitioner.name = m_name->text();
    changedPractitioner.active = m_active->isChecked();
    if (Status s = PractitionerRepository(m_db).update(changedPractitioner); !s)
        return fail(s.error());
    done(tr("Practitioner \"%1\" saved.").arg(TextRules::trimmed(changedPractitioner.name)));
    reload();
}

void PractitionersTab::saveOffers()
{
    const qint64 id = currentId();
    if (id == 0)
        return fail(tr("Please choose a practitioner in the list first."));
    // Keep own durations of types that stay offered; they are edited in the CLI for now.
    const auto previous = PractitionerRepository(m_db).offers(id);
    QList<TypeOffer> offers;
    for (int row = 0; row < m_offers->count(); ++row) {
        const QListWidgetItem *item = m_offers->item(row);
        if (item->checkState() != Qt::Checked)
            continue;
        TypeOffer offer{item->data(Qt::UserRole).toLongLong(), std::nullopt};
        for (const TypeOffer &old : previous ? previous.value() : QList<TypeOffer>()) {
            if (old.typeId == offer.typeId)
                offer.minutes = old.minutes;
        }
        offers << offer;
    }
    if (Status s = PractitionerRepository(m_db).setOffers(id, offers); !s)
        return fail(s.error());
    done(offers.isEmpty() ? tr("Offers every appointment type.")
                          : tr("Offers %n appointment type(s).", "", int(offers.size())));
}

} // namespace empfang
