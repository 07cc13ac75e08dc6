// Benchmark, not a timed test: what the desk asks most — the next free slot across all
// practitioners, one day's appointment list, one week of free slots for every practitioner — on
// generated practices with little and with years of history (`generate-demo`, same seed). The
// figures should not grow with the history: the 200k/1k ratio is printed for a human to read.
// --quick: 1k against 5k appointments, a few rounds, as a smoke run in CTest.
// --postgres: the large practice also on PostgreSQL (a throwaway local cluster, Unix socket),
// printed beside SQLite with the PostgreSQL/SQLite ratio (issue 13: within 3x).
#include "booking/availability_service.h"
#include "booking/demo_practice.h"
#include "postgres_cluster.h"
#include "storage/appointment_repository.h"
#include "storage/practitioner_repository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace empfang;

namespace {

bool quick()
{
    return QCoreApplication::arguments().contains(QStringLiteral("--quick"));
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

struct Figures
{
    double generateS = 0;
    double nextFreeMs = 0;
    double dayListMs = 0;
    double weekSlotsMs = 0;
    qint64 checksum = 0; // the answers, so both sizes are seen to do real work
};

template <typename F> double timeMs(int rounds, F f)
{
    QList<double> t;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer clock;
        clock.start();
        f();
        t << double(clock.nsecsElapsed()) / 1e6;
    }
    return median(t);
}

Figures measure(const QString &path, int practitioners, int appointments, int rounds)
{
    Figures fig;
    auto opened = Database::open(path);
    if (!opened) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(path));
        std::exit(1);
    }
    Database &db = *opened.value();
    const QTimeZone zone("Europe/Berlin");
    const Clock clock;
    const QDate today = QDateTime::fromMSecsSinceEpoch(clock.nowMs(), zone).date();
    QElapsedTimer generation;
    generation.start();
    auto report = DemoPractice::generate(db, {practitioners, appointments, 5, 11, today});
    if (!report) {
        std::fprintf(stderr, "generate-demo failed: %s\n", qPrintable(report.error()));
        std::exit(1);
    }
    fig.generateS = double(generation.elapsed()) / 1000.0;

    AvailabilityService availability(db, clock);
    const QDate monday = today.addDays(8 - today.dayOfWeek());
    const Interval day{QDateTime(monday, QTime(0, 0), zone).toMSecsSinceEpoch(),
                       QDateTime(monday.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch()};
    auto people = PractitionerRepository(db).list();
    fig.nextFreeMs = timeMs(rounds,
                            [&] {
                                for (qint64 type = 1; type <= 4; ++type) {
                                    auto next = availability.nextFree(type, clock.nowMs());
                                    if (next && next.value())
                                        fig.checksum += next.value()->span.startMs % 1000003;
                                }
                            }) /
                     4;
    fig.dayListMs = timeMs(rounds, [&] {
        auto list = AppointmentRepository(db).list(day);
        fig.checksum += list ? list->size() : -1;
    });
    fig.weekSlotsMs = timeMs(rounds, [&] {
        for (const Practitioner &p : people.value()) {
            auto free = availability.freeSlots(p.id, 1, monday, monday.addDays(6));
            fig.checksum += free ? free->size() : -1;
        }
    });
    return fig;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("empfang.*=false"));
    QTemporaryDir dir;
    const int practitioners = 20;
    const int small = 1000;
    const int large = quick() ? 5000 : 200000;
    const int rounds = quick() ? 3 : 21;
    const Figures a =
        measure(dir.filePath(QStringLiteral("small.db")), practitioners, small, rounds);
    const Figures b =
        measure(dir.filePath(QStringLiteral("large.db")), practitioners, large, rounds);

    std::printf("History benchmark: %d practitioners, %dk vs %dk appointments over 5 years "
                "(median of %d rounds)\n",
                practitioners, small / 1000, large / 1000, rounds);
    std::printf("  %-34s %10s %10s %8s\n", "", "1k", quick() ? "5k" : "200k", "ratio");
    const auto row = [](const char *name, double x, double y) {
        std::printf("  %-34s %8.2f ms %8.2f ms %7.2fx\n", name, x, y, x > 0 ? y / x : 0.0);
    };
    row("next-free (all practitioners)", a.nextFreeMs, b.nextFreeMs);
    row("one-day list (all practitioners)", a.dayListMs, b.dayListMs);
    row("one-week slots (20 practitioners)", a.weekSlotsMs, b.weekSlotsMs);
    std::printf("  %-34s %8.2f s  %8.2f s\n", "generate-demo", a.generateS, b.generateS);
    if (QCoreApplication::arguments().contains(QStringLiteral("--postgres"))) {
        auto &cluster = test::PostgresCluster::shared();
        if (!cluster.isRunning()) {
            std::fprintf(stderr, "no PostgreSQL cluster: %s\n", qPrintable(cluster.error()));
            return 1;
        }
        const Figures p = measure(cluster.createDatabase(), practitioners, large, rounds);
        std::printf("\nSame practice (%dk appointments) on PostgreSQL (local socket) vs SQLite\n",
                    large / 1000);
        std::printf("  %-34s %10s %10s %8s\n", "", "SQLite", "PostgreSQL", "ratio");
        row("next-free (all practitioners)", b.nextFreeMs, p.nextFreeMs);
        row("one-day list (all practitioners)", b.dayListMs, p.dayListMs);
        row("one-week slots (20 practitioners)", b.weekSlotsMs, p.weekSlotsMs);
        std::printf("  %-34s %8.2f s  %8.2f s\n", "generate-demo", b.generateS, p.generateS);
        if (p.checksum != b.checksum) {
            std::fprintf(stderr, "PostgreSQL answered differently than SQLite\n");
            return 1;
        }
    }
    if (a.checksum == 0 || b.checksum == 0) {
        std::fprintf(stderr, "no answers: the benchmark measured nothing\n");
        return 1;
    }
    return 0;
}
