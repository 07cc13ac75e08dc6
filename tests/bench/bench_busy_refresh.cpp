// Benchmark, not a timed test: the busy-time refresh of a week when 50 practitioners each have a
// Google account of their own (50 tokens, 50 freeBusy requests), every request to the fake
// Google server on loopback delayed by 200 ms as over a real line; on generated practices with
// 1k and 200k appointments. Needs the keychain: CTest runs it through with_keyring.sh.
// --quick: 1k vs 5k, one refresh each. The figures are printed; nothing is asserted about time.
#include "bench_sync_common.h"
#include "booking/demo_practice.h"

using namespace empfang;
using namespace empfang::bench;

namespace {

constexpr int kAccounts = 50;
constexpr int kLatencyMs = 200;

struct Figures
{
    QList<double> refreshMs;
    int requests = 0;
    int notSynchronised = 0;
};

Figures measure(int appointments, test::FakeGoogle &fake, int runs)
{
    Figures fig;
    fake.reset();
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("practice.db"))).value();
    const Clock clock;
    const QTimeZone zone("Europe/Berlin");
    const QDate today = QDateTime::fromMSecsSinceEpoch(clock.nowMs(), zone).date();
    if (auto r = DemoPractice::generate(*db, {kAccounts, appointments, 5, 11, today}); !r) {
        std::fprintf(stderr, "generate-demo failed: %s\n", qPrintable(r.error()));
        std::exit(1);
    }
    GoogleStack stack(*db, clock, GoogleStack::Options{fake.endpoints(), nullptr, nullptr, 10000});
    TokenStore &store = stack.tokens();
    SyncService &sync = stack.sync();
    // Each practitioner in an account of their own: a token and a request each. The fake serves
    // one Google account, so each reads a calendar of their own in it, under an account name of
    // their own (Empfang groups the requests by that name).
    const QList<Practitioner> people = PractitionerRepository(*db).list().value();
    for (int i = 0; i < int(people.size()); ++i)
        connectToFake(*db, fake, store, people.at(i).id, {addCalendar(fake, i)},
                      QStringLiteral("praxis%1@gmail.com").arg(i));
    fake.fault({{QStringLiteral("endpoint"), QStringLiteral("*")},
                {QStringLiteral("count"), 100000},
                {QStringLiteral("delay_ms"), kLatencyMs}});
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    for (int run = 0; run < runs; ++run) {
        // Another week each run: nothing answered from what the run before fetched.
        const QDate from = monday.addDays(7 * run);
        const Interval week{QDateTime(from, QTime(0, 0), zone).toMSecsSinceEpoch(),
                            QDateTime(from.addDays(7), QTime(0, 0), zone).toMSecsSinceEpoch()};
        const int before = int(fake.requests(QStringLiteral("freeBusy")).size());
        bool done = false;
        BusyRefresher::Summary summary;
        QElapsedTimer timer;
        timer.start();
        sync.refreshBusy(week, [&](const BusyRefresher::Summary &s) {
            summary = s;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 120000)) {
            std::fprintf(stderr, "the refresh did not finish\n");
            std::exit(1);
        }
        fig.refreshMs << double(timer.nsecsElapsed()) / 1e6;
        fig.requests = int(fake.requests(QStringLiteral("freeBusy")).size()) - before;
        fig.notSynchronised = int(summary.notSynchronised.size());
    }
    fake.fault({{QStringLiteral("clear"), true}});
    return fig;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    test::FakeGoogle fake;
    startFake(fake);
    const int runs = quick() ? 1 : 5;
    const int small = 1000;
    const int large = quick() ? 5000 : 200000;
    const Figures a = measure(small, fake, runs);
    const Figures b = measure(large, fake, runs);
    std::printf("Busy-time refresh of a week: %d practitioners, each with a Google account of "
                "their own, latency %d ms, %dk vs %dk appointments\n",
                kAccounts, kLatencyMs, small / 1000, large / 1000);
    std::printf("  %-40s %10s %10s %8s\n", "", "1k", quick() ? "5k" : "200k", "ratio");
    const auto row = [](const char *name, double x, double y) {
        std::printf("  %-40s %7.1f ms %7.1f ms %7.2fx\n", name, x, y, x > 0 ? y / x : 0.0);
    };
    row("refresh, fastest", percentile(a.refreshMs, 0), percentile(b.refreshMs, 0));
    row("refresh, median", percentile(a.refreshMs, 50), percentile(b.refreshMs, 50));
    row("refresh, slowest", percentile(a.refreshMs, 100), percentile(b.refreshMs, 100));
    std::printf("  %-40s %7d    %7d    (one per account expected)\n", "freeBusy requests",
                a.requests, b.requests);
    std::printf("  %-40s %7d    %7d\n", "accounts not synchronised", a.notSynchronised,
                b.notSynchronised);
    // Not a time assertion: every account must have been asked and answered.
    return a.notSynchronised == 0 && b.notSynchronised == 0 ? 0 : 1;
}
