#pragma once

#include "domain/appointment_type.h"

#include <QDate>
#include <QMainWindow>

class QAction;
class QActionGroup;
class QComboBox;
class QDateEdit;
class QTimer;

namespace empfang {

class AppServices;
class AppointmentOperations;
class AvailabilityService;
class BookingService;
class Clock;
class Database;
class FrontDesk;
class GoogleConnectionService;
class GridLoader;
struct GridQuery;
struct GridResult;
class GoogleNoticeBar;
class LiveUpdates;
class ScheduleView;
class SettingsDialog;
class StorageNoticeBar;
class SyncController;
class SyncService;

/// The reception window: navigation, filters and the schedule grid; turns the grid's
/// requests into dialogs and BookingService calls.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// The window of the process's `services` (docs/ARCHITECTURE.md §1). When their Google
    /// stack is built (app/main.cpp builds it first), the window uses its connection service
    /// and sync, and the grid loads once, with Google's busy times.
    explicit MainWindow(AppServices &services, QWidget *parent = nullptr);

    ScheduleView *scheduleView() const { return m_view; }
    QDate date() const { return m_date; }
    void setDate(const QDate &date);
    void setWeekView(bool week);
    bool isWeekView() const;
    /// Reloads practitioners, types and the grid from the database.
    void reloadAll();
    /// The app's Google connection for the settings dialog and the notices (null = none).
    void setGoogleService(GoogleConnectionService *service);
    GoogleConnectionService *googleService() const { return m_google; }
    /// The app's Google sync (null = none: the grid shows local data only, as without Google).
    void setSyncService(SyncService *sync);
    SyncController *syncController() const { return m_syncUi; }
    /// Series, next free list, patients, printing, audit log, shortcuts (issue 5).
    FrontDesk *frontDesk() const { return m_frontDesk; }

public slots:
    /// Loads the grid now (the desk asked for this view or changed something: show it at once).
    void reload();
    /// Loads the grid off the GUI thread and shows it when ready, unless something else was
    /// loaded meanwhile; the old grid stays on screen until then. For reloads nobody at the
    /// desk is waiting for: Google's answers, other desks' bookings.
    void reloadInBackground();

private:
    void attachSync(SyncService *sync);
    GridQuery currentQuery() const;
    void checkStorage();
    void showGrid(GridResult result, bool decorate);
    void createActions();
    void createToolBarAndMenus();
    void reloadFilters();
    void updateActions();
    void updateUndo();
    void bookSlot(qint64 practitionerId, qint64 startMs);
    void showOperationResult(qint64 appointmentId, const QDate &date, const QString &message);
    void jumpToNextFree();
    /// Moves appointments one after the other (those in a new absence).
    void moveAppointments(const QList<qint64> &appointmentIds);
    void moveNextQueued();
    SettingsDialog *openSettings();
    QAction *makeAction(const char *objectName, const QString &text, const QKeySequence &key);

    Database &m_db;
    const Clock &m_clock;
    AvailabilityService &m_availability; // the services', shared with every dialog
    BookingService &m_booking;
    QDate m_date;
    QList<AppointmentType> m_types;
    ScheduleView *m_view = nullptr;
    GoogleNoticeBar *m_googleNotices = nullptr;
    StorageNoticeBar *m_storageNotices = nullptr;
    GoogleConnectionService *m_google = nullptr;
    AppointmentOperations *m_operations = nullptr;
    SyncController *m_syncUi = nullptr;
    GridLoader *m_loader = nullptr;
    FrontDesk *m_frontDesk = nullptr;
    QDateEdit *m_dateEdit = nullptr;
    QComboBox *m_practitionerFilter = nullptr;
    QComboBox *m_typeChooser = nullptr;
    QTimer *m_refreshTimer = nullptr;
    LiveUpdates *m_live = nullptr;
    QList<qint64> m_toMove;
    QActionGroup *m_viewModes = nullptr;
    QAction *m_today = nullptr;
    QAction *m_previousDay = nullptr;
    QAction *m_nextDay = nullptr;
    QAction *m_previousWeek = nullptr;
    QAction *m_nextWeek = nullptr;
    QAction *m_dayView = nullptr;
    QAction *m_weekView = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_book = nullptr;
    QAction *m_nextFree = nullptr;
    QAction *m_move = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_noShow = nullptr;
    QAction *m_reinstate = nullptr;
    QAction *m_attended = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_quit = nullptr;
};

} // namespace empfang
