#include "next_free_dialog.h"

#include "combo_fill.h"
#include "storage/settings_repository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
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
      m_zone(SettingsRepository(db).load().timeZone())
{
    setObjectName(QStringLiteral("nextFreeDialog"));
    setWindowTitle(tr("Next free slot"));

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("nextFreeType"));
    m_type->setAccessibleName(tr("Appointment type"));
    ComboFill::addTypes(m_type, db, tr("%1 (%2 min)"));
    ComboFill::select(m_type, typeId);
    m_practitioner = new QComboBox(this);
    m_practitioner->setObjectName(QStringLiteral("nextFreePractitioner"));
    m_practitioner->setAccessibleName(tr("Practitioner"));
    m_practitioner->addItem(tr("Any practitioner"), 0);
    ComboFill::addPractitioners(m_practitioner, db);
    m_preference = new QComboBox(this);
    m_preference->setObjectName(QStringLiteral("nextFreePreference"));
    m_preference->setAccessibleName(tr("Time of day"));
    m_preference->addItem(tr("Any time"), AnyTime);
    m_preference->addItem(tr("Mornings (before 12:00)"), Morning);
    m_preference->addItem(tr("Afternoons (from 12:00)"), Afternoon);
    m_preference->addItem(tr("After …"), After);
    m_after = new QTimeEdit(QTime(16, 0), this);
    m_after->setObjectName(QStringLiteral("nextFreeAfterTime"));
    m_after->setAccessibleName(tr("Earliest time"));
    m_after->setDisplayFormat(QStringLiteral("HH:mm"));
    m_after->setEnabled(false);
    auto *timeRow = new QHBoxLayout;
    timeRow->addWidget(m_preference);
    timeRow->addWidget(m_after);
    auto *weekdays = new QHBoxLayout;
    const QLocale locale;
    for (int d = 1; d <= 7; ++d) {
        auto *box = new QCheckBox(locale.dayName(d, QLocale::ShortFormat), this);
        box->setObjectName(QStringLiteral("nextFreeWeekday%1").arg(d));
        box->setAccessibleName(locale.dayName(d));
        m_weekdays << box;
        weekdays->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &NextFreeDialog::refresh);
    }
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("nextFreeList"));
    m_list->setAccessibleName(tr("Free slots, earliest first"));
    m_list->setMinimumHeight(m_list->fontMetrics().height() * (kEntries + 1));
    m_list->setMinimumWidth(m_list->fontMetrics().averageCharWidth() * 60);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("nextFreeStatus"));
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("nextFreeButtons"));
    m_book = buttons->button(QDialogButtonBox::Ok);
    m_book->setObjectName(QStringLiteral("nextFreeBookButton"));
    m_book->setText(tr("&Book…"));
    m_book->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &NextFreeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NextFreeDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("P&ractitioner:"), m_practitioner);
    // Rows of several widgets cannot be a buddy: without an explicit one the label would show
    // its "&" instead of underlining the mnemonic.
    auto *timeLabel = new QLabel(tr("Time of &day:"), this);
    timeLabel->setBuddy(m_preference);
    form->addRow(timeLabel, timeRow);
    auto *weekdaysLabel = new QLabel(tr("Week&days:"), this);
    weekdaysLabel->setBuddy(m_weekdays.first());
    form->addRow(weekdaysLabel, weekdays);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_type, &QComboBox::currentIndexChanged, this, &NextFreeDialog::refresh);
    connect(m_practitioner, &QComboBox::currentIndexChanged, this, &NextFreeDialog::refresh);
    connect(m_preference, &QComboBox::currentIndexChanged, this, [this] {
        m_after->setEnabled(m_preference->currentData().toInt() == After);
        refresh();
    });
    connect(m_after, &QTimeEdit::timeChanged, this, &NextFreeDialog::refresh);
    connect(m_list, &QListWidget::itemActivated, this, &NextFreeDialog::accept);
    refresh();
    m_list->setFocus();
}

qint64 NextFreeDialog::typeId() const
{
    return m_type->currentData().toLongLong();
}

SlotPreference NextFreeDialog::preference() const
{
    SlotPreference p;
    for (int d = 1; d <= 7; ++d) {
        if (m_weekdays.at(d - 1)->isChecked())
            p.weekdays << d;
    }
    switch (m_preference->currentData().toInt()) {
    case Morning:
        p.notAfter = kNoon.addSecs(-60);
        break;
    case Afternoon:
        p.notBefore = kNoon;
        break;
    case After:
        p.notBefore = m_after->time();
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
    m_list->clear();
    m_results.clear();
    const qint64 practitioner = m_practitioner->currentData().toLongLong();
    auto found = SlotSearch(m_db, m_availability)
                     .next(typeId(), m_availability.clock().nowMs(), preference(), kEntries,
                           practitioner ? std::optional<qint64>(practitioner) : std::nullopt);
    if (!found) {
        m_status->setText(found.error());
        m_book->setEnabled(false);
        return;
    }
    m_results = found.value();
    const QLocale locale;
    for (const FreeSlot &s : std::as_const(m_results)) {
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(s.span.startMs, m_zone);
        const int index = m_practitioner->findData(s.practitionerId);
        m_list->addItem(tr("%1, %2 – %3")
                            .arg(locale.toString(start.date(), QStringLiteral("ddd dd.MM.yyyy")),
                                 start.toString(QStringLiteral("HH:mm")),
                                 index >= 0 ? m_practitioner->itemText(index) : QString()));
    }
    m_status->setText(m_results.isEmpty()
                          ? tr("No free slot matches within the booking horizon.")
                          : tr("%n free slot(s), earliest first. Enter books the selected one.", "",
                               int(m_results.size())));
    if (!m_results.isEmpty())
        m_list->setCurrentRow(0);
    m_book->setEnabled(!m_results.isEmpty());
}

void NextFreeDialog::accept()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_results.size())
        return;
    const FreeSlot slot = m_results.at(row);
    QDialog::accept();
    emit bookRequested(slot.practitionerId, slot.span.startMs, typeId());
}

} // namespace empfang
