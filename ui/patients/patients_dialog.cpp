#include "patients/patients_dialog.h"

#include "booking/booking_service.h"
#include "booking/patient_directory.h"
#include "booking/placeholder_fit.h"
#include "booking/text_rule_hint.h"
#include "common/message_box.h"
#include "documents/document_html.h"
#include "domain/status_text.h"
#include "pdf_writer.h"
#include "privacy/patient_erasure.h"
#include "privacy/patient_export.h"
#include "privacy/private_file.h"
#include "privacy/retention_policy.h"
#include "storage/patient_duplicates.h"
#include "ui_patients_dialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QTableWidget>

namespace empfang {

namespace {

QString germanDateTime(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toString(QStringLiteral("dd.MM.yyyy HH:mm"));
}

} // namespace

PatientsDialog::PatientsDialog(Database &db, BookingService &booking, const Clock &clock,
                               QWidget *parent)
    : QDialog(parent), m_db(db), m_booking(booking), m_clock(clock),
      m_ui(std::make_unique<Ui::PatientsDialog>())
{
    m_ui->setupUi(this);
    m_search = m_ui->patientsSearch;
    m_results = m_ui->patientsResults;
    m_name = m_ui->patientName;
    m_birthDate = m_ui->patientBirthDate;
    m_phone = m_ui->patientPhone;
    m_email = m_ui->patientEmail;
    m_history = m_ui->patientHistory;
    m_noShows = m_ui->patientNoShows;
    m_status = m_ui->patientsStatus;
    m_save = m_ui->patientSaveButton;
    m_print = m_ui->patientPrintButton;
    m_export = m_ui->patientExportButton;
    m_erase = m_ui->patientEraseButton;
    m_retention = m_ui->retentionYears;
    fitPlaceholder(m_search);
    fitPlaceholder(m_birthDate);
    m_retention->setValue(RetentionPolicy(db).years());

    m_hints = {new TextRuleHint(m_name, TextRules::Kind::Name, this),
               new TextRuleHint(m_phone, TextRules::Kind::Name, this),
               new TextRuleHint(m_email, TextRules::Kind::Name, this)};
    for (TextRuleHint *hint : m_hints)
        connect(hint, &TextRuleHint::validityChanged, this, &PatientsDialog::updateSave);
    // Each hint in the row under its field: name, phone, e-mail.
    m_ui->form->insertRow(1, QString(), m_hints.at(0));
    m_ui->form->insertRow(4, QString(), m_hints.at(1));
    m_ui->form->insertRow(6, QString(), m_hints.at(2));
    connect(m_ui->patientsButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(fontMetrics().averageCharWidth() * 100, fontMetrics().height() * 40);

    connect(m_search, &QLineEdit::textChanged, this, &PatientsDialog::search);
    connect(m_results, &QTableWidget::currentCellChanged, this, [this](int row) { select(row); });
    connect(m_save, &QPushButton::clicked, this, &PatientsDialog::save);
    connect(m_erase, &QPushButton::clicked, this, &PatientsDialog::erase);
    connect(m_print, &QPushButton::clicked, this,
            [this] { emit printCardRequested(m_current.id); });
    connect(m_export, &QPushButton::clicked, this, [this] {
        auto *chooser = new QFileDialog(this, tr("Export patient data to folder"));
        chooser->setObjectName(QStringLiteral("exportFolderDialog"));
        chooser->setFileMode(QFileDialog::Directory);
        chooser->setAttribute(Qt::WA_DeleteOnClose);
        connect(chooser, &QFileDialog::fileSelected, this, &PatientsDialog::exportTo);
        chooser->open();
    });
    connect(m_retention, &QSpinBox::valueChanged, this, [this](int years) {
        if (Status s = RetentionPolicy(m_db).setYears(years); !s)
            setStatus(s.error(), true);
    });
    for (QLineEdit *e : {m_name, m_birthDate, m_phone, m_email})
        connect(e, &QLineEdit::textEdited, this, [this] { m_duplicateConfirmed = false; });
    search(QString());
    m_search->setFocus();
}

PatientsDialog::~PatientsDialog() = default;

QString PatientsDialog::statusText() const
{
    return m_status->text();
}

void PatientsDialog::setStatus(const QString &message, bool error)
{
    m_status->setText(message);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void PatientsDialog::search(const QString &text)
{
    auto found = PatientDirectory(m_db).search(text, 100);
    if (!found) {
        setStatus(found.error(), true);
        return;
    }
    m_found = found.value();
    const QSignalBlocker block(m_results);
    m_results->setRowCount(int(m_found.size()));
    for (int row = 0; row < m_found.size(); ++row) {
        const Patient &p = m_found.at(row);
        const QStringList cells{
            p.name,
            p.birthDate.isValid() ? p.birthDate.toString(QStringLiteral("dd.MM.yyyy")) : QString(),
            p.phone, p.email};
        for (int c = 0; c < cells.size(); ++c)
            m_results->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
    m_results->resizeColumnsToContents();
    if (!m_found.isEmpty())
        m_results->setCurrentCell(0, 0);
    select(m_found.isEmpty() ? -1 : 0);
}

void PatientsDialog::select(int row)
{
    m_current = row >= 0 && row < m_found.size() ? m_found.at(row) : Patient{};
    m_duplicateConfirmed = false;
    m_name->setText(m_current.name);
    m_birthDate->setText(m_current.birthDate.isValid()
                             ? m_current.birthDate.toString(QStringLiteral("dd.MM.yyyy"))
                             : QString());
    m_phone->setText(m_current.phone);
    m_email->setText(m_current.email);
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_birthDate, m_phone, m_email,
                                                       m_save, m_print, m_export, m_erase})
        w->setEnabled(m_current.id != 0);
    updateSave();
    showHistory();
}

void PatientsDialog::updateSave()
{
    const bool fieldsOk = std::all_of(m_hints.cbegin(), m_hints.cend(),
                                      [](const TextRuleHint *h) { return h->isOk(); });
    m_save->setEnabled(m_current.id != 0 && fieldsOk);
}

void PatientsDialog::showHistory()
{
    m_history->setRowCount(0);
    m_noShows->clear();
    if (m_current.id == 0)
        return;
    auto exported = PatientExport(m_db).collect(m_current.id, m_clock.nowMs());
    if (!exported) {
        setStatus(exported.error(), true);
        return;
    }
    const QJsonArray list = exported->value(QStringLiteral("appointments")).toArray();
    m_history->setRowCount(int(list.size()));
    int noShows = 0;
    // Newest first: the desk asks about the last visits, not the first ones.
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject a = list.at(list.size() - 1 - i).toObject();
        const QString status = a.value(QStringLiteral("status")).toString();
        noShows += status == QLatin1String("no_show") ? 1 : 0;
        const QString statusText = StatusText::ofKey(status);
        const QStringList cells{germanDateTime(a.value(QStringLiteral("start")).toString()),
                                a.value(QStringLiteral("practitioner")).toString(),
                                a.value(QStringLiteral("type")).toString(), statusText};
        for (int c = 0; c < cells.size(); ++c)
            m_history->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    m_history->resizeColumnsToContents();
    m_noShows->setText(tr("%n appointment(s)", "", int(list.size())) + QStringLiteral(", ") +
                       tr("%n no-show(s)", "", noShows));
}

void PatientsDialog::save()
{
    if (m_current.id == 0 || !m_save->isEnabled())
        return; // a hint under a field says why
    Patient p = m_current;
    p.name = m_name->text().simplified();
    p.phone = m_phone->text().trimmed();
    p.email = m_email->text().trimmed();
    p.birthDate = QDate();
    if (const QString birth = m_birthDate->text().trimmed(); !birth.isEmpty()) {
        p.birthDate = QDate::fromString(birth, QStringLiteral("dd.MM.yyyy"));
        if (!p.birthDate.isValid()) {
            setStatus(tr("The birth date \"%1\" is not a date like 31.12.1980. Nothing was "
                         "saved.")
                          .arg(birth),
                      true);
            return;
        }
    }
    auto twins = PatientDuplicates::find(m_db, p.name, p.birthDate, p.id);
    if (twins && !twins->isEmpty() && !m_duplicateConfirmed) {
        // Warn, do not forbid: twins with the same name exist. A second Save confirms.
        m_duplicateConfirmed = true;
        setStatus(tr("Another patient has the same name and birth date (number %1). Is it the "
                     "same person? Press Save again to keep both.")
                      .arg(twins->first().id),
                  true);
        return;
    }
    if (Status s = PatientDirectory(m_db).update(p); !s) {
        setStatus(s.error(), true);
        return;
    }
    setStatus(tr("Saved."));
    const QString text = m_search->text();
    const qint64 id = p.id;
    search(text);
    for (int row = 0; row < m_found.size(); ++row) {
        if (m_found.at(row).id == id)
            m_results->setCurrentCell(row, 0);
    }
    emit changed();
}

bool PatientsDialog::exportTo(const QString &folder)
{
    if (m_current.id == 0)
        return false;
    PatientExport exporter(m_db);
    auto exported = exporter.collect(m_current.id, m_clock.nowMs());
    if (!exported) {
        setStatus(exported.error(), true);
        return false;
    }
    const QDir dir(folder);
    const QString base = dir.filePath(QStringLiteral("patient-%1").arg(m_current.id));
    QSaveFile json(base + QStringLiteral(".json"));
    if (!openPrivate(json) ||
        json.write(QJsonDocument(exported.value()).toJson(QJsonDocument::Indented)) < 0 ||
        !json.commit()) {
        setStatus(
            tr("The file \"%1\" cannot be written: %2").arg(json.fileName(), json.errorString()),
            true);
        return false;
    }
    if (Status s = PdfWriter::write(DocumentHtml::patientExport(exported.value()),
                                    base + QStringLiteral(".pdf"), tr("Patient data"));
        !s) {
        setStatus(s.error(), true);
        return false;
    }
    if (Status s = exporter.recordExport(m_current.id, m_clock.nowMs()); !s) {
        setStatus(s.error(), true);
        return false;
    }
    setStatus(tr("Exported to %1.json and %1.pdf.").arg(base));
    return true;
}

void PatientsDialog::erase()
{
    if (m_current.id == 0)
        return;
    if (!MessageBox::confirm(this, tr("Erase patient"),
                             tr("Erase %1 for good? Future appointments are cancelled, past ones "
                                "are kept only as anonymous statistics. This cannot be undone.")
                                 .arg(m_current.name),
                             tr("Erase")))
        return;
    auto erased = PatientErasure(m_db, m_booking, m_clock).erase(m_current.id);
    if (!erased) {
        setStatus(erased.error(), true);
        return;
    }
    search(m_search->text());
    setStatus(tr("Patient erased: %1 future appointment(s) cancelled, %2 kept as anonymous "
                 "statistics.")
                  .arg(erased->cancelled)
                  .arg(erased->anonymised));
    emit changed();
}

} // namespace empfang
