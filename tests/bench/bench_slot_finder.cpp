// Benchmark, not a timed test: SlotFinder's interval arithmetic against a naive minute-by-minute
// scan of the same week, for a practice with 20 practitioners and 500 busy times each. Both must
// offer exactly the same slots; the timings are printed for a human to read.
#include "scheduling/slot_finder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace empfang;

namespace {

constexpr int kPractitioners = 20;
constexpr int kBusyPerPractitioner = 500;
const QDate kMonday(2026, 3, 23); // the week of the spring DST change, on purpose

// The naive way: mark every blocked minute of the week, then try every working minute that
// lies on the step grid and look at every minute the slot (with buffers) would cover.
QList<Interval> naiveScan(const SlotRequest &r)
{
    const qint64 origin =
        QDateTime(r.firstDay.addDays(-1), QTime(0, 0), r.zone).toMSecsSinceEpoch();
    const int minutes =
        int((QDateTime(r.lastDay.addDays(2), QTime(0, 0), r.zone).toMSecsSinceEpoch() - origin) /
            kMinuteMs);
    std::vector<char> blocked(size_t(minutes), 0);
    for (const QList<Interval> *list : {&r.absences, &r.busy, &r.appointments}) {
        for (const Interval &i : *list) {
            for (qint64 t = i.startMs; t < i.endMs; t += kMinuteMs) {
                const qint64 m = (t - origin) / kMinuteMs;
                if (m >= 0 && m < minutes)
                    blocked[size_t(m)] = 1;
            }
        }
    }
    QList<Interval> out;
    for (QDate day = r.firstDay; day <= r.lastDay; day = day.addDays(1)) {
        QList<Interval> work;
        for (const WeeklyHours &h : r.hours) {
            if (h.appliesTo(day))
                work << Interval{QDateTime(day, h.from, r.zone).toMSecsSinceEpoch(),
                                 QDateTime(day, h.to, r.zone).toMSecsSinceEpoch()};
        }
        std::sort(work.begin(), work.end());
        for (const Interval &w : work) {
            for (qint64 s = w.startMs; s + r.durationMinutes * kMinuteMs <= w.endMs;
                 s += kMinuteMs) {
                if ((s - w.startMs) % (r.stepMinutes * kMinuteMs) != 0)
                    continue;
                const qint64 from = (s - origin) / kMinuteMs - r.bufferBeforeMinutes;
                const qint64 to =
                    (s - origin) / kMinuteMs + r.durationMinutes + r.bufferAfterMinutes;
                bool free = true;
                for (qint64 m = from; m < to && free; ++m)
                    free = !blocked[size_t(m)];
                if (free)
                    out << Interval{s, s + r.durationMinutes * kMinuteMs};
            }
        }
    }
    return out;
}

QList<SlotRequest> makePractice()
{
    QRandomGenerator rng(4711);
    const QTimeZone berlin("Europe/Berlin");
    QList<SlotRequest> out;
    for (int p = 0; p < kPractitioners; ++p) {
        SlotRequest r;
        r.zone = berlin;
        r.firstDay = kMonday;
        r.lastDay = kMonday.addDays(6);
        for (int wd = 1; wd <= 5; ++wd) {
            r.hours << WeeklyHours{0, p, wd, QTime(7, 30), QTime(12, 0), {}, {}}
                    << WeeklyHours{0, p, wd, QTime(13, 0), QTime(19, 0), {}, {}};
        }
        r.hours << WeeklyHours{0, p, 6, QTime(8, 0), QTime(13, 0), {}, {}};
        r.durationMinutes = 30;
        r.bufferBeforeMinutes = 5;
        r.bufferAfterMinutes = 10;
        r.stepMinutes = 5;
        r.nowMs = QDateTime(kMonday.addDays(-7), QTime(0, 0), berlin).toMSecsSinceEpoch();
        const qint64 weekStart = QDateTime(kMonday, QTime(6, 0), berlin).toMSecsSinceEpoch();
        for (int i = 0; i < kBusyPerPractitioner; ++i) {
            // Minute-aligned so the naive minute grid sees exactly what SlotFinder sees.
            const qint64 start = weekStart + kMinuteMs * rng.bounded(6 * 24 * 60);
            const Interval busy{start, start + kMinuteMs * rng.bounded(1, 46)};
            if (i % 50 == 0)
                r.absences << busy;
            else if (i % 2 == 0)
                r.busy << busy;
            else
                r.appointments << busy;
        }
        // As the repositories deliver them (ORDER BY start): SlotFinder merges sorted lists.
        for (QList<Interval> *list : {&r.absences, &r.busy, &r.appointments})
            std::sort(list->begin(), list->end());
        out << r;
    }
    return out;
}

template <typename F> double medianMs(int runs, F run)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        run();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int runs = quick ? 3 : 11;
    const QList<SlotRequest> practice = makePractice();

    qsizetype totalSlots = 0;
    for (const SlotRequest &r : practice) {
        const QList<Interval> fast = SlotFinder::freeSlots(r);
        const QList<Interval> naive = naiveScan(r);
        if (fast != naive) {
            std::fprintf(stderr, "MISMATCH: SlotFinder offers %lld slots, the naive scan %lld\n",
                         static_cast<long long>(fast.size()), static_cast<long long>(naive.size()));
            return 1;
        }
        totalSlots += fast.size();
    }

    qsizetype sink = 0;
    const double fastMs = medianMs(runs, [&] {
        for (const SlotRequest &r : practice)
            sink += SlotFinder::freeSlots(r).size();
    });
    const double naiveMs = medianMs(runs, [&] {
        for (const SlotRequest &r : practice)
            sink += naiveScan(r).size();
    });

    // Both sides resolve the same local working hours through QTimeZone; that shared floor
    // is printed so the interval arithmetic itself can be judged.
    const double hoursMs = medianMs(runs, [&] {
        for (const SlotRequest &r : practice)
            sink += SlotFinder::workingIntervals(r).size();
    });

    std::printf("%d practitioners x 1 week x %d busy intervals each: %lld free slots (same in "
                "both)\n",
                kPractitioners, kBusyPerPractitioner, static_cast<long long>(totalSlots));
    std::printf("SlotFinder:        %9.3f ms (median of %d runs)\n", fastMs, runs);
    std::printf("naive minute scan: %9.3f ms (median of %d runs)\n", naiveMs, runs);
    std::printf("  of which resolving working hours in the time zone: %9.3f ms\n", hoursMs);
    std::printf("ratio naive/SlotFinder: %.1fx\n", naiveMs / std::max(fastMs, 1e-6));
    return sink > 0 ? 0 : 1;
}
