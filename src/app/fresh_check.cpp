#include "fresh_check.h"

#include "storage/practitioner_repository.h"
#include "sync/sync_service.h"

#include <QTimer>

namespace empfang {

bool FreshCheck::applies(const SyncService *sync, qint64 practitionerId)
{
    if (!sync)
        return false;
    const Interval probe{0, 1};
    return sync->busyState(practitionerId, probe).freshness != BusyCache::Freshness::NotConnected;
}

std::optional<Interval> FreshCheck::spanFor(Database &db, qint64 practitionerId, qint64 typeId,
                                            qint64 startMs)
{
    auto minutes = PractitionerRepository(db).durationFor(practitionerId, typeId);
    if (!minutes)
        return std::nullopt;
    return Interval{startMs, startMs + qint64(minutes.value()) * kMinuteMs};
}

QString FreshCheck::movedTakenText()
{
    return tr("This time is now taken in the practitioner's Google calendar. Nothing was moved "
              "– please choose another time.");
}

QString FreshCheck::uncheckedText()
{
    return tr("Google could not be asked just now; the calendar will be updated later.");
}

FreshCheck::FreshCheck(SyncService &sync, QObject *parent)
    : QObject(parent), m_sync(&sync), m_timeout(new QTimer(this))
{
    setObjectName(QStringLiteral("freshCheck"));
    m_timeout->setObjectName(QStringLiteral("freshCheckTimeout"));
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, [this] { finish(Outcome::Unchecked); });
}

void FreshCheck::start(qint64 practitionerId, const Interval &span)
{
    const int generation = ++m_generation;
    m_running = true;
    m_timeout->start(m_timeoutMs);
    if (!m_sync) {
        QTimer::singleShot(0, this, [this] { finish(Outcome::Unchecked); });
        return;
    }
    const QPointer<FreshCheck> self(this);
    m_sync->refreshBusy(
        span,
        [self, generation, practitionerId, span](const BusyRefresher::Summary &summary) {
            if (!self || !self->m_running || generation != self->m_generation)
                return; // timed out already, or the dialog is gone
            // An error for the calendar (offline, notFound …) means we do not know: book and
            // let the outbox carry it, rather than refuse on a guess.
            if (!self->m_sync || summary.notSynchronised.contains(practitionerId) ||
                !summary.practitioners.contains(practitionerId)) {
                self->finish(Outcome::Unchecked);
                return;
            }
            const bool taken = !self->m_sync->cache().busy(practitionerId, span).isEmpty();
            self->finish(taken ? Outcome::Taken : Outcome::Free);
        },
        {practitionerId});
}

void FreshCheck::finish(Outcome outcome)
{
    if (!m_running)
        return;
    m_running = false;
    m_timeout->stop();
    emit finished(outcome);
}

} // namespace empfang
