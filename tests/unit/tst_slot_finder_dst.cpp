// SlotFinder across daylight-saving changes and in other time zones: working hours are local
// wall-clock times, slots are instants. Every expected instant is computed by hand.
#include "scheduling/slot_finder.h"
#include "slot_finder_test_helpers.h"

#include <QTest>

using namespace empfang;
using namespace slottest;

class TestSlotFinderDst : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bookingHorizonCountsCalendarDaysAcrossDst();
    void morningHoursStayAtEightLocalOnDstSundays_data();
    void morningHoursStayAtEightLocalOnDstSundays();
    void nightHoursHaveTheRealLengthOnDstSundays_data();
    void nightHoursHaveTheRealLengthOnDstSundays();
    void hoursStartingOrEndingInTheSpringGapUseTheClockJump();
    void weekAcrossTheDstChangeKeepsEightLocal_data();
    void weekAcrossTheDstChangeKeepsEightLocal();
    void practiceTimeZoneIsRespected();
};

void TestSlotFinderDst::initTestCase()
{
    QCOMPARE(QDate(2026, 3, 29).dayOfWeek(), 7);
    QCOMPARE(QDate(2026, 10, 25).dayOfWeek(), 7);
    QVERIFY(kBerlin.isValid());
}

void TestSlotFinderDst::bookingHorizonCountsCalendarDaysAcrossDst()
{
    // "One day ahead" from Saturday 10:00 means Sunday 10:00 on the wall clock, even though
    // the night in between is 23 (spring) or 25 (autumn) hours long.
    for (const QDate sunday : {QDate(2026, 3, 29), QDate(2026, 10, 25)}) {
        SlotRequest r = dayRequest(sunday);
        r.firstDay = sunday.addDays(-1);
        r.hours = {hours(6, QTime(8, 0), QTime(12, 0)), hours(7, QTime(8, 0), QTime(12, 0))};
        r.stepMinutes = 30;
        r.nowMs = at(sunday.addDays(-1), QTime(10, 0));
        r.horizonDays = 1;
        const QList<Interval> found = SlotFinder::freeSlots(r);
        QVERIFY(!found.isEmpty());
        QCOMPARE(found.last().startMs, at(sunday, QTime(9, 30)));
        const Interval atTen{at(sunday, QTime(10, 0)), at(sunday, QTime(10, 30))};
        const Interval atNineThirty{at(sunday, QTime(9, 30)), at(sunday, QTime(10, 0))};
        QCOMPARE(SlotFinder::check(r, atTen), std::optional(SlotViolation::BeyondHorizon));
        QCOMPARE(SlotFinder::check(r, atNineThirty), std::optional<SlotViolation>());
    }
}

void TestSlotFinderDst::morningHoursStayAtEightLocalOnDstSundays_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("utcHourOfEight");
    QTest::newRow("spring change 2026-03-29: CEST") << QDate(2026, 3, 29) << 6;
    QTest::newRow("autumn change 2026-10-25: CET") << QDate(2026, 10, 25) << 7;
    QTest::newRow("day before spring change: CET") << QDate(2026, 3, 28) << 7;
    QTest::newRow("day before autumn change: CEST") << QDate(2026, 10, 24) << 6;
}

void TestSlotFinderDst::morningHoursStayAtEightLocalOnDstSundays()
{
    QFETCH(QDate, day);
    QFETCH(int, utcHourOfEight);
    SlotRequest r = dayRequest(day);
    r.stepMinutes = 30;
    const QList<Interval> found = SlotFinder::freeSlots(r);
    QCOMPARE(found.size(), 8); // 08:00 … 11:30
    QCOMPARE(found.first().startMs, utc(day, utcHourOfEight));
    QCOMPARE(found.last().endMs, utc(day, utcHourOfEight + 4));
}

void TestSlotFinderDst::nightHoursHaveTheRealLengthOnDstSundays_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QStringList>("expected");
    // 30-minute type, 30-minute step, hours 01:00–04:00 local.
    QTest::newRow("spring: 2 real hours, 02:xx does not exist")
        << QDate(2026, 3, 29)
        << QStringList{QStringLiteral("01:00+1"), QStringLiteral("01:30+1"),
                       QStringLiteral("03:00+2"), QStringLiteral("03:30+2")};
    QTest::newRow("autumn: 4 real hours, 02:xx twice")
        << QDate(2026, 10, 25) << QStringList{QStringLiteral("01:00+2"), QStringLiteral("01:30+2"),
                                              QStringLiteral("02:00+2"), QStringLiteral("02:30+2"),
                                              QStringLiteral("02:00+1"), QStringLiteral("02:30+1"),
                                              QStringLiteral("03:00+1"), QStringLiteral("03:30+1")};
}

void TestSlotFinderDst::nightHoursHaveTheRealLengthOnDstSundays()
{
    QFETCH(QDate, day);
    QFETCH(QStringList, expected);
    SlotRequest r = dayRequest(day);
    r.hours = {hours(7, QTime(1, 0), QTime(4, 0))};
    r.stepMinutes = 30;
    const QList<Interval> found = SlotFinder::freeSlots(r);
    QCOMPARE(localTimes(found, kBerlin), expected);
    // The real span: 01:00 CET = 00:00Z … 04:00 CEST = 02:00Z; 01:00 CEST = 23:00Z the day
    // before … 04:00 CET = 03:00Z.
    const qint64 realHours = day.month() == 3 ? 2 : 4;
    QCOMPARE(found.last().endMs - found.first().startMs, realHours * 60 * kMinuteMs);
}

void TestSlotFinderDst::hoursStartingOrEndingInTheSpringGapUseTheClockJump()
{
    // On 2026-03-29 the clock jumps from 02:00 CET (01:00Z) to 03:00 CEST. "Until 02:30" ends
    // at the jump; "from 02:30" starts at the jump — never an hour later or earlier.
    const QDate day(2026, 3, 29);
    SlotRequest r = dayRequest(day);
    r.stepMinutes = 30;

    r.hours = {hours(7, QTime(1, 0), QTime(2, 30))};
    QCOMPARE(starts(SlotFinder::freeSlots(r)), (QList<qint64>{utc(day, 0), utc(day, 0, 30)}));

    r.hours = {hours(7, QTime(2, 30), QTime(5, 0))};
    QCOMPARE(starts(SlotFinder::freeSlots(r)),
             (QList<qint64>{utc(day, 1), utc(day, 1, 30), utc(day, 2), utc(day, 2, 30)}));

    r.hours = {hours(7, QTime(2, 0), QTime(2, 59))}; // wholly inside the gap
    QVERIFY(SlotFinder::freeSlots(r).isEmpty());

    r.hours = {hours(7, QTime(1, 0), QTime(2, 30))};
    const Interval afterJump{utc(day, 1), utc(day, 1, 30)};
    QCOMPARE(SlotFinder::check(r, afterJump), std::optional(SlotViolation::OutsideWorkingHours));
}

void TestSlotFinderDst::weekAcrossTheDstChangeKeepsEightLocal_data()
{
    QTest::addColumn<QDate>("monday");
    QTest::newRow("spring week 2026-03-23") << QDate(2026, 3, 23);
    QTest::newRow("autumn week 2026-10-19") << QDate(2026, 10, 19);
}

void TestSlotFinderDst::weekAcrossTheDstChangeKeepsEightLocal()
{
    QFETCH(QDate, monday);
    SlotRequest r = dayRequest(monday);
    r.lastDay = monday.addDays(13); // two weeks, the change in the middle
    r.hours.clear();
    for (int wd = 1; wd <= 7; ++wd)
        r.hours << hours(wd, QTime(8, 0), QTime(12, 0));
    r.stepMinutes = 240;
    r.durationMinutes = 240;
    const QList<Interval> found = SlotFinder::freeSlots(r);
    QCOMPARE(found.size(), 14);
    for (int i = 0; i < 14; ++i) {
        const QDate day = monday.addDays(i);
        const bool summer =
            (monday.month() == 3) == (day > QDate(2026, 3, 28) && day < QDate(2026, 10, 25));
        // Berlin: 08:00 is 06:00Z in summer time, 07:00Z in winter time.
        const int utcHour = (monday.month() == 3 ? summer : !summer) ? 6 : 7;
        QCOMPARE(found.at(i).startMs, utc(day, utcHour));
    }
}

void TestSlotFinderDst::practiceTimeZoneIsRespected()
{
    // New York springs forward on 2026-03-08 (02:00 EST → 03:00 EDT).
    const QTimeZone newYork("America/New_York");
    QVERIFY(newYork.isValid());
    const QDate saturday(2026, 3, 7);
    const QDate sunday(2026, 3, 8);
    SlotRequest r = dayRequest(saturday, newYork);
    r.lastDay = sunday;
    r.hours = {hours(6, QTime(8, 0), QTime(12, 0)), hours(7, QTime(8, 0), QTime(12, 0))};
    r.stepMinutes = 240;
    r.durationMinutes = 240;
    // 08:00 EST = 13:00Z, 08:00 EDT = 12:00Z.
    QCOMPARE(starts(SlotFinder::freeSlots(r)), (QList<qint64>{utc(saturday, 13), utc(sunday, 12)}));

    r = dayRequest(sunday, newYork);
    r.hours = {hours(7, QTime(1, 0), QTime(4, 0))};
    r.stepMinutes = 30;
    const QList<Interval> night = SlotFinder::freeSlots(r);
    QCOMPARE(localTimes(night, newYork),
             (QStringList{QStringLiteral("01:00+-5"), QStringLiteral("01:30+-5"),
                          QStringLiteral("03:00+-4"), QStringLiteral("03:30+-4")}));

    // The same request in Berlin: no change that day, so 3 hours and 6 found.
    r.zone = kBerlin;
    r.nowMs = at(sunday.addDays(-7), QTime(0, 0));
    QCOMPARE(SlotFinder::freeSlots(r).size(), 6);
}

QTEST_GUILESS_MAIN(TestSlotFinderDst)
#include "tst_slot_finder_dst.moc"
