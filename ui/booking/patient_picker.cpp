#include "booking/patient_picker.h"

#include "booking/patient_directory.h"
#include "booking/placeholder_fit.h"
#include "booking/text_rule_hint.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace empfang {

PatientPicker::PatientPicker(Database &db, const QString &namePrefix, QWidget *parent)
    : QWidget(parent), m_db(db)
{
    setObjectName(namePrefix + QStringLiteral("PatientPicker"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(namePrefix + QStringLiteral("PatientSearch"));
    m_search->setPlaceholderText(tr("Name, birth date or phone – or a new patient's name"));
    fitPlaceholder(m_search);
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
    if (text.simplified().isEmpty())
        m_list->clear();
    else
        fill(m_list, m_db, text, false, 20);
    emit changed();
}

bool PatientPicker::looksLikeName(const QString &text)
{
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words.size() < 2)
        return false;
    return std::all_of(words.cbegin(), words.cend(), [](const QString &word) {
        return std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetter(); }) &&
               std::all_of(word.cbegin(), word.cend(), [](QChar c) {
                   return c.isLetter() || c == u'-' || c == u'\'' || c == u'.';
               });
    });
}

QString PatientPicker::fill(QListWidget *list, Database &db, const QString &text, bool withPhone,
                            int limit)
{
    list->clear();
    const QString name = text.simplified();
    auto found = PatientDirectory(db).search(name, limit);
    if (!found)
        return found.error();
    // Best first: the exact name, then names starting with the text, then a word of the name
    // starting with it; birth-date and phone matches keep the repository's order after those.
    const QString lower = name.toLower();
    const auto rank = [&lower](const Patient &p) {
        const QString n = p.name.toLower();
        if (n == lower)
            return 0;
        if (n.startsWith(lower))
            return 1;
        const QStringList words = n.split(u' ', Qt::SkipEmptyParts);
        if (std::any_of(words.cbegin(), words.cend(),
                        [&lower](const QString &w) { return w.startsWith(lower); }))
            return 2;
        return 3;
    };
    QList<Patient> patients = found.value();
    std::stable_sort(patients.begin(), patients.end(),
                     [&rank](const Patient &a, const Patient &b) { return rank(a) < rank(b); });
    for (const Patient &p : patients) {
        QString label = p.name;
        if (p.birthDate.isValid())
            label += tr(", born %1").arg(p.birthDate.toString(QStringLiteral("dd.MM.yyyy")));
        if (withPhone && !p.phone.isEmpty())
            label += tr(", phone %1").arg(p.phone);
        auto *item = new QListWidgetItem(label, list);
        item->setData(Qt::UserRole, p.id);
    }
    if (!name.isEmpty()) {
        // Last and never chosen for the receptionist when someone matches: Enter after "Wag"
        // must book Sophie Wagner, not create a patient called "Wag".
        auto *create = new QListWidgetItem(tr("Create new patient: %1").arg(name), list);
        create->setData(Qt::UserRole, 0);
        QFont f = create->font();
        f.setItalic(true);
        create->setFont(f);
        if (patients.isEmpty() && looksLikeName(name))
            list->setCurrentItem(create);
    }
    if (!patients.isEmpty() && !name.isEmpty())
        list->setCurrentRow(0); // an empty search lists everybody but chooses nobody
    return {};
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
