// Benchmark, not a timed test: start of the reception window to its first painted grid, as the
// desk sees it — each run a process of its own (a fresh start: libraries, fonts, the database
// opened cold), on generated practices of 20 practitioners with 1k and 200k appointments.
//   bench_first_paint [--quick] [--runs N]   generates both practices, starts N children each
//   bench_first_paint --child DB             one start, as app/main.cpp: prints the figures
// --quick: 1k vs 5k, 2 runs. The figures are printed; nothing is asserted about time.
#include "app/app_services.h"
#include "booking/demo_practice.h"
#include "main_window.h"
#include "paint_probe.h"
#include "schedule_view.h"
#include "storage/database.h"
#include "sync/sync_service.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>

using namespace empfang;
using empfang::bench::PaintProbe;

namespace {

constexpr int kPractitioners = 20;

// The child: what app/main.cpp does up to the first paint of the grid, timed from main().
int child(const QElapsedTimer &sinceMain, const QString &path)
{
    QLoggingCategory::setFilterRules(QStringLiteral("empfang.*=false"));
    const Clock clock;
    auto opened = Database::open(path, Database::Creation::MustExist);
    if (!opened) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(path));
        return 2;
    }
    Database &db = *opened.value();
    AppServices services(db, clock);
    services.sync(); // as app/main.cpp: the window starts with the sync
    const double openedMs = double(sinceMain.nsecsElapsed()) / 1e6;
    MainWindow window(services);
    PaintProbe paint;
    window.scheduleView()->viewport()->installEventFilter(&paint);
    window.showMaximized();
    while (!paint.painted)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
    const double paintedMs = double(sinceMain.nsecsElapsed()) / 1e6;
    std::printf("%.2f %.2f\n", openedMs, paintedMs);
    return 0;
}

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

struct Figures
{
    QList<double> opened, painted, process;
};

Figures measure(int appointments, int runs)
{
    Figures fig;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("practice.db"));
    {
        auto db = Database::open(path).value();
        const QDate today =
            QDateTime::fromMSecsSinceEpoch(Clock().nowMs(), QTimeZone("Europe/Berlin")).date();
        if (auto r = DemoPractice::generate(*db, {kPractitioners, appointments, 5, 11, today});
            !r) {
            std::fprintf(stderr, "generate-demo failed: %s\n", qPrintable(r.error()));
            std::exit(1);
        }
    }
    for (int i = 0; i < runs; ++i) {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer wall;
        wall.start();
        p.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), path});
        // A benchmark driver, not product code: it may block on its child.
        if (!p.waitForFinished(120000) || p.exitCode() != 0) {
            std::fprintf(stderr, "the child did not paint\n");
            std::exit(1);
        }
        fig.process << double(wall.nsecsElapsed()) / 1e6;
        const QList<QByteArray> parts = p.readAllStandardOutput().trimmed().split(' ');
        if (parts.size() == 2) {
            fig.opened << parts.at(0).toDouble();
            fig.painted << parts.at(1).toDouble();
        }
    }
    return fig;
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--child")); i >= 0 && i + 1 < args.size())
        return child(sinceMain, args.at(i + 1));
    const bool quick = args.contains(QStringLiteral("--quick"));
    int runs = quick ? 2 : 7;
    if (const qsizetype i = args.indexOf(QStringLiteral("--runs")); i >= 0 && i + 1 < args.size())
        runs = std::max(1, args.at(i + 1).toInt());
    const int small = 1000;
    const int large = quick ? 5000 : 200000;
    const Figures a = measure(small, runs);
    const Figures b = measure(large, runs);
    std::printf("Start to first painted grid, a process per start (median of %d): %d "
                "practitioners, %dk vs %dk appointments\n",
                runs, kPractitioners, small / 1000, large / 1000);
    std::printf("  %-44s %10s %10s %8s\n", "", "1k", quick ? "5k" : "200k", "ratio");
    const auto row = [](const char *name, const QList<double> &x, const QList<double> &y) {
        const double mx = median(x), my = median(y);
        std::printf("  %-44s %7.1f ms %7.1f ms %7.2fx\n", name, mx, my, mx > 0 ? my / mx : 0.0);
    };
    row("main() to database and sync ready", a.opened, b.opened);
    row("main() to first painted grid", a.painted, b.painted);
    row("whole process (start to exit)", a.process, b.process);
    return 0;
}
