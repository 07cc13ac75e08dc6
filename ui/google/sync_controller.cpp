#include "google/sync_controller.h"

#include "booking/appointment_directory.h"
#include "schedule/grid_decoration.h"
#include "schedule/schedule_data.h"
#include "schedule/schedule_sync_painter.h"
#include "schedule/schedule_view.h"
#include "sync/sync_service.h"

#include <QAction>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

namespace empfang {

namespace {

// Google answers in bursts (one signal per appointment pushed): one repaint for all of them.
constexpr int kReloadDebounceMs = 250;
// Moves and deletions in Google are rare; a look every few minutes finds them soon enough
// without costing requests (events.list of our own events only).
constexpr int kReconcileIntervalMs = 5 * 60 * 1000;

} // namespace

SyncController::SyncController(Database &db, ScheduleView *view, QWidget *window)
    : QObject(window), m_db(db), m_view(view), m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("syncController"));
    m_debounce->setObjectName(QStringLiteral("syncReloadTimer"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kReloadDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &SyncController::reloadRequested);
    m_reconcile = new QTimer(this);
    m_reconcile->setObjectName(QStringLiteral("syncReconcileTimer"));
    m_reconcile->setInterval(kReconcileIntervalMs);
    connect(m_reconcile, &QTimer::timeout, this, [this] {
        if (m_service && !m_range.isEmpty())
            m_service->reconcile(m_range);
    });

    m_separator = new QAction(this);
    m_separator->setObjectName(QStringLiteral("actionSyncSeparator"));
    m_separator->setSeparator(true);
    m_info = new QAction(this);
    m_info->setObjectName(QStringLiteral("actionSyncInfo"));
    m_info->setEnabled(false); // information, not a command
    m_retry = new QAction(tr("Resend to Google"), this);
    m_retry->setObjectName(QStringLiteral("actionRetrySync"));
    connect(m_retry, &QAction::triggered, this, &SyncController::retryCurrent);
    connect(m_view, &ScheduleView::currentChanged, this, &SyncController::updateActions);

    m_notice = new QFrame(window);
    m_notice->setObjectName(QStringLiteral("syncNoticeBar"));
    m_notice->setStyleSheet(QStringLiteral(
        "#syncNoticeBar { background: #fff3e0; border-bottom: 1px solid #ef6c00; }"));
    m_noticeText = new QLabel(m_notice);
    m_noticeText->setObjectName(QStringLiteral("syncNoticeText"));
    m_noticeText->setWordWrap(true);
    auto *show = new QPushButton(tr("Show"), m_notice);
    show->setObjectName(QStringLiteral("syncNoticeShow"));
    auto *dismiss = new QPushButton(tr("Dismiss"), m_notice);
    dismiss->setObjectName(QStringLiteral("syncNoticeDismiss"));
    auto *row = new QHBoxLayout(m_notice);
    row->addWidget(m_noticeText, 1);
    row->addWidget(show);
    row->addWidget(dismiss);
    m_notice->hide();
    connect(show, &QPushButton::clicked, this, [this] {
        if (m_conflicts.isEmpty())
            return;
        const qint64 id = m_conflicts.first();
        if (auto a = AppointmentDirectory(m_db).find(id))
            emit showAppointmentRequested(
                id, QDateTime::fromMSecsSinceEpoch(a->span.startMs, m_view->data().zone).date());
    });
    connect(dismiss, &QPushButton::clicked, this, [this] {
        if (!m_conflicts.isEmpty())
            m_conflicts.removeFirst();
        showNextConflict();
    });
    updateActions();
}

void SyncController::setService(SyncService *service)
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    m_range = {};
    m_reconcile->stop();
    if (service) {
        connect(service, &SyncService::syncStateChanged, this, &SyncController::noteStateChange);
        connect(service, &SyncService::busyTimesChanged, m_debounce, qOverload<>(&QTimer::start));
    }
    updateActions();
}

void SyncController::decorate(ScheduleData &data) const
{
    if (m_service)
        GridDecoration::apply(data, m_service->cache(), m_db, m_service->gridContext().nowMs);
}

void SyncController::setVisibleRange(const Interval &range)
{
    if (!m_service || range == m_range)
        return;
    m_range = range;
    m_service->setVisibleRange(range); // asynchronous: the answer arrives as busyTimesChanged
    m_service->reconcile(range);       // changes found arrive as syncStateChanged
    m_reconcile->start();
}

QList<QAction *> SyncController::appointmentActions() const
{
    return {m_separator, m_info, m_retry};
}

QWidget *SyncController::noticeBar() const
{
    return m_notice;
}

QString SyncController::noticeText() const
{
    return m_notice->isVisible() ? m_noticeText->text() : QString();
}

void SyncController::pushNow()
{
    if (m_service)
        m_service->pushRightAway();
}

void SyncController::updateActions()
{
    const auto a = m_view->currentAppointment();
    const auto badge = a ? m_view->data().sync.constFind(a->id) : m_view->data().sync.cend();
    const bool shown = m_service && badge != m_view->data().sync.cend();
    for (QAction *action : {m_separator, m_info, m_retry})
        action->setVisible(shown);
    if (!shown)
        return;
    m_info->setText(tr("Google: %1").arg(ScheduleSyncPainter::stateText(*badge)));
    m_retry->setEnabled(badge->state == SyncState::Failed || badge->state == SyncState::Conflict);
}

void SyncController::retryCurrent()
{
    const auto a = m_view->currentAppointment();
    if (!m_service || !a)
        return;
    if (const Status s = m_service->retry(a->id); !s) {
        emit message(s.error());
        return;
    }
    m_conflicts.removeAll(a->id);
    showNextConflict();
    m_service->pushNow();
    emit message(tr("Sending to Google again: %1.").arg(a->patientName));
    m_debounce->start();
}

void SyncController::noteStateChange(qint64 appointmentId)
{
    m_debounce->start();
    const auto sync = m_service ? m_service->appointmentSync(appointmentId) : std::nullopt;
    if (!sync)
        return;
    if (sync->state == SyncState::Conflict) {
        if (!m_conflicts.contains(appointmentId))
            m_conflicts.append(appointmentId);
    } else {
        m_conflicts.removeAll(appointmentId);
    }
    showNextConflict();
}

void SyncController::showNextConflict()
{
    if (m_conflicts.isEmpty() || !m_service) {
        m_notice->hide();
        return;
    }
    const qint64 id = m_conflicts.first();
    auto a = AppointmentDirectory(m_db).find(id);
    const auto sync = m_service->appointmentSync(id);
    if (!a || !sync) {
        m_conflicts.removeFirst();
        showNextConflict();
        return;
    }
    const QString when = QDateTime::fromMSecsSinceEpoch(a->span.startMs, m_view->data().zone)
                             .toString(QStringLiteral("dd.MM.yyyy HH:mm"));
    QString text = tr("The appointment of %1 on %2 was changed in Google – please check. %3")
                       .arg(a->patientName, when, sync->message);
    if (m_conflicts.size() > 1)
        text += u' ' + tr("(%n more)", "", int(m_conflicts.size() - 1));
    m_noticeText->setText(text);
    m_notice->show();
}

} // namespace empfang
