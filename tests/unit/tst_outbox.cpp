// The outbox is written in the booking's own transaction and folds later changes into one
// owed write; without a writable Google connection nothing changes at all.
#include "storage/appointment_type_repository.h"
#include "storage/event_mapper.h"
#include "storage/google_connection_repository.h"
#include "storage/google_event_repository.h"
#include "storage/outbox_repository.h"
#include "storage/patient_repository.h"
#include "storage/practitioner_repository.h"
#include "storage/schedule_repository.h"
#include "test_database.h"

#include <QSqlQuery>
#include <QTest>

using namespace empfang;
using empfang::test::TestDatabase;

namespace {

const QDate kMonday(2026, 12, 7);

qint64 at(int dayOffset, const QTime &t)
{
    return TestDatabase::berlin(kMonday.addDays(dayOffset), t);
}

int scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

class TstOutbox : public QObject
{
    Q_OBJECT
    std::unique_ptr<TestDatabase> t;
    qint64 weber = 0, schulz = 0, kg = 0, erika = 0;

    Database &db() { return *t->db; }
    void connect(qint64 pid, GoogleConnection::State state,
                 const QString &calendar = QStringLiteral("primary"))
    {
        GoogleConnection c;
        c.practitionerId = pid;
        c.state = state;
        c.bookingCalendar = calendar;
        QVERIFY(GoogleConnectionRepository(db()).save(c));
    }
    Appointment book(qint64 pid, qint64 start)
    {
        BookingRequest r;
        r.practitionerId = pid;
        r.typeId = kg;
        r.startMs = start;
        r.patientId = erika;
        auto a = t->booking->book(r);
        if (!a)
            qWarning() << a.error();
        return a ? a.value() : Appointment{};
    }
    QList<OutboxEntry> open()
    {
        QList<OutboxEntry> all;
        QSqlQuery q(db().connection());
        q.exec(QStringLiteral("SELECT id FROM outbox WHERE state != 'done' ORDER BY id"));
        while (q.next())
            all << OutboxRepository(db()).find(q.value(0).toLongLong()).value().value();
        return all;
    }

private slots:
    void init()
    {
        t = std::make_unique<TestDatabase>();
        weber = PractitionerRepository(db()).add(QStringLiteral("Dr. Weber")).value().id;
        schulz = PractitionerRepository(db()).add(QStringLiteral("Schulz")).value().id;
        AppointmentType type;
        type.name = QStringLiteral("Krankengymnastik");
        type.minutes = 30;
        kg = AppointmentTypeRepository(db()).add(type).value().id;
        erika = PatientRepository(db()).add({0, QStringLiteral("Erika"), {}, {}, {}}).value().id;
        for (qint64 pid : {weber, schulz}) {
            for (int wd = 1; wd <= 5; ++wd)
                QVERIFY(ScheduleRepository(db()).addHours(
                    {0, pid, wd, QTime(8, 0), QTime(17, 0), {}, {}}));
        }
    }
    void cleanup() { t.reset(); }

    void withoutGoogleNothingIsOwed()
    {
        const Appointment a = book(weber, at(1, QTime(9, 0)));
        QVERIFY(a.id);
        QVERIFY(t->booking->move(a.id, at(1, QTime(10, 0))));
        QVERIFY(t->booking->cancel(a.id));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT COUNT(*) FROM outbox")), 0);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT COUNT(*) FROM google_events")), 0);
    }

    void readOnlyConnectionGetsNoWrites()
    {
        connect(weber, GoogleConnection::State::ReadOnly);
        QVERIFY(book(weber, at(1, QTime(9, 0))).id);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT COUNT(*) FROM outbox")), 0);
    }

    void bookingOwesAnInsertWithAValidClientId()
    {
        connect(weber, GoogleConnection::State::Connected, QStringLiteral("praxis@x.test"));
        const Appointment a = book(weber, at(1, QTime(9, 0)));
        const auto rows = open();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).operation, OutboxOperation::Insert);
        QCOMPARE(rows.at(0).appointmentId, a.id);
        QCOMPARE(rows.at(0).calendarId, QStringLiteral("praxis@x.test"));
        QVERIFY(EventMapper::isValidEventId(rows.at(0).eventId));
        const auto ev = GoogleEventRepository(db()).find(a.id).value();
        QVERIFY(ev);
        QCOMPARE(ev->state, SyncState::Pending);
        QCOMPARE(ev->eventId, rows.at(0).eventId);
        QCOMPARE(GoogleEventRepository(db()).databaseId().size(), 16);
    }

    void refusedBookingOwesNothing()
    {
        connect(weber, GoogleConnection::State::Connected);
        QVERIFY(book(weber, at(1, QTime(9, 0))).id);
        BookingRequest r;
        r.practitionerId = weber;
        r.typeId = kg;
        r.startMs = at(1, QTime(9, 10)); // overlaps
        r.patientId = erika;
        QVERIFY(!t->booking->book(r));
        QCOMPARE(open().size(), 1);
    }

    void moveFoldsIntoAPendingInsert()
    {
        connect(weber, GoogleConnection::State::Connected);
        const Appointment a = book(weber, at(1, QTime(9, 0)));
        QVERIFY(t->booking->move(a.id, at(1, QTime(11, 0))));
        const auto rows = open();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).operation, OutboxOperation::Insert);
        QCOMPARE(rows.at(0).revision, 1);
    }

    void cancelBeforeAnythingWasSentOwesNothing()
    {
        connect(weber, GoogleConnection::State::Connected);
        const Appointment a = book(weber, at(1, QTime(9, 0)));
        QVERIFY(t->booking->cancel(a.id));
        QCOMPARE(open().size(), 0);
        QVERIFY(!GoogleEventRepository(db()).find(a.id).value());
    }

    void cancelAfterAnAttemptOwesADelete()
    {
        connect(weber, GoogleConnection::State::Connected);
        const Appointment a = book(weber, at(1, QTime(9, 0)));
        OutboxRepository outbox(db());
        QVERIFY(outbox.markSending(open().at(0).id, 1)); // maybe it reached Google
        QVERIFY(t->booking->cancel(a.id));
        const auto rows = open();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).operation, OutboxOperation::Delete);
    }

    void moveAfterSyncOwesAPatchAndAStaleAnswerDoesNotCloseIt()
    {
        connect(weber, GoogleConnection::State::Connected);
        const Appointment a = book(weber, at(1, QTime(9, 0)));
        OutboxRepository outbox(db());
        QVERIFY(outbox.finish(open().at(0), 1));
        QCOMPARE(open().size(), 0);
        QVERIFY(t->booking->move(a.id, at(1, QTime(11, 0))));
        const OutboxEntry patch = open().at(0);
        QCOMPARE(patch.operation, OutboxOperation::Patch);
        QVERIFY(t->booking->move(a.id, at(1, QTime(12, 0)))); // while the patch is under way
        QVERIFY(outbox.finish(patch, 2));                     // its answer arrives
        QCOMPARE(open().size(), 1);                           // the second move is still owed
    }

    void moveToAnotherPractitionerDeletesThereAndInsertsHere()
    {
        connect(weber, GoogleConnection::State::Connected, QStringLiteral("weber@x.test"));
        connect(schulz, GoogleConnection::State::Connected, QStringLiteral("schulz@x.test"));
        const Appointment a = book(weber, at(1, QTime(9, 0)));
        const QString firstId = open().at(0).eventId;
        QVERIFY(OutboxRepository(db()).finish(open().at(0), 1));
        QVERIFY(t->booking->move(a.id, at(1, QTime(9, 0)), schulz));
        const auto rows = open();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).operation, OutboxOperation::Delete);
        QCOMPARE(rows.at(0).calendarId, QStringLiteral("weber@x.test"));
        QCOMPARE(rows.at(0).eventId, firstId);
        QCOMPARE(rows.at(1).operation, OutboxOperation::Insert);
        QCOMPARE(rows.at(1).calendarId, QStringLiteral("schulz@x.test"));
        QVERIFY(rows.at(1).eventId != firstId); // a new generation
    }

    void failedRowsComeBackOnRetry()
    {
        connect(weber, GoogleConnection::State::Connected);
        const Appointment a = book(weber, at(1, QTime(9, 0)));
        OutboxRepository outbox(db());
        QVERIFY(outbox.fail(open().at(0).id, QStringLiteral("kaputt"), 1));
        QCOMPARE(outbox.counts().failed, 1);
        QCOMPARE(outbox.due(10).value().size(), 0);
        QVERIFY(outbox.retry(a.id, 2));
        QCOMPARE(outbox.counts().pending, 1);
        QCOMPARE(outbox.due(10).value().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TstOutbox)
#include "tst_outbox.moc"
