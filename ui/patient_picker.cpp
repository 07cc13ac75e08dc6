#include "patient_picker.h"

#include "storage/patient_repository.h"
#include "text_rule_hint.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace empfang {

PatientPicker::PatientPicker(Database &db, const QString &namePrefix, QWidget *parent)
    : QWidget(parent), m_db(db)
{
    setObjectName(namePrefix + QStringLiteral("PatientPicker"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(namePrefix + QStringLiteral("PatientSearch"));
    m_search->setPlaceholderText(tr("Name, birth date or phone – or a new patient's name"));
    m_search->setAccessibleName(tr("Patient search"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(namePrefix + QStringLiteral("PatientList"));
    m_list->setAccessibleName(tr("Matching patients"));
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 6);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_hint = new TextRuleHint(m_search, TextRules::Kind::Name, this);
    layout->addWidget(m_search);
    layout->addWidget(m_hint);
    layout->addWidget(m_list);
    setFocusProxy(m_search);
    connect(m_search, &QLineEdit::textChanged, this, &PatientPicker::search);
    connect(m_list, &QListWidget::currentRowChanged, this, &PatientPicker::changed);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &PatientPicker::activated);
}

qint64 PatientPicker::patientId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && m_hint->isOk() ? item->data(Qt::UserRole).toLongLong() : -1;
}

QString PatientPicker::newName() const
{
    return m_search->text().simplified();
}

void PatientPicker::search(const QString &text)
{
    m_list->clear();
    const QString name = text.simplified();
    if (name.isEmpty()) {
        emit changed();
        return;
    }
    QListWidgetItem *exact = nullptr;
    if (auto found = PatientRepository(m_db).search(name, 20)) {
        for (const Patient &p : found.value()) {
            QString label = p.name;
            if (p.birthDate.isValid())
                label += tr(", born %1").arg(p.birthDate.toString(QStringLiteral("dd.MM.yyyy")));
            auto *item = new QListWidgetItem(label, m_list);
            item->setData(Qt::UserRole, p.id);
            if (!exact && p.name.compare(name, Qt::CaseInsensitive) == 0)
                exact = item;
        }
    }
    if (!exact) {
        auto *create = new QListWidgetItem(tr("New patient: %1").arg(name));
        create->setData(Qt::UserRole, 0);
        m_list->insertItem(0, create);
        exact = create;
    }
    m_list->setCurrentItem(exact);
    emit changed();
}

bool PatientPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down) {
            const int row = m_list->currentRow() + (key->key() == Qt::Key_Up ? -1 : 1);
            if (row >= 0 && row < m_list->count())
                m_list->setCurrentRow(row);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace empfang
