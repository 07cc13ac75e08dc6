#pragma once

#include "booking/series_planner.h"
#include "domain/appointment.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace empfang {

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
    PatientPicker *m_patient = nullptr;
    QComboBox *m_practitioner = nullptr;
    QComboBox *m_type = nullptr;
    QDateTimeEdit *m_start = nullptr;
    QSpinBox *m_count = nullptr;
    QSpinBox *m_everyWeeks = nullptr;
    QList<QCheckBox *> m_weekdays;
    QCheckBox *m_anyPractitioner = nullptr;
    QTableWidget *m_preview = nullptr;
    QDateTimeEdit *m_rowTime = nullptr;
    QPushButton *m_adjust = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_book = nullptr;
};

} // namespace empfang
