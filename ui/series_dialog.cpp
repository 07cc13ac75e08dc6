#include "series_dialog.h"

#include "booking/booking_service.h"
#include "booking/series_service.h"
#include "combo_fill.h"
#include "patient_picker.h"
#include "storage/settings_repository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

namespace empfang {

namespace {

enum Column { Number, Date, Time, Who, State, ColumnCount };

// QDateTimeEdit (Qt 6.4) knows local time only: it shows the practice's wall-clock time as a
// plain date and time, which is turned into an instant in the practice time zone when read.
QDateTime wallClock(qint64 ms, const QTimeZone &zone)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, zone);
    return QDateTime(t.date(), t.time());
}

qint64 instant(const QDateTimeEdit *edit, const QTimeZone &zone)
{
    return QDateTime(edit->date(), edit->time(), zone).toMSecsSinceEpoch();
}

} // namespace

SeriesDialog::SeriesDialog(Database &db, BookingService &booking,
                           const AvailabilityService &availability, qint64 practitionerId,
                           qint64 typeId, qint64 startMs, QWidget *parent)
    : QDialog(parent), m_db(db), m_booking(booking), m_availability(availability),
      m_zone(SettingsRepository(db).load().timeZone())
{
    setObjectName(QStringLiteral("seriesDialog"));
    setWindowTitle(tr("Book series (prescription)"));

    m_patient = new PatientPicker(db, QStringLiteral("series"), this);
    m_practitioner = new QComboBox(this);
    m_practitioner->setObjectName(QStringLiteral("seriesPractitioner"));
    m_practitioner->setAccessibleName(tr("Practitioner"));
    ComboFill::addPractitioners(m_practitioner, db);
    ComboFill::select(m_practitioner, practitionerId);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("seriesType"));
    m_type->setAccessibleName(tr("Appointment type"));
    ComboFill::addTypes(m_type, db, tr("%1 (%2 min)"));
    ComboFill::select(m_type, typeId);
    m_start = new QDateTimeEdit(wallClock(startMs, m_zone), this);
    m_start->setObjectName(QStringLiteral("seriesStart"));
    m_start->setAccessibleName(tr("First session"));
    m_start->setDisplayFormat(QStringLiteral("ddd dd.MM.yyyy HH:mm"));
    m_start->setCalendarPopup(true);
    m_count = new QSpinBox(this);
    m_count->setObjectName(QStringLiteral("seriesCount"));
    m_count->setAccessibleName(tr("Number of sessions"));
    m_count->setRange(1, 100);
    m_count->setValue(6);
    m_everyWeeks = new QSpinBox(this);
    m_everyWeeks->setObjectName(QStringLiteral("seriesEveryWeeks"));
    m_everyWeeks->setAccessibleName(tr("Every how many weeks"));
    m_everyWeeks->setRange(1, 52);
    auto *weekdays = new QHBoxLayout;
    const QLocale locale;
    for (int d = 1; d <= 7; ++d) {
        auto *box = new QCheckBox(locale.dayName(d, QLocale::ShortFormat), this);
        box->setObjectName(QStringLiteral("seriesWeekday%1").arg(d));
        box->setAccessibleName(locale.dayName(d));
        m_weekdays << box;
        weekdays->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &SeriesDialog::updatePreview);
    }
    m_anyPractitioner = new QCheckBox(tr("Any practitioner who offers the type"), this);
    m_anyPractitioner->setObjectName(QStringLiteral("seriesAnyPractitioner"));

    m_preview = new QTableWidget(0, ColumnCount, this);
    m_preview->setObjectName(QStringLiteral("seriesPreview"));
    m_preview->setAccessibleName(tr("Proposed sessions"));
    m_preview->setHorizontalHeaderLabels(
        {tr("No."), tr("Date"), tr("Time"), tr("Practitioner"), tr("Conflict / alternative")});
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->setSelectionMode(QAbstractItemView::SingleSelection);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->setMinimumWidth(m_preview->fontMetrics().averageCharWidth() * 90);
    // Four sessions at least stay readable when 150 % scaling leaves only 720 px of height.
    m_preview->setMinimumHeight(m_preview->fontMetrics().height() * 2 * 5);
    m_rowTime = new QDateTimeEdit(this);
    m_rowTime->setObjectName(QStringLiteral("seriesRowTime"));
    m_rowTime->setAccessibleName(tr("New time of the selected session"));
    m_rowTime->setDisplayFormat(QStringLiteral("ddd dd.MM.yyyy HH:mm"));
    m_rowTime->setDateTime(wallClock(startMs, m_zone)); // not Qt's 01.01.2000 before a choice
    m_adjust = new QPushButton(tr("&Change session"), this);
    m_adjust->setObjectName(QStringLiteral("seriesAdjustButton"));
    m_adjust->setAutoDefault(false);
    auto *adjustRow = new QHBoxLayout;
    adjustRow->addWidget(new QLabel(tr("Selected session:"), this));
    adjustRow->addWidget(m_rowTime);
    adjustRow->addWidget(m_adjust);
    adjustRow->addStretch();
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("seriesSummary"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("seriesError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("seriesButtons"));
    m_book = buttons->button(QDialogButtonBox::Ok);
    m_book->setObjectName(QStringLiteral("seriesBookButton"));
    m_book->setText(tr("&Book series"));
    m_book->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &SeriesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SeriesDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Patient:"), m_patient);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("P&ractitioner:"), m_practitioner);
    form->addRow(QString(), m_anyPractitioner);
    form->addRow(tr("&First session:"), m_start);
    form->addRow(tr("&Sessions:"), m_count);
    // A row of check boxes cannot be a buddy: without an explicit one the label would show
    // its "&" instead of underlining the mnemonic.
    auto *weekdaysLabel = new QLabel(tr("Week&days:"), this);
    weekdaysLabel->setBuddy(m_weekdays.first());
    form->addRow(weekdaysLabel, weekdays);
    form->addRow(tr("Every &N weeks:"), m_everyWeeks);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addLayout(adjustRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_practitioner, &QComboBox::currentIndexChanged, this, &SeriesDialog::updatePreview);
    connect(m_type, &QComboBox::currentIndexChanged, this, &SeriesDialog::updatePreview);
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, &SeriesDialog::updatePreview);
    connect(m_count, &QSpinBox::valueChanged, this, &SeriesDialog::updatePreview);
    connect(m_everyWeeks, &QSpinBox::valueChanged, this, &SeriesDialog::updatePreview);
    connect(m_anyPractitioner, &QCheckBox::toggled, this, &SeriesDialog::updatePreview);
    connect(m_preview, &QTableWidget::itemSelectionChanged, this,
            &SeriesDialog::selectedRowChanged);
    connect(m_adjust, &QPushButton::clicked, this, &SeriesDialog::adjustSelectedRow);
    connect(m_patient, &PatientPicker::changed, this, [this] { showRows(); });
    updatePreview();
    m_patient->setFocus();
}

QString SeriesDialog::errorText() const
{
    return m_error->text();
}

void SeriesDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

SeriesRequest SeriesDialog::request() const
{
    SeriesRequest r;
    r.practitionerId = m_practitioner->currentData().toLongLong();
    r.typeId = m_type->currentData().toLongLong();
    r.firstStartMs = instant(m_start, m_zone);
    r.count = m_count->value();
    r.everyWeeks = m_everyWeeks->value();
    r.anyPractitioner = m_anyPractitioner->isChecked();
    for (int d = 1; d <= 7; ++d) {
        if (m_weekdays.at(d - 1)->isChecked())
            r.weekdays << d;
    }
    return r;
}

void SeriesDialog::updatePreview()
{
    if (m_weekdays.size() < 7 || !m_preview)
        return; // still being built
    auto plan = SeriesPlanner(m_db, m_availability).plan(request());
    if (!plan) {
        m_rows.clear();
        showError(plan.error());
    } else {
        m_rows = plan.value();
        showError(QString());
    }
    showRows();
}

void SeriesDialog::showRows()
{
    QHash<qint64, QString> names;
    for (int i = 0; i < m_practitioner->count(); ++i)
        names.insert(m_practitioner->itemData(i).toLongLong(), m_practitioner->itemText(i));
    const int selected = m_preview->currentRow();
    const QSignalBlocker block(m_preview);
    m_preview->setRowCount(int(m_rows.size()));
    int conflicts = 0;
    int alternatives = 0;
    for (int row = 0; row < m_rows.size(); ++row) {
        const SeriesProposal &p = m_rows.at(row);
        const bool hasSlot = p.state != SeriesProposal::State::Conflict;
        const QDateTime start =
            QDateTime::fromMSecsSinceEpoch(hasSlot ? p.slot.startMs : p.wantedStartMs, m_zone);
        QString state;
        QColor colour;
        switch (p.state) {
        case SeriesProposal::State::Free:
            state = tr("free");
            break;
        case SeriesProposal::State::Alternative:
            state = tr("Alternative – %1").arg(p.conflict);
            colour = QColor(0xff, 0xf0, 0xc0);
            ++alternatives;
            break;
        case SeriesProposal::State::Conflict:
            state = tr("Conflict – %1").arg(p.conflict);
            colour = QColor(0xff, 0xd0, 0xd0);
            ++conflicts;
            break;
        }
        const QStringList cells{QString::number(row + 1),
                                QLocale().toString(start.date(), QStringLiteral("ddd dd.MM.yyyy")),
                                hasSlot ? start.toString(QStringLiteral("HH:mm")) : QString(),
                                names.value(p.practitionerId), state};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (colour.isValid())
                item->setBackground(colour);
            m_preview->setItem(row, c, item);
        }
    }
    m_preview->resizeColumnsToContents();
    if (selected >= 0 && selected < m_rows.size())
        m_preview->selectRow(selected);
    m_summary->setText(tr("%n session(s)", "", int(m_rows.size())) + QStringLiteral(" · ") +
                       tr("%n alternative(s)", "", alternatives) + QStringLiteral(" · ") +
                       tr("%n conflict(s)", "", conflicts));
    m_book->setEnabled(!m_rows.isEmpty() && conflicts == 0 && m_patient->patientId() >= 0);
    m_adjust->setEnabled(m_preview->currentRow() >= 0);
}

void SeriesDialog::selectedRowChanged()
{
    const int row = m_preview->currentRow();
    m_adjust->setEnabled(row >= 0);
    if (row < 0 || row >= m_rows.size())
        return;
    const SeriesProposal &p = m_rows.at(row);
    m_rowTime->setDateTime(wallClock(
        p.state == SeriesProposal::State::Conflict ? p.wantedStartMs : p.slot.startMs, m_zone));
}

void SeriesDialog::adjustSelectedRow()
{
    const int row = m_preview->currentRow();
    if (row < 0 || row >= m_rows.size())
        return;
    auto p = SeriesPlanner(m_db, m_availability)
                 .propose(request(), m_practitioner->currentData().toLongLong(),
                          instant(m_rowTime, m_zone));
    if (!p) {
        showError(p.error());
        return;
    }
    m_rows[row] = p.value();
    showError(QString());
    showRows();
    m_preview->setFocus();
}

void SeriesDialog::accept()
{
    const qint64 patientId = m_patient->patientId();
    if (patientId < 0) {
        showError(tr("Please choose a patient or enter a new patient's name."));
        return;
    }
    BookingRequest base;
    base.typeId = m_type->currentData().toLongLong();
    base.patientId = patientId;
    if (patientId == 0)
        base.newPatientName = m_patient->newName();
    QList<SeriesSession> sessions;
    for (const SeriesProposal &p : std::as_const(m_rows)) {
        if (!p.bookable()) {
            showError(tr("Session on %1 has no free time. Change it or shorten the series; "
                         "nothing was booked.")
                          .arg(p.date.toString(QStringLiteral("dd.MM.yyyy"))));
            return;
        }
        sessions << SeriesSession{p.practitionerId, p.slot.startMs};
    }
    auto booked = SeriesService(m_db, m_booking, m_availability.clock()).book(base, sessions);
    if (!booked) {
        showError(booked.error());
        updatePreview(); // someone may have booked meanwhile: show the current conflicts
        return;
    }
    m_booked = booked.value();
    QDialog::accept();
}

} // namespace empfang
