#pragma once

#include "domain/interval.h"
#include "sync/sync_service.h" // QPointer needs the complete type

#include <QObject>
#include <QPointer>

class QAction;
class QDate;
class QFrame;
class QLabel;
class QTimer;
class QWidget;

namespace empfang {

class Database;
class ScheduleView;
struct ScheduleData;

/// The reception window's side of the Google sync: puts busy times, their freshness and the
/// appointments' sync states into the grid's data, reloads the grid (debounced) when Google
/// answers, offers "retry" on an appointment, and shows changes made in Google in a notice bar
/// so that nothing changes silently. Without a SyncService it does nothing at all.
class SyncController : public QObject
{
    Q_OBJECT
public:
    SyncController(Database &db, ScheduleView *view, QWidget *window);

    void setService(SyncService *service);
    SyncService *service() const { return m_service; }

    /// Adds Google's part to freshly loaded grid data. Free slots of a connected practitioner
    /// whose busy times are missing or in error are withheld: unknown is never shown as free.
    /// Offline (Google not reachable) keeps them, with the last known busy times.
    void decorate(ScheduleData &data) const;
    /// The grid shows `range`: refresh busy times for it now and on the sync's timer, and look
    /// for our events changed in Google (now and every few minutes).
    void setVisibleRange(const Interval &range);
    /// Context menu entries of an appointment: "Google: …" and "Resend to Google".
    QList<QAction *> appointmentActions() const;
    /// The bar about appointments changed in Google; MainWindow places it above the grid.
    QWidget *noticeBar() const;
    QString noticeText() const;

public slots:
    /// After a booking, move or cancellation (committed): send it now, before the grid reloads,
    /// rather than at the next poll.
    void pushNow();

signals:
    void reloadRequested();
    void showAppointmentRequested(qint64 appointmentId, const QDate &date);
    void message(const QString &text);

private:
    void updateActions();
    void retryCurrent();
    void noteStateChange(qint64 appointmentId);
    void showNextConflict();

    Database &m_db;
    ScheduleView *m_view;
    QPointer<SyncService> m_service;
    QTimer *m_debounce = nullptr;
    QTimer *m_reconcile = nullptr;
    Interval m_range;
    QAction *m_separator = nullptr;
    QAction *m_info = nullptr;
    QAction *m_retry = nullptr;
    QFrame *m_notice = nullptr;
    QLabel *m_noticeText = nullptr;
    QList<qint64> m_conflicts; // changed in Google, not yet looked at
};

} // namespace empfang
