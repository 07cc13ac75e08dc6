// Benchmark: how long the GUI thread stalls while SyncService syncs 20 practitioners against a
// Google with 200 ms latency (the fake's delay fault on every request). An event-loop lag probe
// (a 5 ms timer) records how late each tick comes; the network must never block the loop
// (docs/ARCHITECTURE.md §4.2), so the lag should stay near the cost of the SQLite work between
// ticks.
#include "bench_sync_common.h"

using namespace empfang;
using namespace empfang::bench;
using test::SyncFixture;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    test::FakeGoogle fake;
    startFake(fake);
    const int practitioners = quick() ? 3 : 20;
    const int bookingsEach = quick() ? 1 : 3;
    constexpr int kLatencyMs = 200;
    constexpr int kTickMs = 5;

    SyncFixture f(fake);
    QList<qint64> ids;
    for (int i = 0; i < practitioners; ++i)
        ids << f.practitioner(QStringLiteral("Praxis %1").arg(i), {addCalendar(fake, i)});
    for (qint64 pid : ids) {
        for (int b = 0; b < bookingsEach; ++b) {
            if (!f.book(pid, SyncFixture::at(1 + b, QTime(9, 0)))) {
                std::fprintf(stderr, "booking failed\n");
                return 1;
            }
        }
    }
    // From here on every request to Google (token, freeBusy, events) takes 200 ms more.
    fake.fault({{QStringLiteral("endpoint"), QStringLiteral("*")},
                {QStringLiteral("count"), 100000},
                {QStringLiteral("delay_ms"), kLatencyMs}});

    QList<double> lags;
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        lags << std::max(0.0, double(now - last) / 1e6 - kTickMs);
        last = now;
    });
    probe.start(kTickMs);

    const Interval week{SyncFixture::at(0, QTime(0, 0)), SyncFixture::at(7, QTime(0, 0))};
    QElapsedTimer total;
    total.start();
    // The application's own event loop, as in the GUI: no polling waits (QTest::qWaitFor sleeps
    // between its checks, which would show up as lag that the product does not cause).
    bool busyDone = false, drained = false, reconciled = false;
    const auto check = [&] {
        if (busyDone && drained && reconciled)
            QCoreApplication::quit();
    };
    QObject::connect(f.sync, &SyncService::pushFinished, &app, [&] {
        // Retries wait for their backoff; the service's own wake-up timer pushes them.
        if (drained || OutboxRepository(*f.t.db).counts().pending > 0)
            return;
        drained = true;
        f.sync->reconcile(week, [&] {
            reconciled = true;
            check();
        });
    });
    f.sync->setVisibleRange(week); // what the grid does when it shows a week
    f.sync->refreshBusy(week, [&](const BusyRefresher::Summary &) {
        busyDone = true;
        check();
    });
    f.sync->pushNow();
    QTimer::singleShot(600000, &app, &QCoreApplication::quit); // give up, reported below
    QCoreApplication::exec();
    const bool finished = busyDone && drained && reconciled;
    const qint64 elapsed = total.elapsed();
    probe.stop();

    const int events = int(f.liveEvents().size());
    std::printf("GUI-thread stall while syncing %d practitioners (%d bookings), %d ms latency\n",
                practitioners, practitioners * bookingsEach, kLatencyMs);
    std::printf("  sync took          %8lld ms (%d requests to Google)\n", elapsed,
                int(fake.get(QStringLiteral("/_fake/log")).array().size()));
    std::printf("  probe ticks        %8lld (every %d ms)\n", qint64(lags.size()), kTickMs);
    std::printf("  max lag            %8.2f ms\n", percentile(lags, 100));
    std::printf("  99th percentile    %8.2f ms\n", percentile(lags, 99));
    std::printf("  median             %8.2f ms\n", percentile(lags, 50));
    std::printf("  max lag / latency  %8.3f\n", percentile(lags, 100) / kLatencyMs);
    std::printf("  events in Google   %8d (primary calendar)\n", events);
    if (!finished || events != practitioners * bookingsEach) {
        std::fprintf(stderr, "the sync did not finish\n");
        return 1;
    }
    return 0;
}
