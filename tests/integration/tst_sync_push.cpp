// Bookings reach Google exactly once, through every fault Google and the network can throw.
#include "sync_fixture.h"

#include "storage/appointment_repository.h"
#include "storage/google_event_repository.h"

#include <QLoggingCategory>

using namespace empfang;
using test::SyncFixture;

class TstSyncPush : public test::SyncTestCase
{
    Q_OBJECT

private slots:
    void bookingReachesGoogleOnceWithoutPatientData()
    {
        auto a = f->book(weber, SyncFixture::at(1, QTime(9, 0)));
        QVERIFY2(a, qPrintable(a.error()));
        QCOMPARE(f->state(a->id), SyncState::Pending); // answered at once, before any network
        QVERIFY(f->drain());
        const QJsonArray events = f->liveEvents();
        QCOMPARE(events.size(), 1);
        const QJsonObject e = events.at(0).toObject();
        QCOMPARE(e.value(QLatin1String("summary")).toString(),
                 QStringLiteral("Praxistermin – Krankengymnastik"));
        QVERIFY(!QJsonDocument(e).toJson().contains("Müller"));
        QCOMPARE(
            e.value(QLatin1String("start")).toObject().value(QLatin1String("dateTime")).toString(),
            QStringLiteral("2026-12-08T09:00:00+01:00"));
        QCOMPARE(f->state(a->id), SyncState::Synced);
        for (const QJsonObject &r : m_fake.requests(QStringLiteral("events.insert")))
            QVERIFY(
                r.value(QLatin1String("query")).toArray().contains(QStringLiteral("sendUpdates")));
    }

    void faultMatrix_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QJsonObject>("fault");
        QTest::addColumn<int>("expectedEvents");
        QTest::addColumn<int>("expectedState");
        const auto status = [](int code, const char *reason) {
            return QJsonObject{{QStringLiteral("status"), code},
                               {QStringLiteral("reason"), QLatin1String(reason)}};
        };
        const int synced = int(SyncState::Synced), failed = int(SyncState::Failed);
        QTest::newRow("401 → refresh, replay")
            << "events.insert" << status(401, "authError") << 1 << synced;
        QTest::newRow("403 rateLimitExceeded → backoff")
            << "events.insert" << status(403, "rateLimitExceeded") << 1 << synced;
        QTest::newRow("403 userRateLimitExceeded")
            << "events.insert" << status(403, "userRateLimitExceeded") << 1 << synced;
        QTest::newRow("429 → backoff")
            << "events.insert" << status(429, "rateLimitExceeded") << 1 << synced;
        QTest::newRow("500 → backoff")
            << "events.insert" << status(500, "backendError") << 1 << synced;
        QTest::newRow("503 → backoff")
            << "events.insert" << status(503, "backendError") << 1 << synced;
        QTest::newRow("timeout (carried out late) → 409 → one event")
            << "events.insert" << QJsonObject{{QStringLiteral("delay_ms"), 2500}} << 1 << synced;
        QTest::newRow("dropped connection")
            << "events.insert" << QJsonObject{{QStringLiteral("drop"), true}} << 1 << synced;
        QTest::newRow("malformed JSON")
            << "events.insert" << QJsonObject{{QStringLiteral("malformed"), true}} << 1 << synced;
        QTest::newRow("answer lost after insert → 409 → GET → one event")
            << "events.insert" << QJsonObject{{QStringLiteral("lose_response"), true}} << 1
            << synced;
        QTest::newRow("409 on insert → GET finds nothing of ours?")
            << "events.get" << status(500, "backendError") << 1 << synced;
        QTest::newRow("400 → failed") << "events.insert" << status(400, "invalid") << 0 << failed;
        QTest::newRow("403 forbidden → failed")
            << "events.insert" << status(403, "forbidden") << 0 << failed;
        QTest::newRow("404 calendar → failed")
            << "events.insert" << status(404, "notFound") << 0 << failed;
    }
    void faultMatrix()
    {
        QFETCH(QString, endpoint);
        QFETCH(QJsonObject, fault);
        QFETCH(int, expectedEvents);
        QFETCH(int, expectedState);
        fault.insert(QStringLiteral("endpoint"), endpoint);
        fault.insert(QStringLiteral("count"), 1);
        m_fake.fault(fault);
        auto a = f->book(weber, SyncFixture::at(1, QTime(9, 0)));
        QVERIFY(a);
        QVERIFY(f->drain());
        QCOMPARE(f->liveEvents().size(), expectedEvents);
        QCOMPARE(int(f->state(a->id)), expectedState);
        if (expectedState == int(SyncState::Failed)) {
            QVERIFY(!f->note(a->id).isEmpty()); // a German reason on the appointment
            QCOMPARE(OutboxRepository(*f->t.db).counts().failed, 1);
            // Nothing lost: the receptionist's retry pushes it.
            QVERIFY(f->sync->retry(a->id));
            QVERIFY(f->drain());
            QCOMPARE(f->liveEvents().size(), 1);
            QCOMPARE(f->state(a->id), SyncState::Synced);
        }
        QCOMPARE(OutboxRepository(*f->t.db).counts().pending, 0);
    }

    void moveIsAPatchWithIfMatch()
    {
        auto a = f->book(weber, SyncFixture::at(1, QTime(9, 0)));
        QVERIFY(f->drain());
        QVERIFY(f->t.booking->move(a->id, SyncFixture::at(1, QTime(11, 0))));
        QVERIFY(f->drain());
        const QJsonArray events = f->liveEvents();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0)
                     .toObject()
                     .value(QLatin1String("start"))
                     .toObject()
                     .value(QLatin1String("dateTime"))
                     .toString(),
                 QStringLiteral("2026-12-08T11:00:00+01:00"));
        QCOMPARE(m_fake.requests(QStringLiteral("events.patch")).size(), 1);
        QCOMPARE(f->state(a->id), SyncState::Synced);
    }

    void etagChangedByATitleEditStillTakesTheMove()
    {
        auto a = f->book(weber, SyncFixture::at(1, QTime(9, 0)));
        QVERIFY(f->drain());
        const QString id = f->liveEvents().at(0).toObject().value(QLatin1String("id")).toString();
        // The practitioner adds a colour in Google: new etag, same time.
        m_fake.post(QStringLiteral("/_fake/events"),
                    {{QStringLiteral("calendar"), QStringLiteral("primary")},
                     {QStringLiteral("event"),
                      QJsonObject{{QStringLiteral("id"), id},
                                  {QStringLiteral("colorId"), QStringLiteral("5")}}}});
        QVERIFY(f->t.booking->move(a->id, SyncFixture::at(1, QTime(11, 0))));
        QVERIFY(f->drain());
        QCOMPARE(f->state(a->id), SyncState::Synced);
        QCOMPARE(f->liveEvents()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("start"))
                     .toObject()
                     .value(QLatin1String("dateTime"))
                     .toString(),
                 QStringLiteral("2026-12-08T11:00:00+01:00"));
    }

    void movedInGoogleThen412IsAConflictForTheReceptionist()
    {
        auto a = f->book(weber, SyncFixture::at(1, QTime(9, 0)));
        QVERIFY(f->drain());
        const QString id = f->liveEvents().at(0).toObject().value(QLatin1String("id")).toString();
        m_fake.post(QStringLiteral("/_fake/events"),
                    {{QStringLiteral("calendar"), QStringLiteral("primary")},
                     {QStringLiteral("event"),
                      QJsonObject{{QStringLiteral("id"), id},
                                  {QStringLiteral("start"),
                                   QJsonObject{{QStringLiteral("dateTime"),
                                                QStringLiteral("2026-12-08T14:00:00+01:00")}}},
                                  {QStringLiteral("end"),
                                   QJsonObject{{QStringLiteral("dateTime"),
                                                QStringLiteral("2026-12-08T14:30:00+01:00")}}}}}});
        QVERIFY(f->t.booking->move(a->id, SyncFixture::at(1, QTime(11, 0))));
        QVERIFY(f->drain());
        QCOMPARE(f->state(a->id), SyncState::Conflict);
        QVERIFY(f->note(a->id).contains(QStringLiteral("08.12.2026 14:00")));
        // Google's version was not overwritten behind the receptionist's back.
        QCOMPARE(f->liveEvents()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("start"))
                     .toObject()
                     .value(QLatin1String("dateTime"))
                     .toString(),
                 QStringLiteral("2026-12-08T14:00:00+01:00"));
        // "Retry" = Empfang's time wins.
        QVERIFY(f->sync->retry(a->id));
        QVERIFY(f->drain());
        QCOMPARE(f->state(a->id), SyncState::Synced);
        QCOMPARE(f->liveEvents()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("start"))
                     .toObject()
                     .value(QLatin1String("dateTime"))
                     .toString(),
                 QStringLiteral("2026-12-08T11:00:00+01:00"));
    }

    void cancelDeletesAndAnAlreadyDeletedEventCountsAsDone()
    {
        auto a = f->book(weber, SyncFixture::at(1, QTime(9, 0)));
        auto b = f->book(weber, SyncFixture::at(1, QTime(10, 0)));
        QVERIFY(f->drain());
        QCOMPARE(f->liveEvents().size(), 2);
        // b was deleted in Google already: the delete answers 410, which is "done".
        for (const QJsonValue &v : f->liveEvents()) {
            const QJsonObject e = v.toObject();
            if (e.value(QLatin1String("start"))
                    .toObject()
                    .value(QLatin1String("dateTime"))
                    .toString() == QLatin1String("2026-12-08T10:00:00+01:00"))
                m_fake.post(QStringLiteral("/_fake/events/delete"),
                            {{QStringLiteral("calendar"), QStringLiteral("primary")},
                             {QStringLiteral("id"), e.value(QLatin1String("id"))}});
        }
        QVERIFY(f->t.booking->cancel(a->id));
        QVERIFY(f->t.booking->cancel(b->id));
        QVERIFY(f->drain());
        QCOMPARE(f->liveEvents().size(), 0);
        QCOMPARE(f->state(a->id), SyncState::Synced);
        QCOMPARE(f->state(b->id), SyncState::Synced);
        QCOMPARE(OutboxRepository(*f->t.db).counts().pending, 0);
    }

    void offlineBookingIsPushedWhenGoogleIsBack()
    {
        m_fake.fault({{QStringLiteral("endpoint"), QStringLiteral("*")},
                      {QStringLiteral("count"), 6},
                      {QStringLiteral("drop"), true}});
        auto a = f->book(weber, SyncFixture::at(1, QTime(9, 0)));
        QVERIFY(a); // the receptionist got the booking although Google is unreachable
        QVERIFY(f->drain());
        QCOMPARE(f->liveEvents().size(), 1);
        QCOMPARE(f->state(a->id), SyncState::Synced);
    }

    void invalidGrantWipesTheConnectionAndLosesNothing()
    {
        m_fake.post(QStringLiteral("/_fake/revoke"));
        auto a = f->book(weber, SyncFixture::at(1, QTime(9, 0)));
        QSignalSpy revoked(f->connections, &GoogleConnectionService::revokedExternally);
        f->sync->pushNow();
        QVERIFY(revoked.wait(10000));
        QVERIFY(QTest::qWaitFor([&] { return !f->sync->isPushing(); }, 5000));
        QCOMPARE(f->connections->connection(weber).state,
                 GoogleConnection::State::RevokedExternally);
        // Still owed, not lost — and counted as waiting for a new connection (issue 9.7).
        QCOMPARE(OutboxRepository(*f->t.db).counts().waitingForReconnect, 1);
        QCOMPARE(OutboxRepository(*f->t.db).counts().pending, 0);
        QCOMPARE(f->liveEvents().size(), 0);
    }

    void readOnlyConnectionWritesNothing()
    {
        const qint64 ro = f->practitioner(QStringLiteral("Schulz"), {QStringLiteral("primary")},
                                          true, GoogleConnection::State::ReadOnly);
        QVERIFY(f->book(ro, SyncFixture::at(1, QTime(9, 0))));
        QVERIFY(f->drain());
        QCOMPARE(m_fake.requests(QStringLiteral("events.insert")).size(), 0);
    }

    void reconciliationFlagsDeletedEventsAndAFailedLookupChangesNothing()
    {
        auto a = f->book(weber, SyncFixture::at(1, QTime(9, 0)));
        QVERIFY(f->drain());
        const QString id = f->liveEvents().at(0).toObject().value(QLatin1String("id")).toString();
        const Interval week{SyncFixture::at(0, QTime(0, 0)), SyncFixture::at(7, QTime(0, 0))};
        // Google fails the lookup: nothing is flagged, nothing deleted.
        m_fake.fault({{QStringLiteral("endpoint"), QStringLiteral("events.list")},
                      {QStringLiteral("status"), 500}});
        bool done = false;
        f->sync->reconcile(week, [&] { done = true; });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
        QCOMPARE(f->state(a->id), SyncState::Synced);
        // The practitioner deletes our event in Google: flagged, the booking stays.
        m_fake.post(
            QStringLiteral("/_fake/events/delete"),
            {{QStringLiteral("calendar"), QStringLiteral("primary")}, {QStringLiteral("id"), id}});
        done = false;
        f->sync->reconcile(week, [&] { done = true; });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
        QCOMPARE(f->state(a->id), SyncState::Conflict);
        QVERIFY(!f->note(a->id).isEmpty());
        QVERIFY(AppointmentRepository(*f->t.db).find(a->id)->blocksTime());
        // Every list asked only for our own events.
        for (const QJsonObject &r : m_fake.requests(QStringLiteral("events.list")))
            QVERIFY(r.value(QLatin1String("private_filter"))
                        .toString()
                        .startsWith(QStringLiteral("empfangDatabaseId=")));
    }
};

QTEST_GUILESS_MAIN(TstSyncPush)
#include "tst_sync_push.moc"
