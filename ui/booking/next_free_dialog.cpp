#include "booking/next_free_dialog.h"

#include "booking/practice_directory.h"
#include "booking/weekday_boxes.h"
#include "common/combo_fill.h"
#include "ui_next_free_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTimeEdit>

namespace empfang {

namespace {

constexpr int kEntries = 10;
// Where the practice day is split for "morning" and "afternoon".
const QTime kNoon(12, 0);

} // namespace

NextFreeDialog::NextFreeDialog(Database &db, const AvailabilityService &availability, qint64 typeId,
                               QWidget *parent)
    : QDialog(parent), m_db(db), m_availability(availability),
      m_zone(PracticeDirectory(db).timeZone()), m_ui(std::make_unique<Ui::NextFreeDialog>())
{
    m_ui->setupUi(this);
    ComboFill::addTypes(m_ui->nextFreeType, db, tr("%1 (%2 min)"));
    ComboFill::select(m_ui->nextFreeType, typeId);
    m_ui->nextFreePractitioner->addItem(tr("Any practitioner"), 0);
    ComboFill::addPractitioners(m_ui->nextFreePractitioner, db);
    QComboBox *preference = m_ui->nextFreePreference;
    preference->addItem(tr("Any time"), AnyTime);
    preference->addItem(tr("Mornings (before 12:00)"), Morning);
    preference->addItem(tr("Afternoons (from 12:00)"), Afternoon);
    preference->addItem(tr("After …"), After);
    m_weekdays = {m_ui->nextFreeWeekday1, m_ui->nextFreeWeekday2, m_ui->nextFreeWeekday3,
                  m_ui->nextFreeWeekday4, m_ui->nextFreeWeekday5, m_ui->nextFreeWeekday6,
                  m_ui->nextFreeWeekday7};
    nameWeekdays(m_weekdays);
    QListWidget *list = m_ui->nextFreeList;
    list->setMinimumHeight(list->fontMetrics().height() * (kEntries + 1));
    list->setMinimumWidth(list->fontMetrics().averageCharWidth() * 60);
    m_book = m_ui->nextFreeButtons->button(QDialogButtonBox::Ok);
    m_book->setObjectName(QStringLiteral("nextFreeBookButton"));
    m_book->setText(tr("&Book…"));
    m_book->setDefault(true);

    connect(m_ui->nextFreeButtons, &QDialogButtonBox::accepted, this, &NextFreeDialog::accept);
    connect(m_ui->nextFreeButtons, &QDialogButtonBox::rejected, this, &NextFreeDialog::reject);
    for (QCheckBox *box : std::as_const(m_weekdays))
        connect(box, &QCheckBox::toggled, this, &NextFreeDialog::refresh);
    connect(m_ui->nextFreeType, &QComboBox::currentIndexChanged, this, &NextFreeDialog::refresh);
    connect(m_ui->nextFreePractitioner, &QComboBox::currentIndexChanged, this,
            &NextFreeDialog::refresh);
    connect(preference, &QComboBox::currentIndexChanged, this, [this] {
        m_ui->nextFreeAfterTime->setEnabled(m_ui->nextFreePreference->currentData().toInt() ==
                                            After);
        refresh();
    });
    connect(m_ui->nextFreeAfterTime, &QTimeEdit::timeChanged, this, &NextFreeDialog::refresh);
    connect(list, &QListWidget::itemActivated, this, &NextFreeDialog::accept);
    refresh();
    list->setFocus();
}

NextFreeDialog::~NextFreeDialog() = default;

qint64 NextFreeDialog::typeId() const
{
    return m_ui->nextFreeType->currentData().toLongLong();
}

SlotPreference NextFreeDialog::preference() const
{
    SlotPreference p;
    for (int d = 1; d <= 7; ++d) {
        if (m_weekdays.at(d - 1)->isChecked())
            p.weekdays << d;
    }
    switch (m_ui->nextFreePreference->currentData().toInt()) {
    case Morning:
        p.notAfter = kNoon.addSecs(-60);
        break;
    case Afternoon:
        p.notBefore = kNoon;
        break;
    case After:
        p.notBefore = m_ui->nextFreeAfterTime->time();
        break;
    default:
        break;
    }
    return p;
}

void NextFreeDialog::refresh()
{
    if (m_weekdays.size() < 7)
        return; // still being built
    m_ui->nextFreeList->clear();
    m_results.clear();
    const qint64 practitioner = m_ui->nextFreePractitioner->currentData().toLongLong();
    auto found = SlotSearch(m_db, m_availability)
                     .next(typeId(), m_availability.clock().nowMs(), preference(), kEntries,
                           practitioner ? std::optional<qint64>(practitioner) : std::nullopt);
    if (!found) {
        m_ui->nextFreeStatus->setText(found.error());
        m_book->setEnabled(false);
        return;
    }
    m_results = found.value();
    const QLocale locale;
    for (const FreeSlot &s : std::as_const(m_results)) {
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(s.span.startMs, m_zone);
        const int index = m_ui->nextFreePractitioner->findData(s.practitionerId);
        m_ui->nextFreeList->addItem(
            tr("%1, %2 – %3")
                .arg(locale.toString(start.date(), QStringLiteral("ddd dd.MM.yyyy")),
                     start.toString(QStringLiteral("HH:mm")),
                     index >= 0 ? m_ui->nextFreePractitioner->itemText(index) : QString()));
    }
    m_ui->nextFreeStatus->setText(
        m_results.isEmpty() ? tr("No free slot matches within the booking horizon.")
                            : tr("%n free slot(s), earliest first. Enter books the selected one.",
                                 "", int(m_results.size())));
    if (!m_results.isEmpty())
        m_ui->nextFreeList->setCurrentRow(0);
    m_book->setEnabled(!m_results.isEmpty());
}

void NextFreeDialog::accept()
{
    const int row = m_ui->nextFreeList->currentRow();
    if (row < 0 || row >= m_results.size())
        return;
    const FreeSlot slot = m_results.at(row);
    QDialog::accept();
    emit bookRequested(slot.practitionerId, slot.span.startMs, typeId());
}

} // namespace empfang
