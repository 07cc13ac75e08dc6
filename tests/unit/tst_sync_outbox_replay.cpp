// SyncService's outbox transitions in process: a booking's owed write meets each of Google's
// recorded answers (tests/fakes/google-api/replies) and ends done, postponed or failed — with
// the sync state the grid shows. The end-to-end runs against fake_google.py stay in
// tests/integration/tst_sync_*.
#include "google_replay_rig.h"
#include "storage/appointment_type_repository.h"
#include "storage/google_event_repository.h"
#include "storage/outbox_repository.h"
#include "storage/patient_repository.h"
#include "storage/schedule_repository.h"
#include "sync/sync_service.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace empfang;
using namespace empfang::test;

Q_DECLARE_METATYPE(empfang::SyncState)

class TestSyncOutboxReplay : public QObject
{
    Q_OBJECT
private slots:
    void insert_data();
    void insert();
};

void TestSyncOutboxReplay::insert_data()
{
    QTest::addColumn<QString>("reply"); // empty: no answer at all
    QTest::addColumn<QString>("outboxState");
    QTest::addColumn<SyncState>("syncState");
    QTest::addColumn<qint64>("minDelayMs"); // postponed at least this long (0: not postponed)
    QTest::addColumn<int>("pushed");
    QTest::addColumn<int>("failed");

    QTest::newRow("200: done") << QStringLiteral("events_insert_200.http") << QStringLiteral("done")
                               << SyncState::Synced << qint64(0) << 1 << 0;
    QTest::newRow("no answer: later")
        << QString() << QStringLiteral("pending") << SyncState::Pending << qint64(1) << 0 << 0;
    QTest::newRow("500: later") << QStringLiteral("error_500_backendError.http")
                                << QStringLiteral("pending") << SyncState::Pending << qint64(1) << 0
                                << 0;
    QTest::newRow("403 rate limit: later")
        << QStringLiteral("error_403_rateLimitExceeded.http") << QStringLiteral("pending")
        << SyncState::Pending << qint64(1) << 0 << 0;
    QTest::newRow("429: not before Retry-After")
        << QStringLiteral("error_429_rateLimitExceeded.http") << QStringLiteral("pending")
        << SyncState::Pending << qint64(119000) << 0 << 0;
    QTest::newRow("403 forbidden: failed")
        << QStringLiteral("error_403_forbiddenForNonOrganizer.http") << QStringLiteral("failed")
        << SyncState::Failed << qint64(0) << 0 << 1;
    QTest::newRow("404 calendar: failed")
        << QStringLiteral("error_404_notFound.http") << QStringLiteral("failed")
        << SyncState::Failed << qint64(0) << 0 << 1;
    QTest::newRow("400: failed") << QStringLiteral("error_400_timeRangeEmpty.http")
                                 << QStringLiteral("failed") << SyncState::Failed << qint64(0) << 0
                                 << 1;
}

void TestSyncOutboxReplay::insert()
{
    QFETCH(QString, reply);
    QFETCH(QString, outboxState);
    QFETCH(SyncState, syncState);
    QFETCH(qint64, minDelayMs);
    QFETCH(int, pushed);
    QFETCH(int, failed);

    GoogleReplayRig rig;
    Database &db = *rig.t.db;
    rig.connect();
    AppointmentType type;
    type.name = QStringLiteral("Krankengymnastik");
    type.minutes = 30;
    const qint64 typeId = AppointmentTypeRepository(db).add(type).value().id;
    for (int wd = 1; wd <= 5; ++wd)
        QVERIFY(ScheduleRepository(db).addHours(
            {0, rig.practitionerId, wd, QTime(8, 0), QTime(17, 0), {}, {}}));
    BookingRequest request;
    request.practitionerId = rig.practitionerId;
    request.typeId = typeId;
    request.startMs = TestDatabase::berlin(QDate(2026, 12, 8), QTime(9, 0));
    request.newPatientName = QStringLiteral("Erika Muster");
    const auto booked = rig.t.booking->book(request);
    QVERIFY2(booked, qPrintable(booked ? QString() : booked.error()));
    const auto owed = OutboxRepository(db).openFor(booked->id);
    QVERIFY(owed && owed.value()); // the write is owed from the booking's transaction on

    rig.answerToken();
    const QString events = QStringLiteral("/calendars/primary/events");
    if (reply.isEmpty())
        rig.nam.queue("POST", events, RecordedAnswer{});
    else
        rig.nam.queueFile("POST", events, GoogleReplayRig::fixture(reply));

    SyncService &sync = rig.stack.sync();
    QSignalSpy finished(&sync, &SyncService::pushFinished);
    sync.pushNow();
    QVERIFY(finished.wait(10000));

    const auto row = OutboxRepository(db).find(owed.value()->id);
    QVERIFY(row && row.value());
    const OutboxEntry &e = *row.value();
    QCOMPARE(e.state, outboxState);
    QCOMPARE(e.attempts, 1);
    if (minDelayMs > 0) {
        QVERIFY2(e.nextAttemptMs >= rig.t.clock.nowMs() + minDelayMs,
                 qPrintable(QString::number(e.nextAttemptMs - rig.t.clock.nowMs())));
        QVERIFY(!e.lastError.isEmpty());
    }
    const auto shown = sync.appointmentSync(booked->id);
    QVERIFY(shown);
    QCOMPARE(shown->state, syncState);
    if (syncState != SyncState::Synced)
        QVERIFY(!shown->message.isEmpty()); // the grid says why, in German
    QCOMPARE(sync.stats().pushed, pushed);
    QCOMPARE(sync.stats().failed, failed);

    // The insert carried the client-chosen event id, so a retry can never make a second event.
    const auto sent = rig.nam.requests("POST", events);
    QCOMPARE(sent.size(), 1);
    const QJsonObject body = QJsonDocument::fromJson(sent.first().body).object();
    QCOMPARE(body.value(QLatin1String("id")).toString(), owed.value()->eventId);
    QVERIFY(!body.value(QLatin1String("summary")).toString().contains(QLatin1String("Erika")));
    QVERIFY(rig.nam.unexpected().isEmpty());
}

QTEST_GUILESS_MAIN(TestSyncOutboxReplay)
#include "tst_sync_outbox_replay.moc"
