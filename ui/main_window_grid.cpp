// The window's answer to a loaded grid or a finished operation: the grid shown, the counts in
// the status bar, which actions apply to the appointment under the cursor, what Undo says.
// Kept apart from main_window.cpp, which builds the window and decides what to load.
#include "main_window.h"

#include "booking/appointment_operations.h"
#include "booking/undo_history.h"
#include "common/live_updates.h"
#include "common/storage_notice_bar.h"
#include "google/sync_controller.h"
#include "schedule/grid_loader.h"
#include "schedule/schedule_days.h"
#include "schedule/schedule_view.h"

#include <QAction>
#include <QComboBox>
#include <QStatusBar>

namespace empfang {

namespace {

// "9 appointments, of which 1 cancelled; 2 lie in an absence": every status shown is counted.
QString appointmentCounts(const ScheduleData &grid)
{
    int total = 0, cancelled = 0, noShow = 0, completed = 0, inAbsence = 0;
    for (const ScheduleColumn &c : grid.columns) {
        for (const Appointment &a : c.appointments) {
            ++total;
            cancelled += a.status == AppointmentStatus::Cancelled;
            noShow += a.status == AppointmentStatus::NoShow;
            completed += a.status == AppointmentStatus::Completed;
            inAbsence += c.inAbsence(a);
        }
    }
    QStringList parts;
    if (cancelled)
        parts << MainWindow::tr("%n cancelled", "", cancelled);
    if (noShow)
        parts << MainWindow::tr("%n not attended", "", noShow);
    if (completed)
        parts << MainWindow::tr("%n completed", "", completed);
    QString text = MainWindow::tr("%n appointment(s)", "", total);
    if (!parts.isEmpty())
        text += MainWindow::tr(", of which %1").arg(parts.join(QStringLiteral(", ")));
    text += u'.';
    if (inAbsence > 0)
        text += u' ' + MainWindow::tr("%n appointment(s) lie in an absence: please move them.", "",
                                      inAbsence);
    return text;
}

} // namespace

void MainWindow::showGrid(GridResult result, bool decorate)
{
    ScheduleData &grid = result.data;
    if (!grid.error.isEmpty() && m_db.lastFault() == StorageFault::Unreachable) {
        // The server is gone: keep showing what was read last, under the red notice.
        m_storageNotices->refresh();
        return;
    }
    if (!grid.days.isEmpty()) {
        const Interval shown{grid.msAt(grid.days.first(), 0),
                             grid.msAt(grid.days.last().addDays(1), 0)};
        m_syncUi->setVisibleRange(shown);
        m_live->setVisibleRange(shown);
    }
    if (decorate)
        m_syncUi->decorate(grid);
    if (isWeekView() && result.practitioners > 0)
        ScheduleDays::dropIdleWeekends(grid, result.practitioners);
    m_view->setNowMs(m_clock.nowMs());
    const QString error = grid.error;
    const int free = ScheduleDays::freeCount(grid);
    const QString counts = appointmentCounts(grid);
    m_view->setData(std::move(grid));
    updateActions();
    if (!error.isEmpty())
        statusBar()->showMessage(error);
    else if (result.practitioners == 0)
        statusBar()->showMessage(tr("No practitioners yet: add them under File › Settings."));
    else
        statusBar()->showMessage(
            counts + u' ' +
            tr("%n free start time(s) for %1.", "", free).arg(m_typeChooser->currentText()));
}

void MainWindow::updateActions()
{
    const auto appointment = m_view->currentAppointment();
    const bool booked = appointment && appointment->blocksTime();
    m_move->setEnabled(booked);
    m_cancel->setEnabled(booked);
    m_noShow->setEnabled(booked && appointment->span.startMs <= m_clock.nowMs());
    const AppointmentStatus status = appointment ? appointment->status : AppointmentStatus::Booked;
    // A cancellation is taken back; a no-show is booked again (it was a mistake) or attended.
    m_reinstate->setText(status == AppointmentStatus::NoShow ? tr("Back to booked")
                                                             : tr("Take back the cancellation"));
    // Shown only where they apply (a hidden QAction is disabled too, so visibility first).
    const bool canReinstate = appointment && (status == AppointmentStatus::Cancelled ||
                                              status == AppointmentStatus::NoShow);
    const bool canAttend = appointment && status == AppointmentStatus::NoShow;
    m_reinstate->setVisible(canReinstate);
    m_reinstate->setEnabled(canReinstate);
    m_attended->setVisible(canAttend);
    m_attended->setEnabled(canAttend);
    m_book->setEnabled(m_view->currentFreeSlot().has_value());
    m_nextFree->setEnabled(m_typeChooser->currentData().toLongLong() != 0);
}

void MainWindow::updateUndo()
{
    const QString text = m_operations->undoHistory()->nextText();
    m_undo->setEnabled(!text.isEmpty());
    m_undo->setText(text.isEmpty() ? tr("&Undo") : text);
    m_undo->setToolTip(tr("%1 (%2)").arg(text.isEmpty() ? tr("Nothing to undo") : text,
                                         m_undo->shortcut().toString(QKeySequence::NativeText)));
}

} // namespace empfang
