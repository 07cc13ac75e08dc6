// Benchmark: freeBusy requests for one week view against the number of connected practitioners
// (all in the practice's one Google account, each with a calendar of their own). Counted from
// the fake server's request log, so it is what really went over the wire. Expected: one request
// per 50 calendars (FreeBusyRequest.calendarExpansionMax), independent of anything else.
#include "bench_sync_common.h"

using namespace empfang;
using namespace empfang::bench;
using test::SyncFixture;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    test::FakeGoogle fake;
    startFake(fake);
    const QList<int> sizes = quick() ? QList<int>{1, 60} : QList<int>{1, 10, 50, 60, 120};
    const Interval week{SyncFixture::at(0, QTime(0, 0)), SyncFixture::at(7, QTime(0, 0))};
    std::printf("freeBusy requests per week view (one Google account, one calendar each)\n");
    std::printf("%14s %10s %14s %18s %12s\n", "practitioners", "requests", "calendars/req",
                "requests/pract.", "time [ms]");
    int failures = 0;
    for (int n : sizes) {
        fake.reset();
        SyncFixture f(fake);
        // Only the first needs a token: the account's one request is sent with it.
        for (int i = 0; i < n; ++i)
            f.practitioner(QStringLiteral("Praxis %1").arg(i), {addCalendar(fake, i)}, i == 0);
        QElapsedTimer timer;
        timer.start();
        BusyRefresher::Summary summary;
        if (!f.refresh(week, &summary)) {
            std::fprintf(stderr, "refresh for %d practitioners did not finish\n", n);
            return 1;
        }
        const qint64 ms = timer.elapsed();
        const int requests = int(fake.requests(QStringLiteral("freeBusy")).size());
        std::printf("%14d %10d %14.1f %18.3f %12lld\n", n, requests, double(n) / requests,
                    double(requests) / n, ms);
        // Not a time assertion: the count is the design (docs/ARCHITECTURE.md §3) and must hold.
        if (requests != (n + 49) / 50 || !summary.notSynchronised.isEmpty())
            ++failures;
    }
    if (failures)
        std::fprintf(stderr, "request count differs from ceil(n/50) or calendars failed\n");
    return failures ? 1 : 0;
}
