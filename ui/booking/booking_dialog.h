#pragma once

#include "domain/appointment.h"
#include "domain/appointment_type.h"
#include "domain/practitioner.h"

#include <QDialog>
#include <QTimeZone>

#include <memory>

namespace empfang {

namespace Ui {
class BookingDialog;
}

class BookingService;
class Database;
class FreshCheck;
class SyncService;
class TextRuleHint;
struct BookingRequest;

/// Books one free slot: search a patient as you type (or type a new name), check the type,
/// press Enter. Errors stay in the dialog and nothing is changed.
class BookingDialog : public QDialog
{
    Q_OBJECT
public:
    BookingDialog(Database &db, BookingService &booking, const Practitioner &practitioner,
                  qint64 startMs, const QTimeZone &zone, const QList<AppointmentType> &types,
                  qint64 typeId, QWidget *parent = nullptr);
    ~BookingDialog() override;

    /// The stored appointment after a successful booking.
    const Appointment &booked() const { return m_booked; }
    QString errorText() const;
    /// With Google: re-check the slot against a fresh freeBusy answer before booking (null =
    /// book at once, as without Google).
    void setSyncService(SyncService *sync);
    /// After acceptance: what to tell about Google (e.g. "the calendar is updated later").
    QString syncNote() const { return m_syncNote; }
    bool isCheckingGoogle() const;

public slots:
    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search(const QString &text);
    void updateNewPatientFields();
    bool hintsOk() const;
    void showError(const QString &message);
    void commit(const BookingRequest &request);
    void checkGoogleThenCommit(const BookingRequest &request);

    Database &m_db;
    BookingService &m_booking;
    Practitioner m_practitioner;
    qint64 m_startMs;
    Appointment m_booked;
    bool m_duplicateConfirmed = false;       // the duplicate warning was shown for this input
    std::unique_ptr<Ui::BookingDialog> m_ui; // the layout: ui/booking/booking_dialog.ui
    SyncService *m_sync = nullptr;
    FreshCheck *m_freshCheck = nullptr;
    QString m_syncNote;
    QList<TextRuleHint *> m_hints; // patient name, phone, note
};

} // namespace empfang
