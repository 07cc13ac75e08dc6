#include "booking/series_dialog.h"

#include "booking/booking_service.h"
#include "booking/patient_picker.h"
#include "booking/practice_directory.h"
#include "booking/series_service.h"
#include "booking/weekday_boxes.h"
#include "common/combo_fill.h"
#include "ui_series_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
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
      m_zone(PracticeDirectory(db).timeZone()),
      // Built before the form so that it comes first in the tab order.
      m_patient(new PatientPicker(db, QStringLiteral("series"), this)),
      m_ui(std::make_unique<Ui::SeriesDialog>())
{
    m_ui->setupUi(this);
    m_ui->form->setWidget(0, QFormLayout::FieldRole, m_patient);
    m_ui->patientLabel->setBuddy(m_patient);
    ComboFill::addPractitioners(m_ui->seriesPractitioner, db);
    ComboFill::select(m_ui->seriesPractitioner, practitionerId);
    ComboFill::addTypes(m_ui->seriesType, db, tr("%1 (%2 min)"));
    ComboFill::select(m_ui->seriesType, typeId);
    m_ui->seriesStart->setDateTime(wallClock(startMs, m_zone));
    m_ui->seriesRowTime->setDateTime(wallClock(startMs, m_zone)); // not Qt's 01.01.2000
    m_weekdays = {m_ui->seriesWeekday1, m_ui->seriesWeekday2, m_ui->seriesWeekday3,
                  m_ui->seriesWeekday4, m_ui->seriesWeekday5, m_ui->seriesWeekday6,
                  m_ui->seriesWeekday7};
    nameWeekdays(m_weekdays);
    QTableWidget *preview = m_ui->seriesPreview;
    preview->setMinimumWidth(preview->fontMetrics().averageCharWidth() * 90);
    // Four sessions at least stay readable when 150 % scaling leaves only 720 px of height.
    preview->setMinimumHeight(preview->fontMetrics().height() * 2 * 5);
    m_book = m_ui->seriesButtons->button(QDialogButtonBox::Ok);
    m_book->setObjectName(QStringLiteral("seriesBookButton"));
    m_book->setText(tr("&Book series"));
    m_book->setDefault(true);

    connect(m_ui->seriesButtons, &QDialogButtonBox::accepted, this, &SeriesDialog::accept);
    connect(m_ui->seriesButtons, &QDialogButtonBox::rejected, this, &SeriesDialog::reject);
    for (QCheckBox *box : std::as_const(m_weekdays))
        connect(box, &QCheckBox::toggled, this, &SeriesDialog::updatePreview);
    connect(m_ui->seriesPractitioner, &QComboBox::currentIndexChanged, this,
            &SeriesDialog::updatePreview);
    connect(m_ui->seriesType, &QComboBox::currentIndexChanged, this, &SeriesDialog::updatePreview);
    connect(m_ui->seriesStart, &QDateTimeEdit::dateTimeChanged, this, &SeriesDialog::updatePreview);
    connect(m_ui->seriesCount, &QSpinBox::valueChanged, this, &SeriesDialog::updatePreview);
    connect(m_ui->seriesEveryWeeks, &QSpinBox::valueChanged, this, &SeriesDialog::updatePreview);
    connect(m_ui->seriesAnyPractitioner, &QCheckBox::toggled, this, &SeriesDialog::updatePreview);
    connect(preview, &QTableWidget::itemSelectionChanged, this, &SeriesDialog::selectedRowChanged);
    connect(m_ui->seriesAdjustButton, &QPushButton::clicked, this,
            &SeriesDialog::adjustSelectedRow);
    connect(m_patient, &PatientPicker::changed, this, [this] { showRows(); });
    updatePreview();
    m_patient->setFocus();
}

SeriesDialog::~SeriesDialog() = default;

QString SeriesDialog::errorText() const
{
    return m_ui->seriesError->text();
}

void SeriesDialog::showError(const QString &message)
{
    m_ui->seriesError->setText(message);
    m_ui->seriesError->setVisible(!message.isEmpty());
}

SeriesRequest SeriesDialog::request() const
{
    SeriesRequest r;
    r.practitionerId = m_ui->seriesPractitioner->currentData().toLongLong();
    r.typeId = m_ui->seriesType->currentData().toLongLong();
    r.firstStartMs = instant(m_ui->seriesStart, m_zone);
    r.count = m_ui->seriesCount->value();
    r.everyWeeks = m_ui->seriesEveryWeeks->value();
    r.anyPractitioner = m_ui->seriesAnyPractitioner->isChecked();
    for (int d = 1; d <= 7; ++d) {
        if (m_weekdays.at(d - 1)->isChecked())
            r.weekdays << d;
    }
    return r;
}

void SeriesDialog::updatePreview()
{
    if (m_weekdays.size() < 7)
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
    for (int i = 0; i < m_ui->seriesPractitioner->count(); ++i)
        names.insert(m_ui->seriesPractitioner->itemData(i).toLongLong(),
                     m_ui->seriesPractitioner->itemText(i));
    const int selected = m_ui->seriesPreview->currentRow();
    const QSignalBlocker block(m_ui->seriesPreview);
    m_ui->seriesPreview->setRowCount(int(m_rows.size()));
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
            m_ui->seriesPreview->setItem(row, c, item);
        }
    }
    m_ui->seriesPreview->resizeColumnsToContents();
    if (selected >= 0 && selected < m_rows.size())
        m_ui->seriesPreview->selectRow(selected);
    m_ui->seriesSummary->setText(tr("%n session(s)", "", int(m_rows.size())) +
                                 QStringLiteral(" · ") + tr("%n alternative(s)", "", alternatives) +
                                 QStringLiteral(" · ") + tr("%n conflict(s)", "", conflicts));
    m_book->setEnabled(!m_rows.isEmpty() && conflicts == 0 && m_patient->patientId() >= 0);
    m_ui->seriesAdjustButton->setEnabled(m_ui->seriesPreview->currentRow() >= 0);
}

void SeriesDialog::selectedRowChanged()
{
    const int row = m_ui->seriesPreview->currentRow();
    m_ui->seriesAdjustButton->setEnabled(row >= 0);
    if (row < 0 || row >= m_rows.size())
        return;
    const SeriesProposal &p = m_rows.at(row);
    m_ui->seriesRowTime->setDateTime(wallClock(
        p.state == SeriesProposal::State::Conflict ? p.wantedStartMs : p.slot.startMs, m_zone));
}

void SeriesDialog::adjustSelectedRow()
{
    const int row = m_ui->seriesPreview->currentRow();
    if (row < 0 || row >= m_rows.size())
        return;
    auto p = SeriesPlanner(m_db, m_availability)
                 .propose(request(), m_ui->seriesPractitioner->currentData().toLongLong(),
                          instant(m_ui->seriesRowTime, m_zone));
    if (!p) {
        showError(p.error());
        return;
    }
    m_rows[row] = p.value();
    showError(QString());
    showRows();
    m_ui->seriesPreview->setFocus();
}

void SeriesDialog::accept()
{
    const qint64 patientId = m_patient->patientId();
    if (patientId < 0) {
        showError(tr("Please choose a patient or enter a new patient's name."));
        return;
    }
    BookingRequest base;
    base.typeId = m_ui->seriesType->currentData().toLongLong();
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
