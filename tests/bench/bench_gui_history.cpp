// Benchmark, not a timed test: what the receptionist feels of a long history, with the real
// MainWindow on generated practices (20 practitioners, 1k and 200k appointments, same seed).
//  - start to first paint: constructing the window with its sync until the grid is painted;
//  - GUI-thread stall while syncing: a 5 ms timer on the GUI thread records how late each tick
//    comes while the window shows a week of 20 connected practitioners and Google (the fake
//    server on loopback, 200 ms latency on every request) gets busy-time queries, 20 bookings
//    and the check of our own events. Every 16 ms of lag is a frame the desk does not see.
//    On a shared machine a tick may also come late because the process was not scheduled; the
//    CPU the GUI thread used between two ticks is printed too: that part is the window's work.
// Needs the keychain: CTest runs it through tests/fakes/with_keyring.sh. --quick: 1k vs 5k.
#include "bench_sync_common.h"
#include "booking/demo_practice.h"
#include "main_window.h"
#include "paint_probe.h"
#include "schedule/schedule_view.h"
#include "stall_probe.h"
#include "storage/practitioner_repository.h"

#include <QApplication>
#include <QFile>

#include <ctime>

using namespace empfang;
using namespace empfang::bench;

namespace {

constexpr int kPractitioners = 20;
constexpr int kLatencyMs = 200;
constexpr int kTickMs = 5;

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

// CPU time of the calling thread: on a shared machine a late tick may only mean the thread was
// not scheduled; the CPU it used between two ticks is the work that held it up.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

using ProbeApp = StallProbeApplication<QApplication>;

struct Figures
{
    double firstPaintMs = 0;
    double reloadMs = 0;
    double repaintMs = 0;
    double firstRepaintMs = 0;
    double maxLagMs = 0;
    double p99LagMs = 0;
    double maxWorkMs = 0;
    double p99WorkMs = 0;
    double syncMs = 0;
    int ticks = 0;
    QList<ProbeApp::Stall> longest; // the GUI thread's longest events while syncing
};

// The app on one database, as app/main.cpp builds it; tokens in the real keychain, Google is
// the fake.
struct Sync
{
    Clock clock;
    AppServices services;
    SyncService *service;

    Sync(Database &db, test::FakeGoogle &fake)
        : services(db, clock, GoogleStack::Options{fake.endpoints(), nullptr, nullptr, 5000}),
          service(&services.sync())
    {
    }
};

void connectAll(Database &db, test::FakeGoogle &fake, TokenStore &store)
{
    auto people = PractitionerRepository(db).list().value();
    for (int i = 0; i < int(people.size()); ++i)
        connectToFake(db, fake, store, people.at(i).id,
                      {QStringLiteral("primary"), addCalendar(fake, i)},
                      QLatin1String(test::SyncFixture::kAccount));
}

Figures measure(int appointments, test::FakeGoogle &fake)
{
    Figures fig;
    fake.reset();
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("practice.db"))).value();
    const Clock clock;
    const QTimeZone zone("Europe/Berlin");
    const QDate today = QDateTime::fromMSecsSinceEpoch(clock.nowMs(), zone).date();
    if (auto r = DemoPractice::generate(*db, {kPractitioners, appointments, 5, 11, today}); !r) {
        std::fprintf(stderr, "generate-demo failed: %s\n", qPrintable(r.error()));
        std::exit(1);
    }
    Sync sync(*db, fake);
    connectAll(*db, fake, sync.services.google().tokens());
    // One new booking per practitioner in the coming week: 20 writes for the outbox.
    AvailabilityService availability(*db, clock);
    BookingService booking(*db, availability);
    const QList<Practitioner> people = PractitionerRepository(*db).list().value();
    for (const Practitioner &p : people) {
        auto slot = availability.nextFree(1, clock.nowMs(), p.id);
        if (!slot || !slot.value())
            continue;
        BookingRequest r;
        r.practitionerId = p.id;
        r.typeId = 1;
        r.startMs = slot.value()->span.startMs;
        r.patientId = 1;
        if (!booking.book(r))
            std::fprintf(stderr, "booking failed\n");
    }
    fake.fault({{QStringLiteral("endpoint"), QStringLiteral("*")},
                {QStringLiteral("count"), 100000},
                {QStringLiteral("delay_ms"), kLatencyMs}});

    // Start to first paint, as the app starts (app/main.cpp): window with its sync, show.
    QElapsedTimer start;
    start.start();
    MainWindow window(sync.services);
    PaintProbe paint;
    window.scheduleView()->viewport()->installEventFilter(&paint);
    window.show();
    while (!paint.painted)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
    fig.firstPaintMs = double(start.nsecsElapsed()) / 1e6;

    // The week of 20 practitioners: what one reload of it costs the GUI thread, then the lag
    // probe while everything syncs.
    window.setWeekView(true);
    QList<double> reloads;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer reload;
        reload.start();
        window.reload();
        reloads << double(reload.nsecsElapsed()) / 1e6;
    }
    fig.reloadMs = percentile(reloads, 50);
    // Painting the full week: the first time (texts not yet laid out) and again (what every
    // repaint after an answer from Google or a hover costs).
    QList<double> repaints;
    const int repaintCount = qEnvironmentVariableIntValue("EMPFANG_BENCH_REPAINTS");
    for (int i = 0; i < std::max(8, repaintCount); ++i) {
        // CPU time of the GUI thread: on a shared machine the wall clock also counts waiting.
        const double cpu = threadCpuMs();
        window.scheduleView()->viewport()->repaint();
        (i == 0 ? fig.firstRepaintMs : repaints.emplaceBack()) = threadCpuMs() - cpu;
    }
    fig.repaintMs = percentile(repaints, 50);
    QList<double> lags;
    QList<double> work;
    QElapsedTimer clockTicks;
    clockTicks.start();
    qint64 last = clockTicks.nsecsElapsed();
    double lastCpu = threadCpuMs();
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clockTicks.nsecsElapsed();
        lags << std::max(0.0, double(now - last) / 1e6 - kTickMs);
        last = now;
        const double cpu = threadCpuMs();
        work << cpu - lastCpu;
        lastCpu = cpu;
    });
    const QDate monday = window.date().addDays(1 - window.date().dayOfWeek());
    const Interval week{QDateTime(monday, QTime(0, 0), zone).toMSecsSinceEpoch(),
                        QDateTime(monday.addDays(7), QTime(0, 0), zone).toMSecsSinceEpoch()};
    bool busyDone = false, drained = false, reconciled = false;
    const auto check = [&] {
        if (busyDone && drained && reconciled)
            QTimer::singleShot(300, qApp, &QCoreApplication::quit); // let the grid catch up
    };
    SyncService *service = sync.service;
    auto pushed = QObject::connect(service, &SyncService::pushFinished, qApp, [&] {
        if (drained || OutboxRepository(*db).counts().pending > 0)
            return;
        drained = true;
        service->reconcile(week, [&] {
            reconciled = true;
            check();
        });
    });
    QElapsedTimer total;
    total.start();
    probe.start(kTickMs);
    static_cast<ProbeApp *>(qApp)->record(true);
    service->refreshBusy(week, [&](const BusyRefresher::Summary &) {
        busyDone = true;
        check();
    });
    service->pushNow();
    QTimer giveUp; // an object, not a single shot: it must not end the next size's run
    giveUp.setSingleShot(true);
    QObject::connect(&giveUp, &QTimer::timeout, qApp, &QCoreApplication::quit);
    giveUp.start(quick() ? 60000 : 300000);
    QCoreApplication::exec();
    probe.stop();
    static_cast<ProbeApp *>(qApp)->record(false);
    fig.longest = static_cast<ProbeApp *>(qApp)->longest();
    QObject::disconnect(pushed);
    fig.syncMs = double(total.elapsed());
    fig.maxLagMs = percentile(lags, 100);
    fig.p99LagMs = percentile(lags, 99);
    fig.maxWorkMs = percentile(work, 100);
    fig.p99WorkMs = percentile(work, 99);
    fig.ticks = int(lags.size());
    if (!(busyDone && drained && reconciled)) {
        std::fprintf(stderr, "the sync did not finish\n");
        std::exit(1);
    }
    return fig;
}

} // namespace

int main(int argc, char **argv)
{
    ProbeApp app(argc, argv);
    test::FakeGoogle fake;
    startFake(fake);
    const int small = 1000;
    const int large = quick() ? 5000 : 200000;
    const Figures a = measure(small, fake);
    const qint64 rssSmall = peakRssKb();
    const Figures b = measure(large, fake);
    const qint64 rssLarge = peakRssKb();

    std::printf("Reception window on a generated practice: %d practitioners, %dk vs %dk "
                "appointments, Google latency %d ms\n",
                kPractitioners, small / 1000, large / 1000, kLatencyMs);
    std::printf("  %-40s %10s %10s %8s\n", "", "1k", quick() ? "5k" : "200k", "ratio");
    const auto row = [](const char *name, double x, double y) {
        std::printf("  %-40s %7.1f ms %7.1f ms %7.2fx\n", name, x, y, x > 0 ? y / x : 0.0);
    };
    row("start to first painted grid", a.firstPaintMs, b.firstPaintMs);
    row("reload of the week grid (median of 7)", a.reloadMs, b.reloadMs);
    row("first paint of the week grid (CPU)", a.firstRepaintMs, b.firstRepaintMs);
    row("repaint of the week grid (CPU, median of 7)", a.repaintMs, b.repaintMs);
    row("longest GUI-thread stall while syncing", a.maxLagMs, b.maxLagMs);
    row("99th percentile stall", a.p99LagMs, b.p99LagMs);
    row("most GUI-thread CPU between two ticks", a.maxWorkMs, b.maxWorkMs);
    row("99th percentile of it", a.p99WorkMs, b.p99WorkMs);
    row("sync of the week (busy, 20 writes, check)", a.syncMs, b.syncMs);
    std::printf("  %-40s %7d    %7d\n", "probe ticks", a.ticks, b.ticks);
    std::printf("  %-40s %7lld kB %7lld kB (whole bench process, generation included)\n",
                "peak RSS after each size", rssSmall, rssLarge);
    for (const auto &[name, fig] : {std::pair{"1k", &a}, std::pair{quick() ? "5k" : "200k", &b}}) {
        std::printf("  longest GUI-thread events while syncing, %s:\n", name);
        for (const ProbeApp::Stall &s : fig->longest)
            std::printf("    %7.1f ms  %s\n", s.ms, qPrintable(s.what));
    }
    return 0;
}
