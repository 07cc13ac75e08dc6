#include "settings/types_tab.h"

#include "booking/practice_directory.h"
#include "booking/text_rule_hint.h"
#include "booking/type_setup.h"
#include "ui_types_tab.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>

namespace empfang {

TypesTab::TypesTab(Database &db, QWidget *parent)
    : ListFormTab(db, parent), m_ui(std::make_unique<Ui::TypesTab>())
{
    // The spin boxes allow 0 so the repository can say why it is wrong.
    m_ui->setupUi(this);
    m_name = m_ui->typeName;
    m_minutes = m_ui->typeMinutes;
    m_before = m_ui->typeBufferBefore;
    m_after = m_ui->typeBufferAfter;
    m_colourButton = m_ui->typeColor;
    m_active = m_ui->typeActive;

    setUpListForm(m_ui->typeList, m_ui->form, m_name, m_ui->addType, m_ui->saveType);
    connect(m_colourButton, &QPushButton::clicked, this, [this] {
        const QColor chosen = QColorDialog::getColor(m_colour, this, tr("Colour of the type"));
        if (chosen.isValid())
            setColour(chosen);
    });
    setColour(QColor(0x76, 0xb7, 0xb2));
    reload();
}

TypesTab::~TypesTab() = default;

void TypesTab::reload()
{
    refill([this] {
        auto list = PracticeDirectory(m_db).types(true);
        if (!list) {
            fail(list.error());
            return false;
        }
        for (const AppointmentType &t : list.value()) {
            QListWidgetItem *item = addRow(t.active ? tr("%1 (%2 min)").arg(t.name).arg(t.minutes)
                                                    : tr("%1 (inactive)").arg(t.name),
                                           t.id);
            item->setData(Qt::DecorationRole, QColor(t.color));
        }
        return true;
    });
    // Every type readable in full ("Manuelle Therapie (25 Min.)"), never cut by the form.
    m_list->setMinimumWidth(m_list->sizeHintForColumn(0) + 2 * m_list->frameWidth() +
                            m_list->verticalScrollBar()->sizeHint().width());
}

void TypesTab::showCurrent()
{
    auto t = PracticeDirectory(m_db).type(currentId());
    if (!t)
        return;
    m_name->setText(t->name);
    m_minutes->setValue(t->minutes);
    m_before->setValue(t->bufferBeforeMinutes);
    m_after->setValue(t->bufferAfterMinutes);
    m_active->setChecked(t->active);
    setColour(QColor(t->color));
}

void TypesTab::setColour(const QColor &colour)
{
    m_colour = colour.isValid() ? colour : QColor(Qt::gray);
    m_colourButton->setText(m_colour.name());
    m_colourButton->setStyleSheet(QStringLiteral("background-color: %1; color: %2;")
                                      .arg(m_colour.name(), m_colour.lightness() > 128
                                                                ? QStringLiteral("black")
                                                                : QStringLiteral("white")));
}

AppointmentType TypesTab::fromFields() const
{
    AppointmentType t;
    t.name = m_name->text().trimmed();
    t.minutes = m_minutes->value();
    t.bufferBeforeMinutes = m_before->value();
    t.bufferAfterMinutes = m_after->value();
    t.color = m_colour.name();
    t.active = m_active->isChecked();
    return t;
}

bool TypesTab::hasUnsavedChanges() const
{
    auto stored = PracticeDirectory(m_db).type(currentId());
    if (!stored)
        return false;
    const AppointmentType shown = fromFields();
    return shown.name != stored->name || shown.minutes != stored->minutes ||
           shown.bufferBeforeMinutes != stored->bufferBeforeMinutes ||
           shown.bufferAfterMinutes != stored->bufferAfterMinutes ||
           QColor(shown.color) != QColor(stored->color) || shown.active != stored->active;
}

void TypesTab::add()
{
    if (!m_nameHint->isOk())
        return; // the hint under the name says why
    auto added = TypeSetup(m_db).add(fromFields());
    if (!added)
        return fail(added.error());
    done(tr("Appointment type \"%1\" added.").arg(added->name));
    reload();
    selectId(added->id);
}

void TypesTab::save()
{
    if (!m_nameHint->isOk())
        return;
    if (currentId() == 0)
        return fail(tr("Please choose an appointment type in the list first."));
    AppointmentType t = fromFields();
    t.id = currentId();
    if (Status s = TypeSetup(m_db).update(t); !s)
        return fail(s.error());
    done(tr("Appointment type \"%1\" saved.").arg(t.name));
    reload();
}

} // namespace empfang
