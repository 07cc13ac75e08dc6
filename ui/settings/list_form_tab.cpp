#include "settings/list_form_tab.h"

#include "booking/text_rule_hint.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace empfang {

void ListFormTab::setUpListForm(QListWidget *list, QFormLayout *form, QLineEdit *name,
                                QPushButton *addButton, QPushButton *saveButton)
{
    m_list = list;
    m_nameHint = new TextRuleHint(name, TextRules::Kind::Name, this);
    form->insertRow(1, QString(), m_nameHint);
    m_nameHint->disables({addButton, saveButton});
    connect(m_list, &QListWidget::currentRowChanged, this, &ListFormTab::showCurrent);
    connect(addButton, &QPushButton::clicked, this, &ListFormTab::add);
    connect(saveButton, &QPushButton::clicked, this, &ListFormTab::save);
}

bool ListFormTab::saveChanges()
{
    save();
    return !hasUnsavedChanges();
}

qint64 ListFormTab::currentId() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toLongLong() : 0;
}

void ListFormTab::selectId(qint64 id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toLongLong() == id)
            m_list->setCurrentRow(row);
    }
}

void ListFormTab::refill(const std::function<bool()> &fill)
{
    const qint64 keep = currentId();
    {
        const QSignalBlocker block(m_list);
        m_list->clear();
        if (fill()) {
            selectId(keep);
            if (!m_list->currentItem() && m_list->count() > 0)
                m_list->setCurrentRow(0);
        }
    }
    // Also after a failed read: the form then shows no row rather than the one that was.
    showCurrent();
}

QListWidgetItem *ListFormTab::addRow(const QString &text, qint64 id)
{
    auto *item = new QListWidgetItem(text, m_list);
    item->setData(Qt::UserRole, id);
    return item;
}

} // namespace empfang
