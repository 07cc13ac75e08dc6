#include "booking/booking_dialog.h"

#include "app/fresh_check.h"
#include "booking/booking_service.h"
#include "booking/patient_picker.h"
#include "booking/placeholder_fit.h"
#include "booking/practice_directory.h"
#include "booking/text_rule_hint.h"
#include "common/combo_fill.h"
#include "patient_picker.h"
#include "placeholder_fit.h"
#include "storage/patient_duplicates.h"
#include "sync/sync_service.h"
#include "ui_booking_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>

#include <algorithm>

namespace empfang {

namespace {

// Item data (PatientPicker::fill): 0 marks the "create a new patient" entry, else a patient id.
constexpr int kPatientIdRole = Qt::UserRole;

} // namespace

BookingDialog::BookingDialog(Database &db, BookingService &booking,
                             const Practitioner &practitioner, qint64 startMs,
                             const QTimeZone &zone, const QList<AppointmentType> &types,
                             qint64 typeId, QWidget *parent)
    : QDialog(parent), m_db(db), m_booking(booking), m_practitioner(practitioner),
      m_startMs(startMs), m_ui(std::make_unique<Ui::BookingDialog>())
{
    m_ui->setupUi(this);
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(startMs, zone);
    m_ui->bookingWhen->setText(
        tr("<b>%1, %2</b> with <b>%3</b>")
            .arg(QLocale().toString(start.date(), QStringLiteral("dddd, dd.MM.yyyy")),
                 start.time().toString(QStringLiteral("HH:mm")),
                 practitioner.name.toHtmlEscaped()));
    m_ui->patientSearch->installEventFilter(this);
    // Wide enough for the whole hint (and so for "name, born …, phone …" in the list below),
    // which a narrow dialog at 125 % / 150 % scaling would cut off.
    fitPlaceholder(m_ui->patientSearch);
    fitPlaceholder(m_ui->newPatientBirthDate);
    m_ui->patientList->setMinimumHeight(m_ui->patientList->fontMetrics().height() * 8);
    ComboFill::addTypes(m_ui->bookingType, types, tr("%1 (%2 min)"));
    ComboFill::select(m_ui->bookingType, typeId);
    QPushButton *book = m_ui->bookingButtons->button(QDialogButtonBox::Ok);
    book->setText(tr("Book"));
    book->setObjectName(QStringLiteral("bookButton"));
    // The sentence of the input rules under the patient's name, the phone and the note, each in
    // a row of its own below its field.
    m_hints = {new TextRuleHint(m_ui->patientSearch, TextRules::Kind::Name, this),
               new TextRuleHint(m_ui->newPatientPhone, TextRules::Kind::Name, this),
               new TextRuleHint(m_ui->bookingNote, TextRules::Kind::Note, this)};
    m_ui->form->insertRow(1, QString(), m_hints.at(0));
    m_ui->form->insertRow(5, QString(), m_hints.at(1));
    m_ui->form->insertRow(8, QString(), m_hints.at(2));

    connect(m_ui->bookingButtons, &QDialogButtonBox::accepted, this, &BookingDialog::accept);
    connect(m_ui->bookingButtons, &QDialogButtonBox::rejected, this, &BookingDialog::reject);
    for (TextRuleHint *hint : std::as_const(m_hints))
        connect(hint, &TextRuleHint::validityChanged, this, &BookingDialog::updateNewPatientFields);
    connect(m_ui->patientSearch, &QLineEdit::textChanged, this, &BookingDialog::search);
    for (QLineEdit *e : {m_ui->patientSearch, m_ui->newPatientBirthDate})
        connect(e, &QLineEdit::textChanged, this, [this] { m_duplicateConfirmed = false; });
    connect(m_ui->patientList, &QListWidget::currentItemChanged, this,
            &BookingDialog::updateNewPatientFields);
    connect(m_ui->patientList, &QListWidget::itemDoubleClicked, this, &BookingDialog::accept);
    search(QString());
    m_ui->patientSearch->setFocus();
}

BookingDialog::~BookingDialog() = default;

QString BookingDialog::errorText() const
{
    return m_ui->bookingError->text();
}

void BookingDialog::search(const QString &text)
{
    const QString error = PatientPicker::fill(m_ui->patientList, m_db, text, true, 50);
    if (!error.isEmpty())
        showError(error);
    updateNewPatientFields();
}

void BookingDialog::updateNewPatientFields()
{
    const QListWidgetItem *item = m_ui->patientList->currentItem();
    const bool isNew = item && item->data(kPatientIdRole).toLongLong() == 0;
    m_ui->newPatientBirthDate->setEnabled(isNew);
    m_ui->newPatientPhone->setEnabled(isNew);
    // Enabled without a choice too: Enter then says why nothing was booked. Not while a field
    // breaks an input rule: its hint says why.
    m_ui->bookingButtons->button(QDialogButtonBox::Ok)
        ->setEnabled(!isCheckingGoogle() && hintsOk());
}

bool BookingDialog::hintsOk() const
{
    return std::all_of(m_hints.cbegin(), m_hints.cend(),
                       [](const TextRuleHint *h) { return h->isOk(); });
}

void BookingDialog::showError(const QString &message)
{
    m_ui->bookingError->setText(message);
    m_ui->bookingError->setVisible(!message.isEmpty());
}

void BookingDialog::setSyncService(SyncService *sync)
{
    m_sync = sync;
}

bool BookingDialog::isCheckingGoogle() const
{
    return m_freshCheck && m_freshCheck->isRunning();
}

void BookingDialog::accept()
{
    if (isCheckingGoogle())
        return; // Enter again while Google is asked: the answer decides
    if (!hintsOk())
        return; // the hint under the field says why; nothing is booked
    const QListWidgetItem *item = m_ui->patientList->currentItem();
    if (!item) {
        showError(tr("No patient matches. Choose \"Create new patient\" in the list to add "
                     "one."));
        return;
    }
    BookingRequest request;
    request.practitionerId = m_practitioner.id;
    request.typeId = m_ui->bookingType->currentData().toLongLong();
    request.startMs = m_startMs;
    request.patientId = item->data(kPatientIdRole).toLongLong();
    request.note = m_ui->bookingNote->text();
    if (request.patientId == 0) {
        request.newPatientName = m_ui->patientSearch->text().simplified();
        request.newPatientPhone = m_ui->newPatientPhone->text();
        if (const QString birth = m_ui->newPatientBirthDate->text().trimmed(); !birth.isEmpty()) {
            request.newPatientBirthDate = QDate::fromString(birth, QStringLiteral("dd.MM.yyyy"));
            if (!request.newPatientBirthDate.isValid()) {
                showError(tr("The birth date \"%1\" is not a date like 31.12.1980. "
                             "Nothing was booked.")
                              .arg(birth));
                return;
            }
        }
        // Same name and birth date as someone on file: most likely the same person, whose
        // history would be split. Warn once; Enter again books a new patient anyway.
        auto twins =
            PatientDuplicates::find(m_db, request.newPatientName, request.newPatientBirthDate);
        if (twins && !twins->isEmpty() && !m_duplicateConfirmed) {
            m_duplicateConfirmed = true;
            showError(tr("A patient with this name and birth date already exists (number %1). "
                         "Choose them from the list, or press Book again to create a new "
                         "patient anyway.")
                          .arg(twins->first().id));
            return;
        }
    }
    if (FreshCheck::applies(m_sync, request.practitionerId))
        checkGoogleThenCommit(request);
    else
        commit(request);
}

void BookingDialog::checkGoogleThenCommit(const BookingRequest &request)
{
    auto minutes = PracticeDirectory(m_db).durationFor(request.practitionerId, request.typeId);
    if (!minutes) {
        showError(minutes.error());
        return;
    }
    const Interval span{request.startMs, request.startMs + qint64(minutes.value()) * kMinuteMs};
    // One check per attempt: the request (patient, type) may differ from the last one.
    if (m_freshCheck)
        m_freshCheck->deleteLater();
    m_freshCheck = new FreshCheck(*m_sync, this);
    connect(m_freshCheck, &FreshCheck::finished, this,
            [this, request](FreshCheck::Outcome outcome) {
                m_ui->bookingGoogleCheck->hide();
                m_ui->bookingButtons->button(QDialogButtonBox::Ok)->setEnabled(hintsOk());
                if (outcome == FreshCheck::Outcome::Taken) {
                    showError(tr("This time is now taken in the practitioner's Google "
                                 "calendar. Nothing was booked – please choose another time."));
                    return;
                }
                if (outcome == FreshCheck::Outcome::Unchecked)
                    m_syncNote = tr("Google could not be asked just now; the calendar will be "
                                    "updated later.");
                commit(request);
            });
    showError(QString());
    m_ui->bookingGoogleCheck->show();
    m_ui->bookingButtons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_freshCheck->start(request.practitionerId, span);
}

void BookingDialog::commit(const BookingRequest &request)
{
    auto result = m_booking.book(request);
    if (!result) {
        showError(result.error());
        return;
    }
    m_booked = result.value();
    showError(QString());
    QDialog::accept();
}

bool BookingDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Up/Down in the search field walk the result list, so the hand stays on the keyboard.
    if (watched == m_ui->patientSearch && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down) {
            const int row = m_ui->patientList->currentRow() + (key->key() == Qt::Key_Up ? -1 : 1);
            if (row >= 0 && row < m_ui->patientList->count())
                m_ui->patientList->setCurrentRow(row);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace empfang
