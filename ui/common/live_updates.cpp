#include "common/live_updates.h"

#include "logging.h"
#include "storage/change_feed.h"

#include <QTimer>

namespace empfang {

namespace {
// Several changes of one booking (appointment, outbox, sync state) arrive within a few
// milliseconds; one reload for all of them.
constexpr int kDebounceMs = 60;
} // namespace

LiveUpdates::LiveUpdates(Database &db, QObject *parent)
    : QObject(parent), m_feed(new ChangeFeed(db, this)), m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, [this] {
        const bool setup = m_setup;
        m_setup = false;
        if (setup)
            emit setupChanged();
        else
            emit reloadNeeded();
    });
    connect(m_feed, &ChangeFeed::changed, this, &LiveUpdates::take);
    connect(m_feed, &ChangeFeed::changed, this, &LiveUpdates::changed);
    connect(m_feed, &ChangeFeed::failed, this, &LiveUpdates::failed);
    if (Status started = m_feed->start(); !started)
        qCWarning(lcStorage) << "live updates not available:" << started.error();
}

void LiveUpdates::take(const Change &change)
{
    if (change.kind == QLatin1String("setup") || change.kind == QLatin1String("google")) {
        m_setup = true;
    } else if (change.startMs || change.endMs) {
        if (!m_visible.isEmpty() && !m_visible.overlaps({change.startMs, change.endMs}))
            return;
    }
    m_debounce->start();
}

} // namespace empfang
