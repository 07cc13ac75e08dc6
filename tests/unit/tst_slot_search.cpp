// The "next free slot" list: earliest first across practitioners, real (non-overlapping) choices,
// time-of-day and weekday filters in practice time.
#include "booking/slot_search.h"
#include "storage/appointment_type_repository.h"
#include "storage/practitioner_repository.h"
#include "storage/schedule_repository.h"
#include "test_database.h"

#include <QTest>

using namespace empfang;
using empfang::test::TestDatabase;

namespace {

const QDate kMonday(2026, 12, 7);

qint64 at(int day, int hour, int minute = 0)
{
    return TestDatabase::berlin(kMonday.addDays(day), QTime(hour, minute));
}

} // namespace

class TestSlotSearch : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void earliestFirstAcrossPractitioners();
    void offersOfOnePractitionerDoNotOverlap();
    void filtersByTimeOfDayAndWeekday();
    void noPractitionerOffersTheType();

private:
    std::unique_ptr<TestDatabase> t;
    qint64 early = 0; // works 10:00–12:00
    qint64 late = 0;  // works 08:30–12:00
    qint64 kg = 0;
    QList<FreeSlot> next(const SlotPreference &p, int limit = 10)
    {
        auto r = SlotSearch(*t->db, *t->availability).next(kg, 0, p, limit);
        if (!r)
            qFatal("%s", qPrintable(r.error()));
        return r.value();
    }
};

void TestSlotSearch::init()
{
    t = std::make_unique<TestDatabase>();
    early = PractitionerRepository(*t->db).add(QStringLiteral("A"))->id;
    late = PractitionerRepository(*t->db).add(QStringLiteral("B"))->id;
    kg = AppointmentTypeRepository(*t->db)
             .add(AppointmentType{0, QStringLiteral("KG"), 30, 0, 0, {}, true})
             ->id;
    for (int day = 1; day <= 5; ++day) {
        QVERIFY(ScheduleRepository(*t->db).addHours(
            WeeklyHours{0, early, day, QTime(10, 0), QTime(12, 0), {}, {}}));
        QVERIFY(ScheduleRepository(*t->db).addHours(
            WeeklyHours{0, late, day, QTime(8, 30), QTime(12, 0), {}, {}}));
    }
}

void TestSlotSearch::earliestFirstAcrossPractitioners()
{
    const QList<FreeSlot> found = next({}, 4);
    QCOMPARE(found.size(), 4);
    QCOMPARE(found.at(0).practitionerId, late);
    QCOMPARE(found.at(0).span.startMs, at(0, 8, 30));
    QCOMPARE(found.at(1).span.startMs, at(0, 9));
    QCOMPARE(found.at(2).span.startMs, at(0, 9, 30));
    QCOMPARE(found.at(3).span.startMs, at(0, 10)); // A before B at the same time
    QCOMPARE(found.at(3).practitionerId, early);
}

void TestSlotSearch::offersOfOnePractitionerDoNotOverlap()
{
    const QList<FreeSlot> found = next({}, 20);
    for (int i = 0; i < found.size(); ++i) {
        for (int j = i + 1; j < found.size(); ++j) {
            if (found.at(i).practitionerId == found.at(j).practitionerId)
                QVERIFY(!found.at(i).span.overlaps(found.at(j).span));
        }
    }
}

void TestSlotSearch::filtersByTimeOfDayAndWeekday()
{
    SlotPreference after;
    after.notBefore = QTime(11, 0);
    QCOMPARE(next(after, 1).first().span.startMs, at(0, 11));
    SlotPreference morning;
    morning.notAfter = QTime(9, 0);
    const QList<FreeSlot> m = next(morning, 3);
    QCOMPARE(m.at(0).span.startMs, at(0, 8, 30));
    QCOMPARE(m.at(1).span.startMs, at(0, 9));
    QCOMPARE(m.at(2).span.startMs, at(1, 8, 30)); // next day
    SlotPreference friday;
    friday.weekdays = {5};
    QCOMPARE(next(friday, 1).first().span.startMs, at(4, 8, 30));
    SlotPreference never;
    never.notBefore = QTime(13, 0);
    QVERIFY(next(never).isEmpty());
}

void TestSlotSearch::noPractitionerOffersTheType()
{
    auto r = SlotSearch(*t->db, *t->availability).next(4711, 0, {}, 10);
    QVERIFY(!r);
}

QTEST_GUILESS_MAIN(TestSlotSearch)
#include "tst_slot_search.moc"
