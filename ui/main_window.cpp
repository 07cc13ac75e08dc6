#include "main_window.h"

#include "app/app_services.h"
#include "booking/appointment_directory.h"
#include "booking/appointment_operations.h"
#include "booking/front_desk.h"
#include "booking/practice_directory.h"
#include "booking/undo_history.h"
#include "common/combo_fill.h"
#include "common/diagnostics_action.h"
#include "common/live_updates.h"
#include "common/storage_notice_bar.h"
#include "google/google_connection_service.h"
#include "google/google_notice_bar.h"
#include "google/sync_controller.h"
#include "schedule/grid_loader.h"
#include "schedule/schedule_days.h"
#include "schedule/schedule_view.h"
#include "settings/settings_dialog.h"
#include "storage/change_feed.h"
#include "sync/sync_service.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QScreen>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace empfang {

namespace {

// Other desks book too: reload now and then so the grid does not go stale.
constexpr int kRefreshIntervalMs = 60 * 1000;

} // namespace

MainWindow::MainWindow(AppServices &services, QWidget *parent)
    : QMainWindow(parent), m_db(services.db()), m_clock(services.clock()),
      m_availability(services.availability()), m_booking(services.booking())
{
    Database &db = m_db;
    const Clock &clock = m_clock;
    GoogleStack *google = services.googleIfBuilt();
    setObjectName(QStringLiteral("mainWindow"));
    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralArea"));
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    m_googleNotices = new GoogleNoticeBar(db, central);
    m_view = new ScheduleView(central);
    m_syncUi = new SyncController(db, m_view, this);
    m_storageNotices = new StorageNoticeBar(db, central);
    column->addWidget(m_storageNotices);
    column->addWidget(m_googleNotices);
    column->addWidget(m_syncUi->noticeBar());
    column->addWidget(m_view, 1);
    setCentralWidget(central);
    connect(m_googleNotices, &GoogleNoticeBar::reconnectRequested, this,
            [this](qint64 id) { openSettings()->showGoogleTab(id); });
    statusBar()->setObjectName(QStringLiteral("statusBar"));

    createActions();
    createToolBarAndMenus();
    m_view->setAppointmentActions(
        QList<QAction *>{m_move, m_cancel, m_noShow, m_reinstate, m_attended} +
        m_syncUi->appointmentActions());
    m_view->setSlotActions({m_book});
    connect(m_view, &ScheduleView::slotActivated, this, &MainWindow::bookSlot);
    connect(m_view, &ScheduleView::currentChanged, this, &MainWindow::updateActions);
    connect(m_view, &ScheduleView::statusMessage, statusBar(), [this](const QString &text) {
        if (text.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(text);
    });
    connect(m_view, &ScheduleView::dayStepRequested, this,
            [this](int days, qint64 practitionerId, int minute) {
                const QDate target =
                    m_view->data().days.isEmpty()
                        ? m_date.addDays(days)
                        : (days > 0 ? m_view->data().days.last() : m_view->data().days.first())
                              .addDays(days);
                setDate(target);
                // The week may skip idle weekends: the nearest day shown in that direction.
                for (int i = 0; i < 7; ++i) {
                    if (m_view->moveCursorNear(practitionerId, target.addDays(days * i), minute))
                        break;
                }
            });
    m_operations = new AppointmentOperations(db, m_booking, m_view, this);
    connect(m_view, &ScheduleView::appointmentDropped, m_operations,
            &AppointmentOperations::moveByDrop);
    connect(m_operations->undoHistory(), &UndoHistory::changed, this, &MainWindow::updateUndo);
    connect(m_operations, &AppointmentOperations::moveDialogClosed, this,
            &MainWindow::moveNextQueued);
    connect(m_undo, &QAction::triggered, m_operations, &AppointmentOperations::undo);
    connect(m_reinstate, &QAction::triggered, m_operations,
            &AppointmentOperations::reinstateCurrent);
    connect(m_attended, &QAction::triggered, m_operations,
            &AppointmentOperations::markCurrentAttended);
    // The last change can be taken back from the status bar as well as by Ctrl+Z.
    auto *undoButton = new QToolButton(statusBar());
    undoButton->setObjectName(QStringLiteral("undoButton"));
    undoButton->setDefaultAction(m_undo);
    undoButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    undoButton->setAutoRaise(true); // no frame: the status bar keeps its height for the grid
    statusBar()->addPermanentWidget(undoButton);
    updateUndo();
    // A change at the desk goes to Google at once, not at the next poll — and first: the
    // request is on its way while the grid reloads (connected before the reload).
    connect(m_operations, &AppointmentOperations::done, m_syncUi, &SyncController::pushNow);
    connect(m_operations, &AppointmentOperations::done, this, &MainWindow::showOperationResult);
    // Google's answers arrive while the desk works: the grid catches up off the GUI thread.
    m_loader = new GridLoader(services.background(), this);
    connect(m_loader, &GridLoader::loaded, this, [this](const GridResult &result) {
        // Discarded if the desk moved on meanwhile (that view was loaded by reload()).
        if (result.query == currentQuery())
            showGrid(result, false);
    });
    connect(m_loader, &GridLoader::failed, this, &MainWindow::reload);
    connect(m_syncUi, &SyncController::reloadRequested, this, &MainWindow::reloadInBackground);
    connect(m_syncUi, &SyncController::showAppointmentRequested, this,
            [this](qint64 id, const QDate &date) { showOperationResult(id, date, QString()); });
    connect(m_syncUi, &SyncController::message, statusBar(),
            [this](const QString &message) { statusBar()->showMessage(message); });
    for (auto signal : {&AppointmentOperations::failed, &AppointmentOperations::progress})
        connect(m_operations, signal, statusBar(),
                [this](const QString &message) { statusBar()->showMessage(message); });
    m_frontDesk = new FrontDesk(this, db, clock, m_availability, m_booking, m_operations);
    connect(m_frontDesk, &FrontDesk::changed, m_syncUi, &SyncController::pushNow);
    connect(m_frontDesk, &FrontDesk::changed, this, &MainWindow::reload);
    // After FrontDesk, which creates the Help menu this joins.
    DiagnosticsAction::install(*this, db);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setObjectName(QStringLiteral("refreshTimer"));
    m_refreshTimer->setInterval(kRefreshIntervalMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &MainWindow::reloadInBackground);
    m_refreshTimer->start();
    m_live = new LiveUpdates(db, this);
    // Off the GUI thread: another desk's change is not worth a stall at this one.
    connect(m_live, &LiveUpdates::reloadNeeded, this, &MainWindow::reloadInBackground);
    connect(m_live, &LiveUpdates::failed, m_storageNotices, &StorageNoticeBar::refresh);
    connect(m_live, &LiveUpdates::setupChanged, this, &MainWindow::reloadAll);
    // Bookings made at other desks for practitioners this desk syncs go to Google from here.
    connect(m_live, &LiveUpdates::changed, this, [this](const Change &change) {
        if (SyncService *service = m_syncUi->service())
            service->onChange(change);
    });
    connect(m_storageNotices, &StorageNoticeBar::reconnected, this, &MainWindow::reloadAll);

    m_date = ScheduleDays::start(m_db, m_clock.nowMs());
    m_dateEdit->setDate(m_date);
    if (SyncService *sync = google ? google->syncIfBuilt() : nullptr)
        attachSync(sync);
    if (google)
        setGoogleService(&google->connections());
    reloadAll();
    m_view->setFocus();
    // The grid wants all the room there is; a window manager may still maximise it.
    resize(screen() ? screen()->availableGeometry().size()
                    : QSize(m_view->fontMetrics().averageCharWidth() * 200,
                            m_view->fontMetrics().height() * 60));
}

void MainWindow::setDate(const QDate &date)
{
    if (!date.isValid() || date == m_date)
        return;
    m_date = date;
    const QSignalBlocker block(m_dateEdit);
    m_dateEdit->setDate(date);
    reload();
}

void MainWindow::setWeekView(bool week)
{
    (week ? m_weekView : m_dayView)->setChecked(true);
    reload();
}

bool MainWindow::isWeekView() const
{
    return m_weekView->isChecked();
}

void MainWindow::reloadFilters()
{
    const QVariant practitioner = m_practitionerFilter->currentData();
    const QVariant type = m_typeChooser->currentData();
    const QSignalBlocker blockPractitioners(m_practitionerFilter);
    const QSignalBlocker blockTypes(m_typeChooser);
    m_practitionerFilter->clear();
    m_practitionerFilter->addItem(tr("All practitioners"), 0);
    ComboFill::addPractitioners(m_practitionerFilter, m_db);
    ComboFill::select(m_practitionerFilter, practitioner);
    m_typeChooser->clear();
    m_types.clear();
    if (auto list = PracticeDirectory(m_db).types())
        m_types = list.value();
    ComboFill::addTypes(m_typeChooser, m_types, tr("%1 (%2 min)"));
    if (m_types.isEmpty())
        m_typeChooser->addItem(tr("(no appointment types yet)"), 0);
    ComboFill::select(m_typeChooser, type);
    // Qt adds the application's display name ("… — Empfang"): the practice's name is enough.
    setWindowTitle(PracticeDirectory(m_db).settings().name);
}

void MainWindow::reloadAll()
{
    reloadFilters();
    reload();
}

GridQuery MainWindow::currentQuery() const
{
    return {ScheduleDays::visible(m_date, isWeekView()),
            m_practitionerFilter->currentData().toLongLong(),
            m_typeChooser->currentData().toLongLong()};
}

void MainWindow::checkStorage()
{
    // A read that met a damaged page may give a wrong grid: check the file (rare) and say so.
    if (m_db.damageSuspected() && !m_db.isDamaged())
        m_db.checkIntegrity();
    m_storageNotices->refresh();
}

void MainWindow::reload()
{
    checkStorage();
    m_loader->cancel(); // a background load in flight answers an older question
    showGrid(GridLoader::build(m_db, m_availability, currentQuery()), true);
}

void MainWindow::reloadInBackground()
{
    checkStorage();
    SyncService *sync = m_syncUi->service();
    m_loader->load(currentQuery(), m_clock.nowMs(),
                   sync ? std::optional(sync->gridContext()) : std::nullopt);
}

void MainWindow::bookSlot(qint64 practitionerId, qint64 startMs)
{
    m_operations->book(practitionerId, startMs, m_types, m_typeChooser->currentData().toLongLong());
}

void MainWindow::showOperationResult(qint64 appointmentId, const QDate &date,
                                     const QString &message)
{
    if (date.isValid() && date != m_date)
        setDate(date);
    reload();
    m_view->selectAppointment(appointmentId);
    statusBar()->showMessage(message);
}

void MainWindow::jumpToNextFree()
{
    const qint64 typeId = m_typeChooser->currentData().toLongLong();
    const qint64 chosen = m_practitionerFilter->currentData().toLongLong();
    const auto current = m_view->currentFreeSlot();
    const qint64 after = current ? current->span.startMs + 1 : m_clock.nowMs();
    auto next = m_availability.nextFree(typeId, after,
                                        chosen ? std::optional<qint64>(chosen) : std::nullopt);
    if (!next) {
        statusBar()->showMessage(next.error());
        return;
    }
    if (!next.value()) {
        statusBar()->showMessage(tr("No free slot within the booking horizon."));
        return;
    }
    const FreeSlot slot = *next.value();
    setDate(QDateTime::fromMSecsSinceEpoch(slot.span.startMs, m_view->data().zone).date());
    m_view->freeSlotRect(slot.practitionerId, slot.span.startMs);
    m_view->setFocus();
}

SettingsDialog *MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(m_db, m_google, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDay(m_view->currentAppointment()
                       ? QDateTime::fromMSecsSinceEpoch(m_view->currentAppointment()->span.startMs,
                                                        m_view->data().zone)
                             .date()
                   : m_view->currentFreeSlot()
                       ? QDateTime::fromMSecsSinceEpoch(m_view->currentFreeSlot()->span.startMs,
                                                        m_view->data().zone)
                             .date()
                       : m_date);
    connect(dialog, &QDialog::finished, this, &MainWindow::reloadAll);
    // An absence added or removed shows in the grid at once, not only after closing.
    connect(dialog, &SettingsDialog::changed, this, &MainWindow::reloadAll);
    connect(dialog, &SettingsDialog::moveRequested, this, &MainWindow::moveAppointments);
    dialog->open();
    return dialog;
}

void MainWindow::moveAppointments(const QList<qint64> &appointmentIds)
{
    m_toMove = appointmentIds;
    moveNextQueued();
}

void MainWindow::moveNextQueued()
{
    while (!m_toMove.isEmpty()) {
        auto a = AppointmentDirectory(m_db).find(m_toMove.takeFirst());
        if (!a || !a->blocksTime())
            continue; // cancelled or gone meanwhile
        setDate(QDateTime::fromMSecsSinceEpoch(a->span.startMs, m_view->data().zone).date());
        m_view->selectAppointment(a->id);
        statusBar()->showMessage(
            tr("Moving the appointments in the absence: %n more after this one.", "",
               int(m_toMove.size())));
        m_operations->moveAppointment(a.value());
        return;
    }
}

void MainWindow::setGoogleService(GoogleConnectionService *service)
{
    m_google = service;
    m_googleNotices->setService(service);
    if (service)
        connect(service, &GoogleConnectionService::revokedExternally, statusBar(),
                [this](qint64, const QString &message) { statusBar()->showMessage(message); });
}

void MainWindow::setSyncService(SyncService *sync)
{
    attachSync(sync);
    reload();
}

void MainWindow::attachSync(SyncService *sync)
{
    m_availability.setBusySource(sync ? sync->busySource() : BusySource());
    m_operations->setSyncService(sync);
    m_syncUi->setService(sync);
}

} // namespace empfang
