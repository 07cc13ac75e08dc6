// `empfang-cli sync --follow` (docs/ARCHITECTURE.md §8).
#include "storage/change_feed.h"
#include "storage/local_desk.h"
#include "sync_commands.h"
#include "time_parsing.h"

#include <QTimer>

#include <csignal>

namespace empfang::cli {

namespace {

volatile std::sig_atomic_t g_stop = 0;

extern "C" void requestStop(int)
{
    g_stop = 1;
}

} // namespace

int SyncCommands::follow(CliContext &ctx)
{
    GoogleStack *google = &ctx.services().google();
    auto *feed = new ChangeFeed(ctx.db(), google);
    QObject::connect(feed, &ChangeFeed::changed, &google->sync(), &SyncService::onChange);
    QObject::connect(feed, &ChangeFeed::failed, google, [](const QString &message) {
        qWarning("change feed: %s", qPrintable(message)); // it keeps trying
    });
    if (Status started = feed->start(); !started)
        return ctx.refuse(started.error());
    // The signal only sets a flag; the event loop ends the command once nothing is in flight,
    // so a write that left for Google is recorded before the process exits.
    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    auto *stopCheck = new QTimer(google);
    QObject::connect(stopCheck, &QTimer::timeout, google, [&ctx, google] {
        if (g_stop && google->sync().isIdle())
            ctx.finish(Done);
    });
    stopCheck->start(200);
    ctx.out().error(
        tr("Synchronising for this desk (\"%1\") until Ctrl+C.").arg(LocalDesk::name()));
    const QTimeZone zone = ctx.settings().timeZone();
    const QDate today = QDateTime::fromMSecsSinceEpoch(ctx.clock().nowMs(), zone).date();
    google->sync().setVisibleRange({TimeParsing::startOfDay(today, zone),
                                    TimeParsing::startOfDay(today.addDays(kSyncDays), zone)});
    google->sync().start();
    return Pending;
}

} // namespace empfang::cli
