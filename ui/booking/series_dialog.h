#pragma once

#include "booking/series_planner.h"
#include "domain/appointment.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QPushButton;

namespace empfang {

namespace Ui {
class SeriesDialog;
}

class BookingService;
class PatientPicker;

/// Books a prescription ("Rezept") as a series: patient, type, first session, count, weekdays,
/// interval. The preview updates as the fields change and shows each date's conflict and the
/// nearest free alternative; a single row can be set to another time; Enter books all or nothing.
class SeriesDialog : public QDialog
{
    Q_OBJECT
public:
    SeriesDialog(Database &db, BookingService &booking, const AvailabilityService &availability,
                 qint64 practitionerId, qint64 typeId, qint64 startMs, QWidget *parent = nullptr);
    ~SeriesDialog() override;

    const QList<Appointment> &booked() const { return m_booked; }
    const QList<SeriesProposal> &proposals() const { return m_rows; }
    QString errorText() const;

public slots:
    void accept() override;
    void updatePreview();
    /// Sets the selected session to the time in the row editor (or its nearest free time).
    void adjustSelectedRow();

private:
    SeriesRequest request() const;
    void showRows();
    void showError(const QString &message);
    void selectedRowChanged();

    Database &m_db;
    BookingService &m_booking;
    const AvailabilityService &m_availability;
    QTimeZone m_zone;
    QList<SeriesProposal> m_rows;
    QList<Appointment> m_booked;
    // The layout is ui/booking/series_dialog.ui; the patient picker needs the database, so it is
    // built here and put into the form's first row.
    PatientPicker *m_patient = nullptr;
    std::unique_ptr<Ui::SeriesDialog> m_ui;
    QList<QCheckBox *> m_weekdays;
    QPushButton *m_book = nullptr;
};

} // namespace empfang
