#include "sync/backoff.h"

#include <QTest>

using namespace empfang;

/// The retry arithmetic: growth, cap, jitter bounds (libkgapi once wrote `interval ^ 2`).
class TstBackoff : public QObject
{
    Q_OBJECT
private slots:
    void ceilingDoublesUpToTheCap_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("first") << 1 << qint64(1000);
        QTest::newRow("second") << 2 << qint64(2000);
        QTest::newRow("third: 4 s, not 1000^2 or 1000 XOR 2") << 3 << qint64(4000);
        QTest::newRow("ninth") << 9 << qint64(256000);
        QTest::newRow("tenth is capped") << 10 << qint64(300000);
        QTest::newRow("far beyond: no overflow") << 500 << qint64(300000);
        QTest::newRow("zero counts as first") << 0 << qint64(1000);
    }
    void ceilingDoublesUpToTheCap()
    {
        QFETCH(int, attempt);
        QFETCH(qint64, expected);
        QCOMPARE(Backoff().ceiling(attempt), expected);
    }

    void fullJitterSpansZeroToCeiling()
    {
        QCOMPARE(Backoff(1000, 300000, [] { return 0.0; }).fullJitter(3), qint64(0));
        QCOMPARE(Backoff(1000, 300000, [] { return 0.5; }).fullJitter(3), qint64(2000));
        QCOMPARE(Backoff(1000, 300000, [] { return 0.999999; }).fullJitter(20), qint64(299999));
        // Out-of-range randomness is clamped, never a negative or oversized delay.
        QCOMPARE(Backoff(1000, 300000, [] { return 7.0; }).fullJitter(2), qint64(2000));
        QCOMPARE(Backoff(1000, 300000, [] { return -1.0; }).fullJitter(2), qint64(0));
    }

    void fullJitterIsSpreadWithTheRealGenerator()
    {
        const Backoff b;
        qint64 low = b.ceiling(5), high = 0;
        for (int i = 0; i < 2000; ++i) {
            const qint64 d = b.fullJitter(5);
            QVERIFY(d >= 0 && d <= b.ceiling(5));
            low = std::min(low, d);
            high = std::max(high, d);
        }
        QVERIFY(low < 2000);
        QVERIFY(high > 14000);
    }

    void decorrelatedStaysBetweenBaseAndThreeTimesPrevious()
    {
        QCOMPARE(Backoff(1000, 300000, [] { return 0.0; }).decorrelated(0), qint64(1000));
        QCOMPARE(Backoff(1000, 300000, [] { return 1.0; }).decorrelated(0), qint64(3000));
        QCOMPARE(Backoff(1000, 300000, [] { return 1.0; }).decorrelated(3000), qint64(9000));
        QCOMPARE(Backoff(1000, 300000, [] { return 0.5; }).decorrelated(3000), qint64(5000));
        QCOMPARE(Backoff(1000, 300000, [] { return 1.0; }).decorrelated(250000), qint64(300000));
        QCOMPARE(Backoff(1000, 300000, [] { return 1.0; })
                     .decorrelated(std::numeric_limits<qint64>::max()),
                 qint64(300000));
    }

    void capBelowBaseIsRaisedToBase()
    {
        const Backoff b(5000, 10);
        QCOMPARE(b.capMs(), qint64(5000));
        QCOMPARE(b.ceiling(4), qint64(5000));
    }
};

QTEST_APPLESS_MAIN(TstBackoff)
#include "tst_backoff.moc"
