#pragma once

#include "domain/patient.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace empfang {

namespace Ui {
class PatientsDialog;
}

class BookingService;
class Clock;
class Database;
class TextRuleHint;

/// The patient file of the front desk: search as you type (name, birth date, phone), edit the
/// contact data (warning when it would duplicate another patient), the appointment history with
/// no-shows counted, and the GDPR actions — export (JSON + PDF), erase, retention period.
class PatientsDialog : public QDialog
{
    Q_OBJECT
public:
    PatientsDialog(Database &db, BookingService &booking, const Clock &clock,
                   QWidget *parent = nullptr);
    ~PatientsDialog() override;

    qint64 currentPatientId() const { return m_current.id; }
    QString statusText() const;
    /// Writes the export of the current patient into `folder` (the button asks for the folder).
    bool exportTo(const QString &folder);

public slots:
    void search(const QString &text);
    void save();
    void erase();

signals:
    void printCardRequested(qint64 patientId);
    void changed();

private:
    void select(int row);
    void showHistory();
    void updateSave();
    void setStatus(const QString &message, bool error = false);

    Database &m_db;
    BookingService &m_booking;
    const Clock &m_clock;
    QList<Patient> m_found;
    Patient m_current;
    bool m_duplicateConfirmed = false;
    std::unique_ptr<Ui::PatientsDialog> m_ui; // the layout: ui/patients/patients_dialog.ui
    // The form's widgets the search, the patient and the history are read from and written to.
    QLineEdit *m_search = nullptr;
    QTableWidget *m_results = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_birthDate = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QTableWidget *m_history = nullptr;
    QLabel *m_noShows = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
    QList<TextRuleHint *> m_hints; // name, phone, e-mail
    QPushButton *m_export = nullptr;
    QPushButton *m_erase = nullptr;
    QPushButton *m_print = nullptr;
    QSpinBox *m_retention = nullptr;
};

} // namespace empfang
