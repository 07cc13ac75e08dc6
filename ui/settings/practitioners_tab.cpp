#include "settings/practitioners_tab.h"

#include "booking/practice_directory.h"
#include "booking/practitioner_setup.h"
#include "booking/text_rule_hint.h"
#include "ui_practitioners_tab.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

#include <algorithm>

namespace empfang {

PractitionersTab::PractitionersTab(Database &db, QWidget *parent)
    : ListFormTab(db, parent), m_ui(std::make_unique<Ui::PractitionersTab>())
{
    m_ui->setupUi(this);
    m_name = m_ui->practitionerName;
    m_active = m_ui->practitionerActive;
    m_offers = m_ui->offeredTypes;
    setUpListForm(m_ui->practitionerList, m_ui->form, m_name, m_ui->addPractitioner,
                  m_ui->savePractitioner);
    reload();
}

PractitionersTab::~PractitionersTab() = default;

void PractitionersTab::reload()
{
    refill([this] {
        auto list = PracticeDirectory(m_db).practitioners(true);
        if (!list) {
            fail(list.error());
            return false;
        }
        for (const Practitioner &p : list.value())
            addRow(p.active ? p.name : tr("%1 (inactive)").arg(p.name), p.id);
        return true;
    });
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
    selectId(added->id);
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
