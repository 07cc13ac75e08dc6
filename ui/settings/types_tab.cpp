#include "settings/types_tab.h"

#include "booking/practice_directory.h"
#include "booking/text_rule_hint.h"
#include "booking/type_setup.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>

namespace empfang {

TypesTab::TypesTab(Database &db, QWidget *parent) : SettingsTab(db, parent)
{
    setObjectName(QStringLiteral("typesTab"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("typeList"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("typeName"));
    m_name->setAccessibleName(tr("Name of the type"));
    const auto spin = [this](const char *name, int max) {
        auto *box = new QSpinBox(this);
        box->setObjectName(QString::fromLatin1(name));
        // 0 is allowed in the field so the repository can say why it is wrong.
        box->setRange(0, max);
        box->setSuffix(tr(" min"));
        return box;
    };
    m_minutes = spin("typeMinutes", 24 * 60);
    m_before = spin("typeBufferBefore", 240);
    m_after = spin("typeBufferAfter", 240);
    m_minutes->setAccessibleName(tr("Duration in minutes"));
    m_before->setAccessibleName(tr("Buffer before in minutes"));
    m_after->setAccessibleName(tr("Buffer after in minutes"));
    m_colourButton = new QPushButton(this);
    m_colourButton->setObjectName(QStringLiteral("typeColor"));
    m_active = new QCheckBox(tr("Active (can be booked)"), this);
    m_active->setObjectName(QStringLiteral("typeActive"));
    auto *addButton = new QPushButton(tr("Add as new type"), this);
    addButton->setObjectName(QStringLiteral("addType"));
    auto *saveButton = new QPushButton(tr("Save changes"), this);
    saveButton->setObjectName(QStringLiteral("saveType"));

    m_nameHint = new TextRuleHint(m_name, TextRules::Kind::Name, this);
    m_nameHint->disables({addButton, saveButton});

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(QString(), m_nameHint);
    form->addRow(tr("Duration:"), m_minutes);
    form->addRow(tr("Buffer before:"), m_before);
    form->addRow(tr("Buffer after:"), m_after);
    form->addRow(tr("Colour:"), m_colourButton);
    form->addRow(QString(), m_active);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(addButton);
    buttons->addWidget(saveButton);
    form->addRow(QString(), buttons);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(form, 2);

    connect(m_list, &QListWidget::currentRowChanged, this, &TypesTab::showCurrent);
    connect(m_colourButton, &QPushButton::clicked, this, [this] {
        const QColor chosen = QColorDialog::getColor(m_colour, this, tr("Colour of the type"));
        if (chosen.isValid())
            setColour(chosen);
    });
    connect(addButton, &QPushButton::clicked, this, &TypesTab::add);
    connect(saveButton, &QPushButton::clicked, this, &TypesTab::save);
    setColour(QColor(0x76, 0xb7, 0xb2));
    m_minutes->setValue(30);
    m_active->setChecked(true);
    reload();
}

qint64 TypesTab::currentId() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toLongLong() : 0;
}

void TypesTab::reload()
{
    const qint64 keep = currentId();
    const QSignalBlocker block(m_list);
    m_list->clear();
    auto list = PracticeDirectory(m_db).types(true);
    if (!list)
        return fail(list.error());
    for (const AppointmentType &t : list.value()) {
        auto *item = new QListWidgetItem(t.active ? tr("%1 (%2 min)").arg(t.name).arg(t.minutes)
                                                  : tr("%1 (inactive)").arg(t.name),
                                         m_list);
        item->setData(Qt::UserRole, t.id);
        item->setData(Qt::DecorationRole, QColor(t.color));
        if (t.id == keep)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    // Every type readable in full ("Manuelle Therapie (25 Min.)"), never cut by the form.
    m_list->setMinimumWidth(m_list->sizeHintForColumn(0) + 2 * m_list->frameWidth() +
                            m_list->verticalScrollBar()->sizeHint().width());
    showCurrent();
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

bool TypesTab::saveChanges()
{
    save();
    return !hasUnsavedChanges();
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
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toLongLong() == added->id)
            m_list->setCurrentRow(row);
    }
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
