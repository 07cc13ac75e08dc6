// SlotFinder is the heart of the reception grid: what it offers is what the receptionist can
// book. Every expected instant below is computed by hand from QDateTime in the zone, never
// copied from the program's output.
#include "scheduling/slot_finder.h"
#include "slot_finder_test_helpers.h"

#include <QRandomGenerator>
#include <QTest>

using namespace empfang;

Q_DECLARE_METATYPE(std::optional<empfang::SlotViolation>)

using namespace slottest;

class TestSlotFinder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void slotsStartOnTheStepGridOfTheWorkingInterval_data();
    void slotsStartOnTheStepGridOfTheWorkingInterval();
    void gridIsAnchoredAtEachWorkingIntervalStart();
    void splitShiftOffersBothHalvesButNothingInTheLunchBreak();
    void slotsEndExactlyAtClosingTimeAndAtTheNextBooking();
    void ownBuffersKeepDistanceToOtherBookings_data();
    void ownBuffersKeepDistanceToOtherBookings();
    void blockedTimesRemoveOverlappingSlots_data();
    void blockedTimesRemoveOverlappingSlots();
    void minimumNoticeAndNowHideEarlySlots_data();
    void minimumNoticeAndNowHideEarlySlots();
    void bookingHorizonEndsTheOffer();
    void notBeforeSkipsEarlierSlots();
    void hoursApplyOnlyWithinTheirValidity();
    void noSlotsWithoutHoursOrWithZeroDuration();
    void firstSlotIsTheEarliestFreeSlot();

    void checkNamesEachViolation_data();
    void checkNamesEachViolation();
    void checkAcceptsOffGridTimesInsideHours();

    void mergedJoinsOverlappingAndTouchingIntervals_data();
    void mergedJoinsOverlappingAndTouchingIntervals();

    void freeSlotsAgreeWithCheckOnRandomDays();
};

void TestSlotFinder::initTestCase()
{
    QCOMPARE(kMonday.dayOfWeek(), 1);
    QCOMPARE(QDate(2026, 3, 29).dayOfWeek(), 7);
    QCOMPARE(QDate(2026, 10, 25).dayOfWeek(), 7);
    QVERIFY(kBerlin.isValid());
}

void TestSlotFinder::slotsStartOnTheStepGridOfTheWorkingInterval_data()
{
    QTest::addColumn<int>("duration");
    QTest::addColumn<int>("step");
    QTest::addColumn<QTime>("from");
    QTest::addColumn<QTime>("to");
    QTest::addColumn<QTime>("firstStart");
    QTest::addColumn<QTime>("lastStart");

    QTest::newRow("30 min, 5 min step")
        << 30 << 5 << QTime(8, 0) << QTime(12, 0) << QTime(8, 0) << QTime(11, 30);
    QTest::newRow("30 min, 15 min step")
        << 30 << 15 << QTime(8, 0) << QTime(12, 0) << QTime(8, 0) << QTime(11, 30);
    QTest::newRow("45 min, 60 min step")
        << 45 << 60 << QTime(8, 0) << QTime(12, 0) << QTime(8, 0) << QTime(11, 0);
    QTest::newRow("30 min, 7 min step")
        << 30 << 7 << QTime(8, 0) << QTime(12, 0) << QTime(8, 0) << QTime(11, 30);
    QTest::newRow("20 min, 25 min step: last fit 11:20")
        << 20 << 25 << QTime(8, 0) << QTime(12, 0) << QTime(8, 0) << QTime(11, 20);
    QTest::newRow("type exactly as long as the interval")
        << 240 << 5 << QTime(8, 0) << QTime(12, 0) << QTime(8, 0) << QTime(8, 0);
}

void TestSlotFinder::slotsStartOnTheStepGridOfTheWorkingInterval()
{
    QFETCH(int, duration);
    QFETCH(int, step);
    QFETCH(QTime, from);
    QFETCH(QTime, to);
    QFETCH(QTime, firstStart);
    QFETCH(QTime, lastStart);

    SlotRequest r = dayRequest(kMonday);
    r.hours = {hours(1, from, to)};
    r.durationMinutes = duration;
    r.stepMinutes = step;
    const QList<Interval> found = SlotFinder::freeSlots(r);

    QCOMPARE(starts(found),
             everyStep(at(kMonday, firstStart), at(kMonday, lastStart), minutes(step)));
    for (const Interval &s : found)
        QCOMPARE(s.length(), minutes(duration));
}

void TestSlotFinder::gridIsAnchoredAtEachWorkingIntervalStart()
{
    SlotRequest r = dayRequest(kMonday);
    r.hours = {hours(1, QTime(9, 10), QTime(10, 0)), hours(1, QTime(10, 7), QTime(10, 40))};
    r.durationMinutes = 15;
    r.stepMinutes = 15;
    const QList<qint64> expected = {at(kMonday, QTime(9, 10)), at(kMonday, QTime(9, 25)),
                                    at(kMonday, QTime(9, 40)), at(kMonday, QTime(10, 7)),
                                    at(kMonday, QTime(10, 22))};
    QCOMPARE(starts(SlotFinder::freeSlots(r)), expected);
}

void TestSlotFinder::splitShiftOffersBothHalvesButNothingInTheLunchBreak()
{
    SlotRequest r = dayRequest(kMonday);
    r.hours = {hours(1, QTime(14, 0), QTime(18, 0)), hours(1, QTime(8, 0), QTime(12, 0))};
    r.durationMinutes = 60;
    r.stepMinutes = 60;
    QList<qint64> expected;
    for (int h : {8, 9, 10, 11, 14, 15, 16, 17})
        expected << at(kMonday, QTime(h, 0));
    QCOMPARE(starts(SlotFinder::freeSlots(r)), expected);
}

void TestSlotFinder::slotsEndExactlyAtClosingTimeAndAtTheNextBooking()
{
    SlotRequest r = dayRequest(kMonday);
    r.stepMinutes = 30;
    r.appointments = {{at(kMonday, QTime(9, 0)), at(kMonday, QTime(9, 30))}};
    const QList<qint64> expected = {at(kMonday, QTime(8, 0)),   at(kMonday, QTime(8, 30)),
                                    at(kMonday, QTime(9, 30)),  at(kMonday, QTime(10, 0)),
                                    at(kMonday, QTime(10, 30)), at(kMonday, QTime(11, 0)),
                                    at(kMonday, QTime(11, 30))};
    QCOMPARE(starts(SlotFinder::freeSlots(r)), expected);
}

void TestSlotFinder::ownBuffersKeepDistanceToOtherBookings_data()
{
    QTest::addColumn<int>("before");
    QTest::addColumn<int>("after");
    QTest::addColumn<QList<QTime>>("expected");

    // Booking 10:00–10:30; 30-minute type; step 5; hours 08:00–12:00. Only found near the
    // booking are listed: the last one before it and the first one after it.
    QTest::newRow("no buffers") << 0 << 0 << QList<QTime>{QTime(9, 30), QTime(10, 30)};
    QTest::newRow("15 after") << 0 << 15 << QList<QTime>{QTime(9, 15), QTime(10, 30)};
    QTest::newRow("10 before") << 10 << 0 << QList<QTime>{QTime(9, 30), QTime(10, 40)};
    QTest::newRow("10 before, 15 after") << 10 << 15 << QList<QTime>{QTime(9, 15), QTime(10, 40)};
    QTest::newRow("odd buffers round up to the grid")
        << 7 << 3 << QList<QTime>{QTime(9, 25), QTime(10, 40)};
}

void TestSlotFinder::ownBuffersKeepDistanceToOtherBookings()
{
    QFETCH(int, before);
    QFETCH(int, after);
    QFETCH(QList<QTime>, expected);

    SlotRequest r = dayRequest(kMonday);
    r.bufferBeforeMinutes = before;
    r.bufferAfterMinutes = after;
    r.appointments = {{at(kMonday, QTime(10, 0)), at(kMonday, QTime(10, 30))}};
    const QList<Interval> found = SlotFinder::freeSlots(r);

    const qint64 bookingStart = at(kMonday, QTime(10, 0));
    qint64 lastBefore = 0;
    qint64 firstAfter = 0;
    for (const Interval &s : found) {
        if (s.startMs < bookingStart)
            lastBefore = s.startMs;
        else if (!firstAfter)
            firstAfter = s.startMs;
    }
    QCOMPARE(lastBefore, at(kMonday, expected.at(0)));
    QCOMPARE(firstAfter, at(kMonday, expected.at(1)));
    // Buffers lie outside the working interval at its edges: opening and closing stay bookable.
    QCOMPARE(found.first().startMs, at(kMonday, QTime(8, 0)));
    QCOMPARE(found.last().endMs, at(kMonday, QTime(12, 0)));
}

void TestSlotFinder::blockedTimesRemoveOverlappingSlots_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("absence") << QStringLiteral("absence");
    QTest::newRow("external busy") << QStringLiteral("busy");
    QTest::newRow("appointment") << QStringLiteral("appointment");
}

void TestSlotFinder::blockedTimesRemoveOverlappingSlots()
{
    QFETCH(QString, kind);
    SlotRequest r = dayRequest(kMonday);
    r.stepMinutes = 30;
    const Interval blocked{at(kMonday, QTime(9, 15)), at(kMonday, QTime(10, 45))};
    if (kind == QLatin1String("absence"))
        r.absences = {blocked};
    else if (kind == QLatin1String("busy"))
        r.busy = {blocked};
    else
        r.appointments = {blocked};

    // 08:00, 08:30 end before 09:15; 08:45 would overlap; 11:00 and 11:30 start after 10:45.
    const QList<qint64> expected = {at(kMonday, QTime(8, 0)), at(kMonday, QTime(8, 30)),
                                    at(kMonday, QTime(11, 0)), at(kMonday, QTime(11, 30))};
    QCOMPARE(starts(SlotFinder::freeSlots(r)), expected);
}

void TestSlotFinder::minimumNoticeAndNowHideEarlySlots_data()
{
    QTest::addColumn<QTime>("now");
    QTest::addColumn<int>("notice");
    QTest::addColumn<QTime>("firstStart");

    QTest::newRow("now at opening") << QTime(8, 0) << 0 << QTime(8, 0);
    QTest::newRow("now off the grid rounds up") << QTime(8, 2) << 0 << QTime(8, 5);
    QTest::newRow("one hour notice") << QTime(8, 0) << 60 << QTime(9, 0);
    QTest::newRow("notice off the grid") << QTime(7, 0) << 93 << QTime(8, 35);
    QTest::newRow("notice before opening changes nothing") << QTime(6, 0) << 60 << QTime(8, 0);
}

void TestSlotFinder::minimumNoticeAndNowHideEarlySlots()
{
    QFETCH(QTime, now);
    QFETCH(int, notice);
    QFETCH(QTime, firstStart);
    SlotRequest r = dayRequest(kMonday);
    r.nowMs = at(kMonday, now);
    r.minimumNoticeMinutes = notice;
    const QList<Interval> found = SlotFinder::freeSlots(r);
    QVERIFY(!found.isEmpty());
    QCOMPARE(found.first().startMs, at(kMonday, firstStart));
    QCOMPARE(found.last().startMs, at(kMonday, QTime(11, 30)));
}

void TestSlotFinder::bookingHorizonEndsTheOffer()
{
    SlotRequest r = dayRequest(kMonday);
    r.lastDay = kMonday.addDays(2);
    r.hours = {hours(1, QTime(8, 0), QTime(12, 0)), hours(2, QTime(8, 0), QTime(12, 0)),
               hours(3, QTime(8, 0), QTime(12, 0))};
    r.stepMinutes = 60;
    r.nowMs = at(kMonday, QTime(10, 0));
    r.horizonDays = 1;
    // Up to (not including) Tuesday 10:00: Monday 10, 11; Tuesday 8, 9.
    const QList<qint64> expected = {at(kMonday, QTime(10, 0)), at(kMonday, QTime(11, 0)),
                                    at(kMonday.addDays(1), QTime(8, 0)),
                                    at(kMonday.addDays(1), QTime(9, 0))};
    QCOMPARE(starts(SlotFinder::freeSlots(r)), expected);

    r.horizonDays = 2;
    QCOMPARE(SlotFinder::freeSlots(r).size(), 2 + 4 + 2);
}

void TestSlotFinder::notBeforeSkipsEarlierSlots()
{
    SlotRequest r = dayRequest(kMonday);
    r.notBeforeMs = at(kMonday, QTime(10, 2));
    const QList<Interval> found = SlotFinder::freeSlots(r);
    QVERIFY(!found.isEmpty());
    QCOMPARE(found.first().startMs, at(kMonday, QTime(10, 5)));
    QCOMPARE(SlotFinder::firstSlot(r)->startMs, at(kMonday, QTime(10, 5)));
}

void TestSlotFinder::hoursApplyOnlyWithinTheirValidity()
{
    SlotRequest r = dayRequest(kMonday);
    r.lastDay = kMonday.addDays(6);
    r.stepMinutes = 240;
    r.durationMinutes = 240;
    r.hours.clear();
    for (int wd = 1; wd <= 7; ++wd)
        r.hours << hours(wd, QTime(8, 0), QTime(12, 0), kMonday.addDays(1), kMonday.addDays(3));
    // validTo is inclusive: Tuesday, Wednesday, Thursday.
    const QList<qint64> expected = {at(kMonday.addDays(1), QTime(8, 0)),
                                    at(kMonday.addDays(2), QTime(8, 0)),
                                    at(kMonday.addDays(3), QTime(8, 0))};
    QCOMPARE(starts(SlotFinder::freeSlots(r)), expected);

    // Open-ended on one side.
    r.hours = {hours(5, QTime(8, 0), QTime(12, 0), kMonday.addDays(4), {}),
               hours(1, QTime(8, 0), QTime(12, 0), {}, kMonday.addDays(-1))};
    QCOMPARE(starts(SlotFinder::freeSlots(r)), QList<qint64>{at(kMonday.addDays(4), QTime(8, 0))});
}

void TestSlotFinder::noSlotsWithoutHoursOrWithZeroDuration()
{
    SlotRequest r = dayRequest(kMonday);
    r.hours.clear();
    QVERIFY(SlotFinder::freeSlots(r).isEmpty());
    QVERIFY(!SlotFinder::firstSlot(r));

    r = dayRequest(kMonday);
    r.durationMinutes = 0;
    QVERIFY(SlotFinder::freeSlots(r).isEmpty());

    r = dayRequest(kMonday);
    r.durationMinutes = 241; // longer than the working interval
    QVERIFY(SlotFinder::freeSlots(r).isEmpty());

    r = dayRequest(kMonday);
    r.hours = {hours(1, QTime(12, 0), QTime(8, 0))}; // end before start: ignored, not wrapped
    QVERIFY(SlotFinder::freeSlots(r).isEmpty());
}

void TestSlotFinder::firstSlotIsTheEarliestFreeSlot()
{
    SlotRequest r = dayRequest(kMonday);
    r.lastDay = kMonday.addDays(1);
    r.hours << hours(2, QTime(7, 0), QTime(9, 0));
    r.absences = {{at(kMonday, QTime(8, 0)), at(kMonday, QTime(11, 50))}};
    // Monday 11:50–12:00 is too short for 30 min, so the first slot is Tuesday 07:00.
    QCOMPARE(SlotFinder::firstSlot(r)->startMs, at(kMonday.addDays(1), QTime(7, 0)));
    QCOMPARE(SlotFinder::firstSlot(r)->startMs, SlotFinder::freeSlots(r).first().startMs);
}

void TestSlotFinder::checkNamesEachViolation_data()
{
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<std::optional<SlotViolation>>("expected");

    // Now: Monday 09:00, 30 min notice, horizon 1 day. Hours Mon/Tue 08–12 and 13–18.
    // Absence 09:50–10:10, calendar busy 10:20–10:40, appointment 11:35–11:45.
    // 30-minute type with a 5-minute buffer after.
    const auto mon = [](int h, int m) { return QDateTime(kMonday, QTime(h, m), kBerlin); };
    const auto tue = [](int h, int m) {
        return QDateTime(kMonday.addDays(1), QTime(h, m), kBerlin);
    };
    const std::optional<SlotViolation> none;
    QTest::newRow("free afternoon") << mon(13, 0) << none;
    QTest::newRow("free off the grid") << mon(10, 41) << none;
    QTest::newRow("buffer ends where the next appointment starts") << mon(11, 0) << none;
    QTest::newRow("in the past") << mon(8, 30) << std::optional(SlotViolation::InPast);
    QTest::newRow("too short notice") << mon(9, 15) << std::optional(SlotViolation::TooShortNotice);
    QTest::newRow("before opening")
        << tue(7, 30) << std::optional(SlotViolation::OutsideWorkingHours);
    QTest::newRow("over closing") << mon(11, 45)
                                  << std::optional(SlotViolation::OutsideWorkingHours);
    QTest::newRow("over lunch") << mon(12, 30) << std::optional(SlotViolation::OutsideWorkingHours);
    QTest::newRow("absence") << mon(9, 30) << std::optional(SlotViolation::InAbsence);
    QTest::newRow("busy in calendar") << mon(10, 10) << std::optional(SlotViolation::BusyElsewhere);
    QTest::newRow("other appointment")
        << mon(11, 20) << std::optional(SlotViolation::OverlapsAppointment);
    QTest::newRow("own buffer after reaches the next appointment")
        << mon(11, 1) << std::optional(SlotViolation::OverlapsAppointment);
    QTest::newRow("last start inside the horizon") << tue(8, 30) << none;
    QTest::newRow("beyond horizon") << tue(9, 0) << std::optional(SlotViolation::BeyondHorizon);
}

void TestSlotFinder::checkNamesEachViolation()
{
    QFETCH(QDateTime, start);
    QFETCH(std::optional<SlotViolation>, expected);

    SlotRequest r = dayRequest(kMonday);
    r.lastDay = kMonday.addDays(1);
    r.hours.clear();
    for (int wd : {1, 2})
        r.hours << hours(wd, QTime(8, 0), QTime(12, 0)) << hours(wd, QTime(13, 0), QTime(18, 0));
    r.nowMs = at(kMonday, QTime(9, 0));
    r.minimumNoticeMinutes = 30;
    r.horizonDays = 1;
    r.bufferAfterMinutes = 5;
    r.absences = {{at(kMonday, QTime(9, 50)), at(kMonday, QTime(10, 10))}};
    r.busy = {{at(kMonday, QTime(10, 20)), at(kMonday, QTime(10, 40))}};
    r.appointments = {{at(kMonday, QTime(11, 35)), at(kMonday, QTime(11, 45))}};
    const qint64 s = start.toMSecsSinceEpoch();
    QCOMPARE(SlotFinder::check(r, {s, s + minutes(r.durationMinutes)}), expected);
}

void TestSlotFinder::checkAcceptsOffGridTimesInsideHours()
{
    SlotRequest r = dayRequest(kMonday);
    r.stepMinutes = 15;
    const Interval offGrid{at(kMonday, QTime(8, 7)), at(kMonday, QTime(8, 37))};
    QCOMPARE(SlotFinder::check(r, offGrid), std::optional<SlotViolation>());
    QVERIFY(!starts(SlotFinder::freeSlots(r)).contains(offGrid.startMs));
}

void TestSlotFinder::mergedJoinsOverlappingAndTouchingIntervals_data()
{
    QTest::addColumn<QList<Interval>>("input");
    QTest::addColumn<QList<Interval>>("expected");

    QTest::newRow("empty") << QList<Interval>{} << QList<Interval>{};
    QTest::newRow("empty intervals vanish") << QList<Interval>{{5, 5}, {9, 3}} << QList<Interval>{};
    QTest::newRow("disjoint get sorted")
        << QList<Interval>{{10, 20}, {0, 5}} << QList<Interval>{{0, 5}, {10, 20}};
    QTest::newRow("touching join") << QList<Interval>{{0, 5}, {5, 10}} << QList<Interval>{{0, 10}};
    QTest::newRow("overlapping join") << QList<Interval>{{3, 8}, {0, 5}} << QList<Interval>{{0, 8}};
    QTest::newRow("contained swallowed")
        << QList<Interval>{{0, 100}, {10, 20}, {30, 40}} << QList<Interval>{{0, 100}};
    QTest::newRow("long one bridges later ones")
        << QList<Interval>{{0, 50}, {10, 20}, {45, 60}, {70, 80}}
        << QList<Interval>{{0, 60}, {70, 80}};
}

void TestSlotFinder::mergedJoinsOverlappingAndTouchingIntervals()
{
    QFETCH(QList<Interval>, input);
    QFETCH(QList<Interval>, expected);
    QCOMPARE(SlotFinder::merged(input), expected);
}

void TestSlotFinder::freeSlotsAgreeWithCheckOnRandomDays()
{
    // The grid the receptionist sees and the check a booking passes must never disagree:
    // every offered slot passes check(), and every grid start that passes check() is offered.
    QRandomGenerator rng(20261207);
    for (int round = 0; round < 200; ++round) {
        SlotRequest r = dayRequest(kMonday);
        r.durationMinutes = 5 * rng.bounded(1, 13);
        r.stepMinutes = rng.bounded(1, 31);
        r.bufferBeforeMinutes = rng.bounded(0, 3) * 5;
        r.bufferAfterMinutes = rng.bounded(0, 3) * 5;
        r.nowMs = at(kMonday, QTime(rng.bounded(6, 11), rng.bounded(0, 60)));
        r.minimumNoticeMinutes = rng.bounded(0, 4) * 20;
        r.hours.clear();
        const int shifts = rng.bounded(1, 4);
        for (int i = 0; i < shifts; ++i) {
            const int from = rng.bounded(6 * 60, 17 * 60);
            const int to = from + rng.bounded(20, 240);
            r.hours << hours(1, QTime(from / 60, from % 60), QTime(to / 60, to % 60));
        }
        auto randomIntervals = [&](int count) {
            QList<Interval> out;
            for (int i = 0; i < count; ++i) {
                const qint64 start = at(kMonday, QTime(6, 0)) + minutes(rng.bounded(0, 14 * 60));
                out << Interval{start, start + minutes(rng.bounded(5, 90))};
            }
            return out;
        };
        r.absences = randomIntervals(rng.bounded(0, 2));
        r.busy = randomIntervals(rng.bounded(0, 4));
        r.appointments = randomIntervals(rng.bounded(0, 6));

        const QList<Interval> offered = SlotFinder::freeSlots(r);
        for (const Interval &s : offered)
            QVERIFY2(!SlotFinder::check(r, s), qPrintable(QString::number(round)));

        // Grid candidates: every step from each working interval's start.
        QList<qint64> expected;
        for (const Interval &work : SlotFinder::workingIntervals(r)) {
            for (qint64 s = work.startMs; s + minutes(r.durationMinutes) <= work.endMs;
                 s += minutes(r.stepMinutes)) {
                if (!SlotFinder::check(r, {s, s + minutes(r.durationMinutes)}))
                    expected << s;
            }
        }
        QCOMPARE(starts(offered), expected);
    }
}

QTEST_GUILESS_MAIN(TestSlotFinder)
#include "tst_slot_finder.moc"
