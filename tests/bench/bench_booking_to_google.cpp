// Benchmark: from the receptionist's confirm (BookingService::book, then SyncService::pushNow,
// as the booking dialog does) to the event insert arriving at Google — here the fake server on
// loopback, whose request log stamps each request on arrival — and to Google's confirmation
// (the appointment shows "synchronised"). The first booking also reads the key from the
// keychain and fetches an access token ("cold"); the median is over the warm ones.
#include "bench_sync_common.h"

#include <QDateTime>

using namespace empfang;
using namespace empfang::bench;
using test::SyncFixture;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    test::FakeGoogle fake;
    startFake(fake);
    const int runs = quick() ? 3 : 30;

    SyncFixture f(fake);
    const qint64 pid = f.practitioner(QStringLiteral("Dr. Weber"));
    QList<double> toArrival, toConfirmed;
    for (int i = 0; i < runs; ++i) {
        const qint64 start = SyncFixture::at(1 + i / 16, QTime(8, 0).addSecs(1800 * (i % 16)));
        const double t0 = double(QDateTime::currentMSecsSinceEpoch());
        QElapsedTimer timer;
        timer.start();
        auto a = f.book(pid, start);
        if (!a) {
            std::fprintf(stderr, "booking failed: %s\n", qPrintable(a.error()));
            return 1;
        }
        // The application's event loop until Google confirmed (no polling: QTest::qWaitFor
        // sleeps 10 ms between checks, which would be measured too).
        const qint64 id = a->id;
        auto watch =
            QObject::connect(f.sync, &SyncService::syncStateChanged, &app, [&](qint64 changed) {
                if (changed == id && f.state(id) == SyncState::Synced)
                    QCoreApplication::quit();
            });
        QTimer::singleShot(20000, &app, &QCoreApplication::quit);
        f.sync->pushNow();
        QCoreApplication::exec();
        QObject::disconnect(watch);
        if (f.state(id) != SyncState::Synced) {
            std::fprintf(stderr, "the insert was not confirmed\n");
            return 1;
        }
        toConfirmed << double(timer.nsecsElapsed()) / 1e6;
        const QList<QJsonObject> inserts = fake.requests(QStringLiteral("events.insert"));
        // The fake stamps with time.time() in seconds; same machine, same wall clock.
        toArrival << inserts.last().value(QLatin1String("at")).toDouble() * 1000.0 - t0;
    }
    std::printf("booking confirm → event insert on loopback (%d bookings)\n", runs);
    std::printf("  cold (keychain + token)  arrival %8.2f ms  confirmed %8.2f ms\n",
                toArrival.first(), toConfirmed.first());
    const QList<double> warmArrival = toArrival.mid(1), warmConfirmed = toConfirmed.mid(1);
    std::printf("  warm median              arrival %8.2f ms  confirmed %8.2f ms\n",
                percentile(warmArrival, 50), percentile(warmConfirmed, 50));
    std::printf("  warm max                 arrival %8.2f ms  confirmed %8.2f ms\n",
                percentile(warmArrival, 100), percentile(warmConfirmed, 100));
    std::printf("  cold / warm (confirmed)  %8.1f\n",
                toConfirmed.first() / std::max(0.001, percentile(warmConfirmed, 50)));
    return f.liveEvents().size() == runs ? 0 : 1;
}
