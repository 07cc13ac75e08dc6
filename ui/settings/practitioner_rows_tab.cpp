#include "settings/practitioner_rows_tab.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace empfang {

PractitionerRowsTab::PractitionerRowsTab(Database &db, const Setup &setup, QWidget *parent)
    : SettingsTab(db, parent), m_setup(setup)
{
    setObjectName(setup.tabName);
    m_practitioner = new QComboBox(this);
    m_practitioner->setObjectName(setup.practitionerName);
    m_practitioner->setAccessibleName(tr("Practitioner"));
    m_table = new QTableWidget(0, int(setup.headers.size()), this);
    m_table->setObjectName(setup.tableName);
    m_table->setHorizontalHeaderLabels(setup.headers);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_remove = new QPushButton(tr("Remove selected"), this);
    m_remove->setObjectName(setup.removeName);

    auto *top = new QFormLayout;
    top->addRow(tr("Practitioner:"), m_practitioner);
    m_layout = new QVBoxLayout(this);
    m_layout->addLayout(top);
    m_layout->addWidget(m_table);
    m_layout->addWidget(m_remove, 0, Qt::AlignRight);

    connect(m_practitioner, &QComboBox::currentIndexChanged, this,
            [this] { practitionerChanged(); });
    connect(m_remove, &QPushButton::clicked, this, &PractitionerRowsTab::removeSelected);
}

void PractitionerRowsTab::reload()
{
    refillPractitioners(m_practitioner);
    practitionerChanged();
}

QPushButton *PractitionerRowsTab::addEntryRow(const QList<QWidget *> &fields,
                                              const QString &addText, const QString &addName)
{
    auto *add = new QPushButton(addText, this);
    add->setObjectName(addName);
    m_entryRow = new QHBoxLayout;
    for (QWidget *field : fields)
        m_entryRow->addWidget(field);
    m_entryRow->addWidget(add);
    m_layout->insertLayout(m_layout->indexOf(m_remove), m_entryRow);
    // Tab from the fields to "Add" and only then to "Remove selected", built earlier.
    setTabOrder(add, m_remove);
    connect(add, &QPushButton::clicked, this, [this] { addEntry(); });
    return add;
}

void PractitionerRowsTab::addBelowEntryRow(QWidget *widget)
{
    m_layout->insertWidget(m_layout->indexOf(m_remove), widget);
}

qint64 PractitionerRowsTab::practitionerId() const
{
    return m_practitioner->currentData().toLongLong();
}

void PractitionerRowsTab::setRows(const QList<std::pair<qint64, QStringList>> &rows)
{
    m_table->setRowCount(0);
    for (const auto &[id, cells] : rows) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setData(Qt::UserRole, id);
            m_table->setItem(row, column, item);
        }
    }
}

void PractitionerRowsTab::removeSelected()
{
    const QTableWidgetItem *item = m_table->currentItem();
    if (!item)
        return fail(m_setup.noSelection);
    if (Status s = removeRow(item->data(Qt::UserRole).toLongLong()); !s)
        return fail(s.error());
    showRows();
    done(m_setup.removed);
}

} // namespace empfang
