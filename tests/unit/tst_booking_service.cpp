// BookingService is the last word on whether a time can be booked: every refusal must say why
// and change nothing, and two desks must never book the same time twice.
#include "storage/appointment_repository.h"
#include "storage/appointment_type_repository.h"
#include "storage/patient_repository.h"
#include "storage/practitioner_repository.h"
#include "storage/schedule_repository.h"
#include "storage/settings_repository.h"
#include "test_database.h"

#include <QSemaphore>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace empfang;
using empfang::test::TestDatabase;

namespace {

// The TestDatabase clock stands at Monday 2026-12-07 07:00 Berlin.
const QDate kMonday(2026, 12, 7);

qint64 at(int dayOffset, const QTime &t)
{
    return TestDatabase::berlin(kMonday.addDays(dayOffset), t);
}

int countRows(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

class TestBookingService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void bookingInAFreeSlotStoresItAndTakesTheSlot();
    void refusedBookingsSayWhyAndChangeNothing_data();
    void refusedBookingsSayWhyAndChangeNothing();
    void cancelledAppointmentFreesItsTime();
    void moveIgnoresTheAppointmentsOwnOldTime();
    void moveIntoAnotherBookingIsRefusedAndKeepsTheOldTime();
    void moveToAnotherPractitionerUsesTheirDuration();
    void cancelledOrUnknownAppointmentsCannotBeMoved();
    void noShowOnlyOnceTheAppointmentHasBegun();
    void failedBookingDoesNotLeaveTheNewPatientBehind_data();
    void failedBookingDoesNotLeaveTheNewPatientBehind();
    void deskWithAStaleGridCannotBookATakenSlot();
    void twoDesksBookingTheSameSlotAtOnceGetOneAppointment();

    void nextFreeFindsTheEarliestPractitioner();
    void nextFreeRespectsOffersAndAfter();
    void nextFreeWithoutHoursFindsNothing();

private:
    std::unique_ptr<TestDatabase> t;
    qint64 weber = 0;
    qint64 schulz = 0;
    qint64 kg = 0;      // 30 min, 10 min buffer after
    qint64 massage = 0; // 20 min
    qint64 prep = 0;    // 20 min, 15 min buffer before
    qint64 erika = 0;

    Database &db() { return *t->db; }
    BookingRequest request(qint64 practitioner, qint64 type, qint64 start) const
    {
        BookingRequest r;
        r.practitionerId = practitioner;
        r.typeId = type;
        r.startMs = start;
        r.patientId = erika;
        return r;
    }
    void addWeekdayHours(qint64 practitioner, const QTime &from, const QTime &to);
};

void TestBookingService::addWeekdayHours(qint64 practitioner, const QTime &from, const QTime &to)
{
    for (int wd = 1; wd <= 5; ++wd)
        QVERIFY(ScheduleRepository(db()).addHours({0, practitioner, wd, from, to, {}, {}}));
}

void TestBookingService::init()
{
    t = std::make_unique<TestDatabase>();
    QCOMPARE(kMonday.dayOfWeek(), 1);
    PractitionerRepository practitioners(db());
    weber = practitioners.add(QStringLiteral("Dr. Weber")).value().id;
    schulz = practitioners.add(QStringLiteral("Schulz")).value().id;
    AppointmentTypeRepository types(db());
    AppointmentType t1;
    t1.name = QStringLiteral("Krankengymnastik");
    t1.minutes = 30;
    t1.bufferAfterMinutes = 10;
    kg = types.add(t1).value().id;
    AppointmentType t2;
    t2.name = QStringLiteral("Massage");
    t2.minutes = 20;
    massage = types.add(t2).value().id;
    AppointmentType t3;
    t3.name = QStringLiteral("Fango");
    t3.minutes = 20;
    t3.bufferBeforeMinutes = 15;
    prep = types.add(t3).value().id;
    erika =
        PatientRepository(db()).add({0, QStringLiteral("Erika Mustermann"), {}, {}, {}}).value().id;
    addWeekdayHours(weber, QTime(8, 0), QTime(12, 0));
    addWeekdayHours(weber, QTime(13, 0), QTime(17, 0));
}

void TestBookingService::cleanup()
{
    t.reset();
}

void TestBookingService::bookingInAFreeSlotStoresItAndTakesTheSlot()
{
    const qint64 start = at(1, QTime(9, 0));
    QVERIFY(t->availability->freeSlots(weber, kg, kMonday.addDays(1), kMonday.addDays(1))
                .value()
                .contains(Interval{start, start + 30 * kMinuteMs}));

    auto booked = t->booking->book(request(weber, kg, start));
    QVERIFY2(booked, qPrintable(booked.error()));
    QCOMPARE(booked->span, (Interval{start, start + 30 * kMinuteMs}));
    QCOMPARE(booked->status, AppointmentStatus::Booked);
    QCOMPARE(booked->patientId, erika);
    QCOMPARE(booked->createdMs, t->clock.nowMs());

    const QList<Interval> after =
        t->availability->freeSlots(weber, kg, kMonday.addDays(1), kMonday.addDays(1)).value();
    for (const Interval &s : after) // its own time plus the 10 minute buffer after
        QVERIFY(!s.overlaps({start, start + 40 * kMinuteMs}));
    QCOMPARE(AppointmentRepository(db()).list({start, start + 1}).value().size(), 1);
}

void TestBookingService::refusedBookingsSayWhyAndChangeNothing_data()
{
    QTest::addColumn<QString>("situation");
    QTest::addColumn<QString>("expectedReason"); // empty: any non-empty message

    const auto why = [](SlotViolation v) { return BookingService::describe(v); };
    QTest::newRow("overlaps a booking") << "overlap" << why(SlotViolation::OverlapsAppointment);
    QTest::newRow("in the other booking's buffer after")
        << "buffer-after" << why(SlotViolation::OverlapsAppointment);
    QTest::newRow("in the other booking's buffer before")
        << "buffer-before" << why(SlotViolation::OverlapsAppointment);
    QTest::newRow("own buffer reaches a booking")
        << "own-buffer" << why(SlotViolation::OverlapsAppointment);
    QTest::newRow("over closing time") << "closing" << why(SlotViolation::OutsideWorkingHours);
    QTest::newRow("in the lunch break") << "lunch" << why(SlotViolation::OutsideWorkingHours);
    QTest::newRow("on Saturday") << "saturday" << why(SlotViolation::OutsideWorkingHours);
    QTest::newRow("in an absence") << "absence" << why(SlotViolation::InAbsence);
    QTest::newRow("in the past") << "past" << why(SlotViolation::InPast);
    QTest::newRow("too short notice") << "notice" << why(SlotViolation::TooShortNotice);
    QTest::newRow("beyond the horizon") << "horizon" << why(SlotViolation::BeyondHorizon);
    QTest::newRow("busy in the calendar") << "busy" << why(SlotViolation::BusyElsewhere);
    QTest::newRow("type not offered") << "not-offered" << QString();
    QTest::newRow("unknown practitioner") << "no-practitioner" << QStringLiteral("4711");
    QTest::newRow("unknown type") << "no-type" << QStringLiteral("4712");
    QTest::newRow("unknown patient") << "no-patient" << QStringLiteral("4713");
    QTest::newRow("no patient at all") << "nobody" << QString();
}

void TestBookingService::refusedBookingsSayWhyAndChangeNothing()
{
    QFETCH(QString, situation);
    QFETCH(QString, expectedReason);

    // Existing bookings on Tuesday: KG 09:00–09:30 (+10 after), Fango 11:00–11:20 (15 before).
    QVERIFY(t->booking->book(request(weber, kg, at(1, QTime(9, 0)))));
    QVERIFY(t->booking->book(request(weber, prep, at(1, QTime(11, 0)))));

    BookingRequest r = request(weber, massage, at(1, QTime(14, 0)));
    const auto is = [&situation](const char *s) { return situation == QLatin1String(s); };
    if (is("overlap")) {
        r.startMs = at(1, QTime(9, 15));
    } else if (is("buffer-after")) {
        r.startMs = at(1, QTime(9, 35)); // KG's buffer runs until 09:40
    } else if (is("buffer-before")) {
        r.startMs = at(1, QTime(10, 30)); // ends 10:50, Fango's buffer starts 10:45
    } else if (is("own-buffer")) {
        r.typeId = kg;
        r.startMs = at(1, QTime(10, 15)); // ends 10:45, own buffer to 10:55 hits 10:45
    } else if (is("closing")) {
        r.startMs = at(1, QTime(11, 45));
    } else if (is("lunch")) {
        r.startMs = at(1, QTime(12, 15));
    } else if (is("saturday")) {
        r.startMs = at(5, QTime(9, 0));
    } else if (is("absence")) {
        QVERIFY(ScheduleRepository(db()).addAbsence(
            {0, weber, {at(2, QTime(0, 0)), at(3, QTime(0, 0))}, QStringLiteral("Fortbildung")}));
        r.startMs = at(2, QTime(10, 0));
    } else if (is("past")) {
        r.startMs = at(0, QTime(6, 0));
    } else if (is("notice")) {
        PracticeSettings s = SettingsRepository(db()).load();
        s.minimumNoticeMinutes = 120;
        QVERIFY(SettingsRepository(db()).save(s));
        r.startMs = at(0, QTime(8, 30)); // now 07:00 + 2 h = 09:00
    } else if (is("horizon")) {
        PracticeSettings s = SettingsRepository(db()).load();
        s.horizonDays = 7;
        QVERIFY(SettingsRepository(db()).save(s));
        r.startMs = at(7, QTime(8, 0)); // exactly 7 days and 1 hour ahead
    } else if (is("busy")) {
        const Interval busy{at(1, QTime(14, 10)), at(1, QTime(15, 0))};
        t->availability->setBusySource(
            [busy](qint64, const Interval &) { return QList<Interval>{busy}; });
    } else if (is("not-offered")) {
        QVERIFY(PractitionerRepository(db()).setOffers(weber, {TypeOffer{kg, std::nullopt}}));
    } else if (is("no-practitioner")) {
        r.practitionerId = 4711;
    } else if (is("no-type")) {
        r.typeId = 4712;
    } else if (is("no-patient")) {
        r.patientId = 4713;
    } else if (is("nobody")) {
        r.patientId = 0;
        r.newPatientName = QStringLiteral("   ");
    }

    const int appointmentsBefore = countRows(db(), QStringLiteral("appointments"));
    const int patientsBefore = countRows(db(), QStringLiteral("patients"));
    auto refused = t->booking->book(r);
    QVERIFY(!refused);
    QVERIFY(!refused.error().isEmpty());
    if (!expectedReason.isEmpty())
        QVERIFY2(refused.error().contains(expectedReason), qPrintable(refused.error()));
    QCOMPARE(countRows(db(), QStringLiteral("appointments")), appointmentsBefore);
    QCOMPARE(countRows(db(), QStringLiteral("patients")), patientsBefore);
    // The database is usable afterwards: no transaction was left open.
    QVERIFY(t->booking->book(request(weber, kg, at(3, QTime(8, 0)))));
}

void TestBookingService::cancelledAppointmentFreesItsTime()
{
    const qint64 start = at(1, QTime(9, 0));
    auto first = t->booking->book(request(weber, kg, start));
    QVERIFY(first);
    QVERIFY(!t->booking->book(request(weber, kg, start)));
    auto cancelled = t->booking->cancel(first->id);
    QVERIFY2(cancelled, qPrintable(cancelled.error()));
    QCOMPARE(cancelled->status, AppointmentStatus::Cancelled);
    auto again = t->booking->book(request(weber, kg, start));
    QVERIFY2(again, qPrintable(again.error()));
    QVERIFY(!t->booking->cancel(first->id)); // already cancelled
    QVERIFY(!t->booking->cancel(4711));
}

void TestBookingService::moveIgnoresTheAppointmentsOwnOldTime()
{
    auto a = t->booking->book(request(weber, kg, at(1, QTime(9, 0))));
    QVERIFY(a);
    auto moved = t->booking->move(a->id, at(1, QTime(9, 15)));
    QVERIFY2(moved, qPrintable(moved.error()));
    QCOMPARE(moved->span, (Interval{at(1, QTime(9, 15)), at(1, QTime(9, 45))}));
    QCOMPARE(moved->id, a->id);
    QCOMPARE(countRows(db(), QStringLiteral("appointments")), 1);
}

void TestBookingService::moveIntoAnotherBookingIsRefusedAndKeepsTheOldTime()
{
    auto a = t->booking->book(request(weber, kg, at(1, QTime(9, 0))));
    auto b = t->booking->book(request(weber, kg, at(1, QTime(10, 0))));
    QVERIFY(a && b);
    auto refused = t->booking->move(a->id, at(1, QTime(9, 40)));
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(BookingService::describe(SlotViolation::OverlapsAppointment)),
             qPrintable(refused.error()));
    QCOMPARE(AppointmentRepository(db()).find(a->id)->span, a->span);
    QVERIFY(!t->booking->move(a->id, at(1, QTime(12, 0)))); // lunch
    QVERIFY(!t->booking->move(a->id, at(0, QTime(6, 0))));  // past
    QCOMPARE(AppointmentRepository(db()).find(a->id)->span, a->span);
}

void TestBookingService::moveToAnotherPractitionerUsesTheirDuration()
{
    addWeekdayHours(schulz, QTime(8, 0), QTime(12, 0));
    QVERIFY(PractitionerRepository(db()).setOffers(schulz, {TypeOffer{kg, 45}}));
    auto a = t->booking->book(request(weber, kg, at(1, QTime(9, 0))));
    QVERIFY(a);
    auto moved = t->booking->move(a->id, at(1, QTime(9, 0)), schulz);
    QVERIFY2(moved, qPrintable(moved.error()));
    QCOMPARE(moved->practitionerId, schulz);
    QCOMPARE(moved->span, (Interval{at(1, QTime(9, 0)), at(1, QTime(9, 45))}));
    // Weber's time is free again.
    QVERIFY(t->booking->book(request(weber, kg, at(1, QTime(9, 0)))));
    // Schulz does not offer massage.
    auto m = t->booking->book(request(weber, massage, at(2, QTime(9, 0))));
    QVERIFY(m);
    QVERIFY(!t->booking->move(m->id, at(2, QTime(9, 0)), schulz));
}

void TestBookingService::cancelledOrUnknownAppointmentsCannotBeMoved()
{
    auto a = t->booking->book(request(weber, kg, at(1, QTime(9, 0))));
    QVERIFY(a && t->booking->cancel(a->id));
    QVERIFY(!t->booking->move(a->id, at(1, QTime(10, 0))));
    QCOMPARE(AppointmentRepository(db()).find(a->id)->span, a->span);
    auto unknown = t->booking->move(4711, at(1, QTime(10, 0)));
    QVERIFY(!unknown);
    QVERIFY(unknown.error().contains(QStringLiteral("4711")));
}

void TestBookingService::noShowOnlyOnceTheAppointmentHasBegun()
{
    auto a = t->booking->book(request(weber, kg, at(0, QTime(8, 0))));
    QVERIFY(a);
    QVERIFY(!t->booking->markNoShow(a->id)); // now is 07:00
    QCOMPARE(AppointmentRepository(db()).find(a->id)->status, AppointmentStatus::Booked);
    t->clock.set(at(0, QTime(8, 0)));
    auto noShow = t->booking->markNoShow(a->id);
    QVERIFY2(noShow, qPrintable(noShow.error()));
    QCOMPARE(noShow->status, AppointmentStatus::NoShow);
    QVERIFY(!t->booking->markNoShow(a->id));
    QVERIFY(!t->booking->cancel(a->id));
    // A no-show no longer holds the time.
    QVERIFY(t->booking->book(request(weber, massage, at(0, QTime(8, 5)))));
}

void TestBookingService::failedBookingDoesNotLeaveTheNewPatientBehind_data()
{
    QTest::addColumn<qint64>("start");
    QTest::newRow("conflict with a booking") << at(1, QTime(9, 10));
    QTest::newRow("outside working hours") << at(1, QTime(12, 30));
}

void TestBookingService::failedBookingDoesNotLeaveTheNewPatientBehind()
{
    QFETCH(qint64, start);
    QVERIFY(t->booking->book(request(weber, kg, at(1, QTime(9, 0)))));
    const int patientsBefore = countRows(db(), QStringLiteral("patients"));
    BookingRequest r = request(weber, kg, start);
    r.patientId = 0;
    r.newPatientName = QStringLiteral("Neue Patientin");
    QVERIFY(!t->booking->book(r));
    QCOMPARE(countRows(db(), QStringLiteral("patients")), patientsBefore);
    QCOMPARE(PatientRepository(db()).byName(QStringLiteral("Neue Patientin")).value().size(), 0);

    r.startMs = at(1, QTime(10, 0));
    auto ok = t->booking->book(r);
    QVERIFY2(ok, qPrintable(ok.error()));
    QCOMPARE(ok->patientName, QStringLiteral("Neue Patientin"));
    QCOMPARE(countRows(db(), QStringLiteral("patients")), patientsBefore + 1);
}

void TestBookingService::deskWithAStaleGridCannotBookATakenSlot()
{
    auto second = Database::open(t->path);
    QVERIFY2(second, qPrintable(second.error()));
    AvailabilityService availability2(*second.value(), t->clock);
    BookingService booking2(*second.value(), availability2);

    const qint64 start = at(1, QTime(9, 0));
    // Both desks show the slot as free…
    QVERIFY(availability2.freeSlots(weber, kg, kMonday.addDays(1), kMonday.addDays(1))
                .value()
                .contains(Interval{start, start + 30 * kMinuteMs}));
    // …desk 1 books it, desk 2 tries a moment later without refreshing.
    QVERIFY(t->booking->book(request(weber, kg, start)));
    auto refused = booking2.book(request(weber, massage, start + 10 * kMinuteMs));
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(BookingService::describe(SlotViolation::OverlapsAppointment)),
             qPrintable(refused.error()));
    QCOMPARE(countRows(*second.value(), QStringLiteral("appointments")), 1);
}

void TestBookingService::twoDesksBookingTheSameSlotAtOnceGetOneAppointment()
{
    // Two desks are two connections; each runs in its own thread (a connection belongs to the
    // thread that opened it) and both press "Book" at the same moment.
    const qint64 start = at(1, QTime(9, 0));
    const QString path = t->path;
    const FixedClock &clock = t->clock;
    const BookingRequest req = request(weber, kg, start);
    QSemaphore ready;
    QSemaphore go;
    QList<Result<Appointment>> results;
    QMutex resultsLock;
    auto desk = [&]() {
        auto opened = Database::open(path);
        if (!opened) {
            QMutexLocker lock(&resultsLock);
            results << Result<Appointment>::failure(opened.error());
            ready.release();
            return;
        }
        AvailabilityService availability(*opened.value(), clock);
        BookingService booking(*opened.value(), availability);
        ready.release();
        go.acquire();
        auto r = booking.book(req);
        QMutexLocker lock(&resultsLock);
        results << r;
    };
    std::unique_ptr<QThread> a(QThread::create(desk));
    std::unique_ptr<QThread> b(QThread::create(desk));
    a->start();
    b->start();
    ready.acquire(2);
    go.release(2);
    QVERIFY(a->wait(30000));
    QVERIFY(b->wait(30000));

    QCOMPARE(results.size(), 2);
    const int succeeded = int(std::count_if(results.cbegin(), results.cend(),
                                            [](const Result<Appointment> &r) { return r.ok(); }));
    QCOMPARE(succeeded, 1);
    const Result<Appointment> &loser = results.at(0).ok() ? results.at(1) : results.at(0);
    QVERIFY2(loser.error().contains(BookingService::describe(SlotViolation::OverlapsAppointment)),
             qPrintable(loser.error()));
    QCOMPARE(countRows(db(), QStringLiteral("appointments")), 1);
}

void TestBookingService::nextFreeFindsTheEarliestPractitioner()
{
    // Weber from 08:00, Schulz only from 07:30 — it is 07:00 on Monday.
    addWeekdayHours(schulz, QTime(7, 30), QTime(9, 0));
    auto next = t->availability->nextFree(kg, 0);
    QVERIFY2(next, qPrintable(next.error()));
    QVERIFY(next.value().has_value());
    QCOMPARE(next.value()->practitionerId, schulz);
    QCOMPARE(next.value()->span, (Interval{at(0, QTime(7, 30)), at(0, QTime(8, 0))}));

    // Schulz's 07:30 is booked (until 08:00, +10 buffer): Weber at 08:00 beats Schulz at 08:10.
    QVERIFY(t->booking->book(request(schulz, kg, at(0, QTime(7, 30)))));
    next = t->availability->nextFree(kg, 0);
    QCOMPARE(next.value()->practitionerId, weber);
    QCOMPARE(next.value()->span.startMs, at(0, QTime(8, 0)));

    // Asking for one practitioner only.
    next = t->availability->nextFree(kg, 0, schulz);
    QCOMPARE(next.value()->practitionerId, schulz);
    QCOMPARE(next.value()->span.startMs, at(0, QTime(8, 10)));
}

void TestBookingService::nextFreeRespectsOffersAndAfter()
{
    addWeekdayHours(schulz, QTime(7, 30), QTime(9, 0));
    QVERIFY(PractitionerRepository(db()).setOffers(schulz, {TypeOffer{massage, std::nullopt}}));
    auto next = t->availability->nextFree(kg, 0);
    QCOMPARE(next.value()->practitionerId, weber); // Schulz does not offer KG
    QCOMPARE(next.value()->span.startMs, at(0, QTime(8, 0)));

    // After Monday 11:47: the next grid slot that fits is 13:00 (11:50 would end 12:20).
    next = t->availability->nextFree(kg, at(0, QTime(11, 47)));
    QCOMPARE(next.value()->span.startMs, at(0, QTime(13, 0)));
    // Massage: Schulz offers it, and after 07:31 his 07:35 beats Weber's 08:00.
    next = t->availability->nextFree(massage, at(0, QTime(7, 31)));
    QCOMPARE(next.value()->practitionerId, schulz);
    QCOMPARE(next.value()->span.startMs, at(0, QTime(7, 35)));

    // A type nobody offers is an error, not "nothing free".
    QVERIFY(PractitionerRepository(db()).setOffers(weber, {TypeOffer{massage, std::nullopt}}));
    QVERIFY(!t->availability->nextFree(kg, 0));
}

void TestBookingService::nextFreeWithoutHoursFindsNothing()
{
    // Schulz has no hours at all; with Weber on holiday for the whole horizon, nothing is free.
    PracticeSettings s = SettingsRepository(db()).load();
    s.horizonDays = 30;
    QVERIFY(SettingsRepository(db()).save(s));
    QVERIFY(ScheduleRepository(db()).addAbsence(
        {0, weber, {at(0, QTime(0, 0)), at(60, QTime(0, 0))}, QStringLiteral("Urlaub")}));
    auto next = t->availability->nextFree(kg, 0);
    QVERIFY2(next, qPrintable(next.error()));
    QVERIFY(!next.value().has_value());
    next = t->availability->nextFree(kg, 0, schulz);
    QVERIFY(next);
    QVERIFY(!next.value().has_value());
}

QTEST_GUILESS_MAIN(TestBookingService)
#include "tst_booking_service.moc"
