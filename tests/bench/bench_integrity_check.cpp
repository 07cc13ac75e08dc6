// Benchmark, not a timed test: how long PRAGMA quick_check takes on a practice database of
// 1 000 and 200 000 appointments (about 25 000 patients, 20 practitioners). empfang-cli runs it
// before its first write; the GUI runs it at start on a background thread, so this figure is
// what a booking from the CLI pays once and what the GUI never waits for. --quick: 1k and 20k.
#include "storage/database.h"
#include "storage/integrity_check.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace empfang;

namespace {

bool fill(Database &db, int appointments)
{
    QSqlQuery q(db.connection());
    if (!db.beginWrite())
        return false;
    constexpr int practitioners = 20;
    for (int p = 1; p <= practitioners; ++p)
        q.exec(QStringLiteral("INSERT INTO practitioners (id, name, created_ms) VALUES "
                              "(%1, 'Behandler %1', 0)")
                   .arg(p));
    q.exec(
        QStringLiteral("INSERT INTO appointment_types (id, name, minutes) VALUES (1, 'KG', 30)"));
    const int patients = std::max(1, appointments / 8);
    q.prepare(QStringLiteral("INSERT INTO patients (id, name, phone, created_ms, updated_ms) "
                             "VALUES (?, ?, ?, 0, 0)"));
    for (int i = 1; i <= patients; ++i) {
        q.addBindValue(i);
        q.addBindValue(QStringLiteral("Patient %1").arg(i));
        q.addBindValue(QStringLiteral("0171 %1").arg(1000000 + i));
        if (!q.exec())
            return false;
    }
    QRandomGenerator rng(7);
    const qint64 fiveYearsAgo = 1640995200000; // 2022-01-01
    q.prepare(QStringLiteral("INSERT INTO appointments (practitioner_id, type_id, patient_id, "
                             "start_ms, end_ms, status, created_ms, updated_ms) "
                             "VALUES (?, 1, ?, ?, ?, ?, 0, 0)"));
    for (int i = 0; i < appointments; ++i) {
        const qint64 start = fiveYearsAgo + qint64(i / practitioners) * 30 * 60 * 1000;
        q.addBindValue(1 + i % practitioners);
        q.addBindValue(1 + int(rng.bounded(patients)));
        q.addBindValue(start);
        q.addBindValue(start + 30 * 60 * 1000);
        q.addBindValue(i % 17 == 0 ? QStringLiteral("cancelled") : QStringLiteral("completed"));
        if (!q.exec())
            return false;
    }
    return db.commit();
}

double medianMs(const QString &path, int runs)
{
    std::vector<qint64> times;
    for (int i = 0; i < runs; ++i) {
        qint64 ms = 0;
        if (IntegrityCheck::isDamaged(path, &ms))
            return -1;
        times.push_back(ms);
    }
    std::sort(times.begin(), times.end());
    return double(times[times.size() / 2]);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    QTemporaryDir dir;
    const QList<int> sizes = quick ? QList<int>{1000, 20000} : QList<int>{1000, 200000};
    QList<double> medians;
    for (int size : sizes) {
        const QString path = dir.filePath(QStringLiteral("praxis-%1.sqlite").arg(size));
        {
            auto db = Database::open(path);
            if (!db || !fill(*db.value(), size)) {
                std::fprintf(stderr, "could not build the %d-appointment database\n", size);
                return 1;
            }
        }
        const double ms = medianMs(path, quick ? 3 : 7);
        if (ms < 0) {
            std::fprintf(stderr, "quick_check reported damage on a fresh database\n");
            return 1;
        }
        medians << ms;
        std::printf("quick_check, %6d appointments (%5.1f MB): median %6.1f ms\n", size,
                    double(QFileInfo(path).size()) / 1e6, ms);
    }
    std::printf("ratio %d/%d: %.1fx\n", sizes.last(), sizes.first(),
                medians.last() / std::max(1.0, medians.first()));
    return 0;
}
