// A prescription is booked as one series: the plan must show every conflict with an alternative
// on the same day, keep the time of day across DST, and booking must be all-or-nothing.
#include "booking/series_planner.h"
#include "booking/series_service.h"
#include "storage/appointment_repository.h"
#include "storage/appointment_type_repository.h"
#include "storage/audit_log.h"
#include "storage/practitioner_repository.h"
#include "storage/schedule_repository.h"
#include "storage/series_repository.h"
#include "test_database.h"

#include <QSqlQuery>
#include <QTest>

using namespace empfang;
using empfang::test::TestDatabase;

namespace {

const QDate kMonday(2026, 12, 7); // the TestDatabase clock: Monday 07:00 Berlin
const QTimeZone kBerlin("Europe/Berlin");

qint64 at(const QDate &d, int hour, int minute = 0)
{
    return TestDatabase::berlin(d, QTime(hour, minute));
}

QTime localTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, kBerlin).time();
}

int countRows(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

class TestSeries : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void datesFollowWeekdaysAndInterval_data();
    void datesFollowWeekdaysAndInterval();
    void invalidRequestsAreRefused();
    void freeSeriesIsPlannedAtTheSameTime();
    void timeOfDayIsKeptAcrossTheDstChange();
    void conflictGetsNearestAlternativeOnTheSameDay();
    void anyPractitionerPrefersTheWantedTime();
    void dayWithoutFreeTimeIsAConflict();
    void bookingIsAllOrNothing();
    void bookedSeriesIsLinkedAndAudited();
    void cancelThisAndFollowing();
    void moveThisAndFollowingShiftsTheRest();

private:
    std::unique_ptr<TestDatabase> t;
    qint64 anna = 0;
    qint64 ben = 0;
    qint64 kg = 0; // 30 min

    Database &db() { return *t->db; }
    SeriesPlanner planner() { return SeriesPlanner(db(), *t->availability); }
    SeriesRequest weekly(int count, qint64 first) const
    {
        SeriesRequest r;
        r.practitionerId = anna;
        r.typeId = kg;
        r.firstStartMs = first;
        r.count = count;
        return r;
    }
    Appointment bookOne(qint64 practitioner, qint64 start, const QString &name)
    {
        BookingRequest r;
        r.practitionerId = practitioner;
        r.typeId = kg;
        r.startMs = start;
        r.newPatientName = name;
        auto a = t->booking->book(r);
        if (!a)
            qFatal("setup booking failed: %s", qPrintable(a.error()));
        return a.value();
    }
};

void TestSeries::init()
{
    t = std::make_unique<TestDatabase>();
    anna = PractitionerRepository(db()).add(QStringLiteral("Anna"))->id;
    ben = PractitionerRepository(db()).add(QStringLiteral("Ben"))->id;
    kg = AppointmentTypeRepository(db())
             .add(AppointmentType{0, QStringLiteral("KG"), 30, 0, 0, {}, true})
             ->id;
    for (qint64 p : {anna, ben}) {
        for (int day = 1; day <= 5; ++day)
            QVERIFY(ScheduleRepository(db()).addHours(
                WeeklyHours{0, p, day, QTime(8, 0), QTime(12, 0), {}, {}}));
    }
}

void TestSeries::cleanup()
{
    t.reset();
}

void TestSeries::datesFollowWeekdaysAndInterval_data()
{
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QList<int>>("weekdays");
    QTest::addColumn<int>("every");
    QTest::addColumn<int>("count");
    QTest::addColumn<QList<QDate>>("expected");
    const QDate mon = kMonday;
    QTest::newRow("weekly, weekday of the start")
        << mon << QList<int>{} << 1 << 3 << QList<QDate>{mon, mon.addDays(7), mon.addDays(14)};
    QTest::newRow("Mon+Thu from a Monday")
        << mon << QList<int>{1, 4} << 1 << 4
        << QList<QDate>{mon, mon.addDays(3), mon.addDays(7), mon.addDays(10)};
    QTest::newRow("Mon+Thu from a Wednesday starts on Thursday")
        << mon.addDays(2) << QList<int>{4, 1} << 1 << 3
        << QList<QDate>{mon.addDays(3), mon.addDays(7), mon.addDays(10)};
    QTest::newRow("every second week")
        << mon << QList<int>{1} << 2 << 3 << QList<QDate>{mon, mon.addDays(14), mon.addDays(28)};
    QTest::newRow("duplicates and nonsense ignored")
        << mon << QList<int>{1, 1, 9} << 1 << 2 << QList<QDate>{mon, mon.addDays(7)};
}

void TestSeries::datesFollowWeekdaysAndInterval()
{
    QFETCH(QDate, first);
    QFETCH(QList<int>, weekdays);
    QFETCH(int, every);
    QFETCH(int, count);
    QFETCH(QList<QDate>, expected);
    QCOMPARE(SeriesPlanner::dates(first, weekdays, every, count), expected);
}

void TestSeries::invalidRequestsAreRefused()
{
    SeriesRequest r = weekly(0, at(kMonday, 9));
    QVERIFY(!planner().plan(r));
    r.count = 6;
    r.everyWeeks = 0;
    QVERIFY(!planner().plan(r));
    r.everyWeeks = 1;
    r.weekdays = {8};
    QVERIFY(!planner().plan(r).ok());
}

void TestSeries::freeSeriesIsPlannedAtTheSameTime()
{
    auto plan = planner().plan(weekly(6, at(kMonday, 9)));
    QVERIFY2(plan, qPrintable(plan.error()));
    QCOMPARE(plan->size(), 6);
    for (int i = 0; i < 6; ++i) {
        const SeriesProposal &p = plan->at(i);
        QCOMPARE(p.state, SeriesProposal::State::Free);
        QCOMPARE(p.date, kMonday.addDays(7 * i));
        QCOMPARE(p.slot.startMs, at(kMonday.addDays(7 * i), 9));
        QCOMPARE(p.practitionerId, anna);
        QVERIFY(p.conflict.isEmpty());
    }
}

void TestSeries::timeOfDayIsKeptAcrossTheDstChange()
{
    // Summer time starts on Sunday 2027-03-28: Thursday before and Monday after are both 09:00.
    SeriesRequest r = weekly(4, at(QDate(2027, 3, 18), 9));
    r.weekdays = {1, 4};
    auto plan = planner().plan(r);
    QVERIFY2(plan, qPrintable(plan.error()));
    const QList<QDate> expected{QDate(2027, 3, 18), QDate(2027, 3, 22), QDate(2027, 3, 25),
                                QDate(2027, 3, 29)};
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(plan->at(i).date, expected.at(i));
        QCOMPARE(plan->at(i).state, SeriesProposal::State::Free);
        QCOMPARE(localTime(plan->at(i).slot.startMs), QTime(9, 0));
    }
    // One hour less between the Thursday and the Monday across the change, in UTC.
    QCOMPARE(plan->at(3).slot.startMs - plan->at(2).slot.startMs, qint64(4 * 24 - 1) * 3600000);
}

void TestSeries::conflictGetsNearestAlternativeOnTheSameDay()
{
    bookOne(anna, at(kMonday.addDays(7), 9), QStringLiteral("Other"));
    bookOne(anna, at(kMonday.addDays(7), 9, 30), QStringLiteral("Other"));
    bookOne(anna, at(kMonday.addDays(7), 8, 30), QStringLiteral("Other"));
    auto plan = planner().plan(weekly(3, at(kMonday, 9)));
    QVERIFY2(plan, qPrintable(plan.error()));
    const SeriesProposal &p = plan->at(1);
    QCOMPARE(p.state, SeriesProposal::State::Alternative);
    QVERIFY2(p.conflict.contains(QStringLiteral("overlaps")), qPrintable(p.conflict));
    QCOMPARE(p.practitionerId, anna); // not allowed to switch
    QCOMPARE(p.date, kMonday.addDays(7));
    // 08:30–10:00 is taken: 08:00 and 10:00 are both 60 min away, the earlier one wins.
    QCOMPARE(p.slot.startMs, at(kMonday.addDays(7), 8));
    QCOMPARE(plan->at(0).state, SeriesProposal::State::Free);
    QCOMPARE(plan->at(2).state, SeriesProposal::State::Free);
}

void TestSeries::anyPractitionerPrefersTheWantedTime()
{
    bookOne(anna, at(kMonday.addDays(7), 9), QStringLiteral("Other"));
    SeriesRequest r = weekly(2, at(kMonday, 9));
    r.anyPractitioner = true;
    auto plan = planner().plan(r);
    QVERIFY2(plan, qPrintable(plan.error()));
    QCOMPARE(plan->at(1).state, SeriesProposal::State::Alternative);
    QCOMPARE(plan->at(1).practitionerId, ben);
    QCOMPARE(plan->at(1).slot.startMs, at(kMonday.addDays(7), 9));
    QVERIFY(!plan->at(1).conflict.isEmpty());
}

void TestSeries::dayWithoutFreeTimeIsAConflict()
{
    // Friday of the second week: Anna is absent all day.
    const QDate friday = kMonday.addDays(11);
    QVERIFY(ScheduleRepository(db()).addAbsence(
        Absence{0, anna, {at(friday, 0), at(friday.addDays(1), 0)}, QStringLiteral("Kurs")}));
    auto plan = planner().plan(weekly(3, at(kMonday.addDays(4), 10)));
    QVERIFY2(plan, qPrintable(plan.error()));
    QCOMPARE(plan->at(1).date, friday);
    QCOMPARE(plan->at(1).state, SeriesProposal::State::Conflict);
    QVERIFY(!plan->at(1).bookable());
    QVERIFY(plan->at(1).conflict.contains(QStringLiteral("absent")));
}

void TestSeries::bookingIsAllOrNothing()
{
    bookOne(anna, at(kMonday.addDays(14), 9), QStringLiteral("Other"));
    const int before = countRows(db(), QStringLiteral("appointments"));
    const int patientsBefore = countRows(db(), QStringLiteral("patients"));
    const int auditBefore = countRows(db(), QStringLiteral("audit_log"));
    BookingRequest patient;
    patient.typeId = kg;
    patient.newPatientName = QStringLiteral("Neu Patientin");
    QList<SeriesSession> sessions;
    for (int week = 0; week < 4; ++week)
        sessions << SeriesSession{anna, at(kMonday.addDays(7 * week), 9)};
    SeriesService series(db(), *t->booking, t->clock);
    auto booked = series.book(patient, sessions);
    QVERIFY(!booked);
    QVERIFY2(booked.error().contains(QStringLiteral("Session 3")), qPrintable(booked.error()));
    QCOMPARE(countRows(db(), QStringLiteral("appointments")), before);
    QCOMPARE(countRows(db(), QStringLiteral("patients")), patientsBefore);
    QCOMPARE(countRows(db(), QStringLiteral("appointment_series")), 0);
    QCOMPARE(countRows(db(), QStringLiteral("audit_log")), auditBefore);
}

void TestSeries::bookedSeriesIsLinkedAndAudited()
{
    BookingRequest patient;
    patient.typeId = kg;
    patient.newPatientName = QStringLiteral("Neu Patientin");
    QList<SeriesSession> sessions{{anna, at(kMonday, 9)}, {ben, at(kMonday.addDays(3), 10)}};
    auto booked = SeriesService(db(), *t->booking, t->clock).book(patient, sessions);
    QVERIFY2(booked, qPrintable(booked.error()));
    QCOMPARE(booked->size(), 2);
    QCOMPARE(booked->at(0).patientId, booked->at(1).patientId); // one new patient, not two
    QCOMPARE(booked->at(1).practitionerId, ben);
    auto seriesId = SeriesRepository(db()).seriesOf(booked->at(0).id);
    QVERIFY(seriesId && seriesId.value() > 0);
    QCOMPARE(SeriesRepository(db()).members(seriesId.value())->size(), 2);
    auto log = AuditLog(db()).list();
    QVERIFY(log);
    QCOMPARE(log->size(), 2);
    for (const AuditEntry &e : log.value()) {
        QCOMPARE(e.action, QStringLiteral("booked"));
        QCOMPARE(e.osUser, AuditLog::osUser());
        QCOMPARE(e.workstation, AuditLog::workstation());
        QVERIFY(!e.detail.contains(QStringLiteral("Neu")));
    }
}

void TestSeries::cancelThisAndFollowing()
{
    BookingRequest patient;
    patient.typeId = kg;
    patient.newPatientName = QStringLiteral("Serie");
    QList<SeriesSession> sessions;
    for (int week = 0; week < 4; ++week)
        sessions << SeriesSession{anna, at(kMonday.addDays(7 * week), 9)};
    SeriesService series(db(), *t->booking, t->clock);
    auto booked = series.book(patient, sessions);
    QVERIFY(booked);
    auto cancelled = series.cancelFollowing(booked->at(1).id);
    QVERIFY2(cancelled, qPrintable(cancelled.error()));
    QCOMPARE(cancelled->size(), 3);
    AppointmentRepository appointments(db());
    QCOMPARE(appointments.find(booked->at(0).id)->status, AppointmentStatus::Booked);
    for (int i = 1; i < 4; ++i)
        QCOMPARE(appointments.find(booked->at(i).id)->status, AppointmentStatus::Cancelled);
}

void TestSeries::moveThisAndFollowingShiftsTheRest()
{
    BookingRequest patient;
    patient.typeId = kg;
    patient.newPatientName = QStringLiteral("Serie");
    QList<SeriesSession> sessions;
    for (int week = 0; week < 3; ++week)
        sessions << SeriesSession{anna, at(kMonday.addDays(7 * week), 9)};
    SeriesService series(db(), *t->booking, t->clock);
    auto booked = series.book(patient, sessions);
    QVERIFY(booked);
    // Second session from Monday 09:00 to Tuesday 10:00: the third follows to Tuesday 10:00.
    auto moved = series.moveFollowing(booked->at(1).id, at(kMonday.addDays(8), 10));
    QVERIFY2(moved, qPrintable(moved.error()));
    QCOMPARE(moved->size(), 2);
    AppointmentRepository appointments(db());
    QCOMPARE(appointments.find(booked->at(0).id)->span.startMs, at(kMonday, 9));
    QCOMPARE(appointments.find(booked->at(1).id)->span.startMs, at(kMonday.addDays(8), 10));
    QCOMPARE(appointments.find(booked->at(2).id)->span.startMs, at(kMonday.addDays(15), 10));

    // A refused later session moves nothing.
    bookOne(anna, at(kMonday.addDays(16), 11), QStringLiteral("Other"));
    auto refused = series.moveFollowing(booked->at(1).id, at(kMonday.addDays(9), 11));
    QVERIFY(!refused);
    QCOMPARE(appointments.find(booked->at(1).id)->span.startMs, at(kMonday.addDays(8), 10));
}

QTEST_GUILESS_MAIN(TestSeries)
#include "tst_series.moc"
