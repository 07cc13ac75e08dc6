#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace empfang {

class GoogleConnectionService;

/// Which of a practitioner's Google calendars count as busy (several) and which receives the
/// appointments booked here (one, writable). The list comes from Google's calendarList and is
/// fetched in the background when missing or on request.
class GoogleCalendarDialog : public QDialog
{
    Q_OBJECT
public:
    GoogleCalendarDialog(GoogleConnectionService &service, qint64 practitionerId,
                         const QString &practitionerName, QWidget *parent = nullptr);

    QListWidget *busyList() const { return m_busy; }
    QComboBox *bookingChooser() const { return m_booking; }
    QString message() const;

    void accept() override;

private:
    void fill();
    void fetch();
    void showMessage(const QString &text, bool error);

    GoogleConnectionService &m_service;
    qint64 m_practitionerId;
    QListWidget *m_busy = nullptr;
    QComboBox *m_booking = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_reload = nullptr;
};

} // namespace empfang
