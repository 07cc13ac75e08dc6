#pragma once

#include <QObject>
#include <QSizeF>

class QAction;
class QKeySequence;

namespace empfang {

class AppointmentOperations;
class AvailabilityService;
class BookingService;
class Clock;
class Database;
class MainWindow;

/// The front-desk workflows beyond one booking, wired into the main window: series, next free
/// slot list, patients, printing, audit log, the shortcut list and the retention cleanup at
/// start. Own class so MainWindow stays about navigation and the grid.
class FrontDesk : public QObject
{
    Q_OBJECT
public:
    FrontDesk(MainWindow *window, Database &db, const Clock &clock,
              const AvailabilityService &availability, BookingService &booking,
              AppointmentOperations *operations);

    /// The HTML of the last document sent to the print preview (test hook).
    QString lastDocumentHtml() const { return m_lastHtml; }
    /// The page size of the last preview, in millimetres (test hook).
    QSizeF lastPageSizeMm() const { return m_lastPageSizeMm; }

public slots:
    void openSeries();
    void openNextFree(qint64 typeId);
    void openPatients();
    void openAuditLog();
    void openShortcuts();
    void printCard(qint64 patientId);
    void printCurrentCard();
    void printDayList();
    void cancelFollowing();
    void moveFollowing();
    void runRetention();

signals:
    /// Something was stored: the grid should reload.
    void changed();

private:
    QAction *makeAction(const char *objectName, const QString &text, const QKeySequence &key);
    void preview(const QString &html, const QString &title, int format);
    void message(const QString &text);

    MainWindow *m_window;
    Database &m_db;
    const Clock &m_clock;
    const AvailabilityService &m_availability;
    BookingService &m_booking;
    AppointmentOperations *m_operations;
    QString m_lastHtml;
    QSizeF m_lastPageSizeMm;
};

} // namespace empfang
