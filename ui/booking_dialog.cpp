#include "booking_dialog.h"

#include "app/fresh_check.h"
#include "booking/booking_service.h"
#include "combo_fill.h"
#include "patient_picker.h"
#include "placeholder_fit.h"
#include "storage/patient_duplicates.h"
#include "storage/patient_repository.h"
#include "storage/practitioner_repository.h"
#include "sync/sync_service.h"
#include "text_rule_hint.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

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
      m_startMs(startMs)
{
    setObjectName(QStringLiteral("bookingDialog"));
    setWindowTitle(tr("Book appointment"));

    const QDateTime start = QDateTime::fromMSecsSinceEpoch(startMs, zone);
    auto *when = new QLabel(
        tr("<b>%1, %2</b> with <b>%3</b>")
            .arg(QLocale().toString(start.date(), QStringLiteral("dddd, dd.MM.yyyy")),
                 start.time().toString(QStringLiteral("HH:mm")), practitioner.name.toHtmlEscaped()),
        this);
    when->setObjectName(QStringLiteral("bookingWhen"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("patientSearch"));
    m_search->setAccessibleName(tr("Search patient or new patient's name"));
    m_search->setPlaceholderText(tr("Name, birth date or phone – or a new patient's name"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    // Wide enough for the whole hint (and so for "name, born …, phone …" in the list below),
    // which a narrow dialog at 125 % / 150 % scaling would cut off.
    fitPlaceholder(m_search);

    m_patients = new QListWidget(this);
    m_patients->setObjectName(QStringLiteral("patientList"));
    m_patients->setAccessibleName(tr("Matching patients"));
    m_patients->setMinimumHeight(m_patients->fontMetrics().height() * 8);

    m_birthDate = new QLineEdit(this);
    m_birthDate->setObjectName(QStringLiteral("newPatientBirthDate"));
    m_birthDate->setAccessibleName(tr("Birth date of the new patient"));
    m_birthDate->setPlaceholderText(tr("DD.MM.YYYY (optional)"));
    fitPlaceholder(m_birthDate);
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("newPatientPhone"));
    m_phone->setAccessibleName(tr("Phone of the new patient"));
    m_phone->setPlaceholderText(tr("optional"));

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("bookingType"));
    m_type->setAccessibleName(tr("Appointment type"));
    ComboFill::addTypes(m_type, types, tr("%1 (%2 min)"));
    ComboFill::select(m_type, typeId);

    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("bookingNote"));
    m_note->setAccessibleName(tr("Note"));

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("bookingError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    m_checking = new QLabel(tr("Checking the Google calendar …"), this);
    m_checking->setObjectName(QStringLiteral("bookingGoogleCheck"));
    m_checking->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("bookingButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Book"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("bookButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BookingDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BookingDialog::reject);

    m_hints = {new TextRuleHint(m_search, TextRules::Kind::Name, this),
               new TextRuleHint(m_phone, TextRules::Kind::Name, this),
               new TextRuleHint(m_note, TextRules::Kind::Note, this)};
    for (TextRuleHint *hint : m_hints)
        connect(hint, &TextRuleHint::validityChanged, this, &BookingDialog::updateNewPatientFields);

    auto *form = new QFormLayout;
    form->addRow(tr("Patient:"), m_search);
    form->addRow(QString(), m_hints.at(0));
    form->addRow(QString(), m_patients);
    form->addRow(tr("Birth date (new patient):"), m_birthDate);
    form->addRow(tr("Phone (new patient):"), m_phone);
    form->addRow(QString(), m_hints.at(1));
    form->addRow(tr("Type:"), m_type);
    form->addRow(tr("Note:"), m_note);
    form->addRow(QString(), m_hints.at(2));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(when);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_checking);
    layout->addWidget(m_buttons);

    connect(m_search, &QLineEdit::textChanged, this, &BookingDialog::search);
    for (QLineEdit *e : {m_search, m_birthDate})
        connect(e, &QLineEdit::textChanged, this, [this] { m_duplicateConfirmed = false; });
    connect(m_patients, &QListWidget::currentItemChanged, this,
            &BookingDialog::updateNewPatientFields);
    connect(m_patients, &QListWidget::itemDoubleClicked, this, &BookingDialog::accept);
    search(QString());
    m_search->setFocus();
}

QString BookingDialog::errorText() const
{
    return m_error->text();
}

void BookingDialog::search(const QString &text)
{
    const QString error = PatientPicker::fill(m_patients, m_db, text, true, 50);
    if (!error.isEmpty())
        showError(error);
    updateNewPatientFields();
}

void BookingDialog::updateNewPatientFields()
{
    const QListWidgetItem *item = m_patients->currentItem();
    const bool isNew = item && item->data(kPatientIdRole).toLongLong() == 0;
    m_birthDate->setEnabled(isNew);
    m_phone->setEnabled(isNew);
    // Enabled without a choice too: Enter then says why nothing was booked. Not while a field
    // breaks an input rule: its hint says why.
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!isCheckingGoogle() && hintsOk());
}

bool BookingDialog::hintsOk() const
{
    return std::all_of(m_hints.cbegin(), m_hints.cend(),
                       [](const TextRuleHint *h) { return h->isOk(); });
}

void BookingDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
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
    const QListWidgetItem *item = m_patients->currentItem();
    if (!item) {
        showError(tr("No patient matches. Choose \"Create new patient\" in the list to add "
                     "one."));
        return;
    }
    BookingRequest request;
    request.practitionerId = m_practitioner.id;
    request.typeId = m_type->currentData().toLongLong();
    request.startMs = m_startMs;
    request.patientId = item->data(kPatientIdRole).toLongLong();
    request.note = m_note->text();
    if (request.patientId == 0) {
        request.newPatientName = m_search->text().simplified();
        request.newPatientPhone = m_phone->text();
        if (const QString birth = m_birthDate->text().trimmed(); !birth.isEmpty()) {
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
    auto minutes = PractitionerRepository(m_db).durationFor(request.practitionerId, request.typeId);
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
                m_checking->hide();
                m_buttons->button(QDialogButtonBox::Ok)->setEnabled(hintsOk());
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
    m_checking->show();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
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
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down) {
            const int row = m_patients->currentRow() + (key->key() == Qt::Key_Up ? -1 : 1);
            if (row >= 0 && row < m_patients->count())
                m_patients->setCurrentRow(row);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace empfang
