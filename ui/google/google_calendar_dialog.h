#pragma once

#include <QDialog>

#include <memory>

class QComboBox;
class QListWidget;
class QPushButton;

namespace empfang {

namespace Ui {
class GoogleCalendarDialog;
}

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
    ~GoogleCalendarDialog() override;

    QListWidget *busyList() const;
    QComboBox *bookingChooser() const;
    QString message() const;

    void accept() override;

private:
    void fill();
    void fetch();
    void showMessage(const QString &text, bool error);

    GoogleConnectionService &m_service;
    qint64 m_practitionerId;
    std::unique_ptr<Ui::GoogleCalendarDialog> m_ui; // the layout: google_calendar_dialog.ui
    QPushButton *m_reload = nullptr; // a custom button of the button box: Designer cannot add it
};

} // namespace empfang
