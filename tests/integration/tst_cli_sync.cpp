// empfang-cli and the calendar sync (issue 4) as a black box: the built binary against the fake
// Google server on the real Secret Service (through tests/fakes/with_keyring.sh). Covers `sync`,
// Google busy times in `slots` and `next-free`, the fresh check of `book` and `book-series`,
// offline bookings, kill -9 in the middle of a sync and the sync state in `appointments`. The
// fixture: cli_sync_fixture.h; what waits and retries: tst_cli_sync_waiting.
#include "cli_sync_fixture.h"

#include <memory>
#include <vector>

using namespace empfang;
using namespace empfang::test;
using namespace empfang::test::cli_sync;

class TstCliSync : public CliSyncFixture
{
    Q_OBJECT

private slots:
    // Issue 10.1: the practitioner removes Empfang in the Google account; the next run is only
    // `sync`. It finds out on the token refresh — and must not exit before the keychain entry
    // is gone, the state says so, the consent log has it and the busy times are deleted.
    void revocationFoundBySyncWipesEverything()
    {
        addForeign(eventAt(m_day, QTime(10, 0), QTime(11, 0)));
        QCOMPARE(syncJson().value(QStringLiteral("busyRefreshed")).toInt(), 1);
        const int cached = busyRows();
        QVERIFY(cached > 0);
        QVERIFY(!keyringLookup(kPid).isEmpty());

        m_fake.post(QStringLiteral("/_fake/revoke"));
        QElapsedTimer timer;
        timer.start();
        const CliRun r = run({QStringLiteral("sync")});
        qInfo() << "sync after revocation took" << timer.elapsed() << "ms, exit" << r.exitCode
                << "; busy rows before:" << cached;
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(r.err));
        QVERIFY2(keyringLookup(kPid).isEmpty(), "the refresh token is still in the keychain");
        const QJsonObject s = statusOf();
        QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("revoked_externally"));
        QCOMPARE(s.value(QStringLiteral("tokenInKeychain")).toBool(), false);
        QCOMPARE(lastConsentAction(), QStringLiteral("revoked_externally"));
        QCOMPARE(busyRows(), 0);
    }

    // Issue 10.6: nothing of the calendar is kept beyond the connection.
    void disconnectForgetsBusyTimes()
    {
        addForeign(eventAt(m_day, QTime(10, 0), QTime(11, 0)));
        QCOMPARE(syncJson().value(QStringLiteral("busyRefreshed")).toInt(), 1);
        QVERIFY(busyRows() > 0);
        const CliRun d =
            run({QStringLiteral("disconnect"), QStringLiteral("--practitioner"), kPid});
        QVERIFY2(d.exitCode == 0, qPrintable(d.err));
        QCOMPARE(busyRows(), 0);
        QVERIFY(keyringLookup(kPid).isEmpty());
        QCOMPARE(lastConsentAction(), QStringLiteral("withdrawn"));
    }

    // Issue 10.6: the patient's Art. 15 export says which appointments went to Google, not into
    // whose calendar (the calendar id is the practitioner's e-mail address).
    void patientExportNamesNoCalendar()
    {
        QVERIFY(book(QTime(9, 0)).exitCode == 0);
        QCOMPARE(syncState(appointments().at(0)), QStringLiteral("synced"));
        const QString out = m_dir->filePath(QStringLiteral("export"));
        const CliRun r =
            run({QStringLiteral("patient"), QStringLiteral("export"), QStringLiteral("--patient"),
                 QStringLiteral("1"), QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile file(QDir(out).filePath(QStringLiteral("patient-1.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const QJsonArray events = QJsonDocument::fromJson(bytes)
                                      .object()
                                      .value(QStringLiteral("calendarEvents"))
                                      .toArray();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0).toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("synced"));
        QVERIFY2(!bytes.contains("praxis.test@gmail.com"), bytes.constData());
        QVERIFY(!events.at(0).toObject().contains(QStringLiteral("calendar")));
    }

    void bookSyncPushesOneEventWithoutPatientData()
    {
        // Google fails the booking's own push once: the booking stands, `sync` sends it.
        m_fake.fault({{QStringLiteral("endpoint"), QStringLiteral("events.insert")},
                      {QStringLiteral("status"), 503}});
        const CliRun booked = book(QTime(9, 0));
        QVERIFY2(booked.exitCode == 0, qPrintable(booked.err));
        // Usually still waiting; but the first retry's delay is "full jitter" (anything from
        // 0 ms), so under load `book` itself may have sent it a moment later.
        const QString afterBooking = syncState(appointments().at(0));
        QVERIFY2(afterBooking == QLatin1String("pending") ||
                     afterBooking == QLatin1String("synced"),
                 qPrintable(afterBooking));
        const QJsonObject s = syncJson();
        QCOMPARE(s.value(QStringLiteral("pushed")).toInt(),
                 afterBooking == QLatin1String("pending") ? 1 : 0);
        QCOMPARE(s.value(QStringLiteral("failed")).toInt(), 0);
        QCOMPARE(s.value(QStringLiteral("pending")).toInt(), 0);
        QCOMPARE(s.value(QStringLiteral("busyRefreshed")).toInt(), 1);
        const QJsonArray events = liveEvents();
        QCOMPARE(events.size(), 1);
        QVERIFY(!QJsonDocument(events).toJson().contains("Müller"));
        QCOMPARE(syncState(appointments().at(0)), QStringLiteral("synced"));

        // Online, a booking reaches Google at once, without waiting for `sync`.
        QVERIFY(book(QTime(10, 0)).exitCode == 0);
        QCOMPARE(liveEvents().size(), 2);
        QCOMPARE(syncJson().value(QStringLiteral("pushed")).toInt(), 0);

        const CliRun table =
            run({QStringLiteral("appointments"), QStringLiteral("--from"),
                 m_day.toString(Qt::ISODate), QStringLiteral("--to"), m_day.toString(Qt::ISODate)});
        QVERIFY(table.out.contains(QStringLiteral("Google")));
        QCOMPARE(table.out.count(QStringLiteral("synchronised")), 2);
        const CliRun human = run({QStringLiteral("sync")});
        QCOMPARE(human.exitCode, 0);
        QVERIFY2(human.out.contains(QStringLiteral("Sent to Google: 0")), qPrintable(human.out));
    }

    void foreignEventRemovesSlotsAndFreshCheckRefuses()
    {
        QVERIFY(slotStarts().contains(iso(m_day, QTime(10, 0))));
        m_fake.post(QStringLiteral("/_fake/events"),
                    {{QStringLiteral("calendar"), QStringLiteral("primary")},
                     {QStringLiteral("event"), eventAt(m_day, QTime(10, 0), QTime(11, 0))}});
        const QStringList starts = slotStarts();
        QVERIFY(starts.contains(iso(m_day, QTime(9, 0))));
        QVERIFY(!starts.contains(iso(m_day, QTime(10, 0))));
        QVERIFY(!starts.contains(iso(m_day, QTime(10, 30))));

        // The grid showed 11:00 as free; then the practitioner takes it in Google.
        QVERIFY(starts.contains(iso(m_day, QTime(11, 0))));
        m_fake.post(QStringLiteral("/_fake/events"),
                    {{QStringLiteral("calendar"), QStringLiteral("primary")},
                     {QStringLiteral("event"), eventAt(m_day, QTime(11, 0), QTime(11, 30))}});
        const CliRun refused = book(QTime(11, 0));
        QCOMPARE(refused.exitCode, 1);
        verifyMessage(refused);
        QVERIFY2(refused.err.contains(QStringLiteral("taken in the practitioner's Google")),
                 qPrintable(refused.err));
        QCOMPARE(appointments().size(), 0);
        QCOMPARE(m_fake.requests(QStringLiteral("events.insert")).size(), 0);
    }

    void nextFreeSkipsSlotTakenInGoogle()
    {
        const QStringList args{QStringLiteral("next-free"), QStringLiteral("--type"),
                               QStringLiteral("1"), QStringLiteral("--after"),
                               m_day.toString(Qt::ISODate) + QStringLiteral("T08:00")};
        const auto start = [](const CliRun &r) {
            return r.json().object().value(QStringLiteral("start")).toString();
        };
        const CliRun before = json(args); // also fills the cache: 08:00 is free
        QVERIFY2(before.exitCode == 0, qPrintable(before.err));
        QCOMPARE(start(before), iso(m_day, QTime(8, 0)));
        // Taken in Google since; only a fresh look finds out.
        addForeign(eventAt(m_day, QTime(8, 0), QTime(8, 30)));
        const CliRun after = json(args);
        QVERIFY2(after.exitCode == 0, qPrintable(after.err));
        QCOMPARE(start(after), iso(m_day, QTime(8, 30)));
        QVERIFY2(after.err.isEmpty(), qPrintable(after.err));

        // Offline: the cache answers, and stderr says so.
        const quint16 port = m_port;
        m_fake.stop();
        const CliRun cached = json(args);
        QCOMPARE(cached.exitCode, 0);
        QCOMPARE(start(cached), iso(m_day, QTime(8, 30)));
        QVERIFY2(cached.err.contains(QStringLiteral("busy times")), qPrintable(cached.err));
        QVERIFY(startFake(port));
    }

    void bookSeriesRefusesSessionTakenInGoogle()
    {
        const QStringList args{QStringLiteral("book-series"),
                               QStringLiteral("--practitioner"),
                               kPid,
                               QStringLiteral("--type"),
                               QStringLiteral("1"),
                               QStringLiteral("--start"),
                               iso(m_day, QTime(9, 0)),
                               QStringLiteral("--weekdays"),
                               QStringLiteral("1,2,3,4,5"),
                               QStringLiteral("--patient"),
                               QStringLiteral("Jürgen Müller")};
        // Wednesday 09:00 was taken in Google; the cache does not know it yet.
        QVERIFY(slotStarts().contains(iso(m_day, QTime(9, 0))));
        addForeign(eventAt(m_day.addDays(2), QTime(9, 0), QTime(10, 0)));
        const CliRun refused =
            run(args + QStringList{QStringLiteral("--count"), QStringLiteral("5")});
        QCOMPARE(refused.exitCode, 1);
        verifyMessage(refused);
        const QString wednesday =
            m_day.addDays(2).toString(QStringLiteral("dd.MM.yyyy")) + QStringLiteral(" 09:00");
        QVERIFY2(refused.err.contains(wednesday), qPrintable(refused.err));
        QVERIFY2(!refused.err.contains(m_day.toString(QStringLiteral("dd.MM.yyyy"))),
                 qPrintable(refused.err)); // only the colliding session is listed
        const QString from = m_day.toString(Qt::ISODate);
        const QString to = m_day.addDays(6).toString(Qt::ISODate);
        const CliRun week = json({QStringLiteral("appointments"), QStringLiteral("--from"), from,
                                  QStringLiteral("--to"), to});
        QCOMPARE(week.json().array().size(), 0);
        QCOMPARE(m_fake.requests(QStringLiteral("events.insert")).size(), 0);

        // Monday and Tuesday are free: booked and in Google at once, as with `book`.
        const CliRun booked =
            run(args + QStringList{QStringLiteral("--count"), QStringLiteral("2")});
        QVERIFY2(booked.exitCode == 0, qPrintable(booked.err));
        QCOMPARE(liveEvents().size(), 3); // the foreign one and the two sessions
    }

    void offlineBookingReachesGoogleOnceItIsBack()
    {
        const quint16 port = m_port;
        m_fake.stop();
        const CliRun booked = book(QTime(9, 30));
        QVERIFY2(booked.exitCode == 0, qPrintable(booked.err));
        QVERIFY2(booked.err.contains(QStringLiteral("Google")), qPrintable(booked.err));
        QCOMPARE(syncState(appointments().at(0)), QStringLiteral("pending"));
        // `slots` still works, from the cache, and says so.
        const CliRun cached =
            run({QStringLiteral("slots"), QStringLiteral("--practitioner"), kPid,
                 QStringLiteral("--type"), QStringLiteral("1"), QStringLiteral("--from"),
                 m_day.toString(Qt::ISODate), QStringLiteral("--to"), m_day.toString(Qt::ISODate)});
        QCOMPARE(cached.exitCode, 0);
        QVERIFY2(cached.err.contains(QStringLiteral("busy times")), qPrintable(cached.err));
        const QJsonObject offline = syncJson();
        QCOMPARE(offline.value(QStringLiteral("pushed")).toInt(), 0);
        QCOMPARE(offline.value(QStringLiteral("pending")).toInt(), 1);

        QVERIFY(startFake(port));
        QCOMPARE(m_port, port);
        const QJsonObject s = syncJson();
        QCOMPARE(s.value(QStringLiteral("pushed")).toInt(), 1);
        QCOMPARE(s.value(QStringLiteral("pending")).toInt(), 0);
        QCOMPARE(liveEvents().size(), 1);
        QVERIFY(!QJsonDocument(liveEvents()).toJson().contains("Müller"));
        QCOMPARE(syncState(appointments().at(0)), QStringLiteral("synced"));
    }

    void killDuringSyncLosesAndDuplicatesNothing()
    {
        // Three bookings made while Google is away.
        const quint16 port = m_port;
        m_fake.stop();
        for (const QTime &t : {QTime(8, 0), QTime(9, 0), QTime(10, 0)})
            QVERIFY(book(t).exitCode == 0);
        QVERIFY(startFake(port));
        // The first insert goes through, the second hangs in Google while the CLI is killed.
        m_fake.fault({{QStringLiteral("endpoint"), QStringLiteral("events.insert")},
                      {QStringLiteral("count"), 1}});
        m_fake.fault({{QStringLiteral("endpoint"), QStringLiteral("events.insert")},
                      {QStringLiteral("delay_ms"), 3000}});
        QProcess sync;
        sync.start(QStringLiteral(EMPFANG_CLI),
                   {QStringLiteral("--db"), m_cli->dbPath(), QStringLiteral("sync")});
        QVERIFY(sync.waitForStarted(10000));
        QVERIFY(QTest::qWaitFor(
            [&] { return m_fake.requests(QStringLiteral("events.insert")).size() >= 2; }, 20000));
        QCOMPARE(sync.state(), QProcess::Running);
        ::kill(pid_t(sync.processId()), SIGKILL);
        QVERIFY(sync.waitForFinished(10000));
        QCOMPARE(sync.exitStatus(), QProcess::CrashExit);
        QCOMPARE(liveEvents().size() >= 1, true);

        const QJsonObject s = syncJson();
        QCOMPARE(s.value(QStringLiteral("pending")).toInt(), 0);
        QCOMPARE(s.value(QStringLiteral("failed")).toInt(), 0);
        // The hanging insert is carried out by Google after all; give it its time.
        QTest::qWait(3500);
        QCOMPARE(liveEvents().size(), 3);
        const QJsonObject inserts = m_fake.get(QStringLiteral("/_fake/inserts")).object();
        QCOMPARE(inserts.size(), 3);
        for (const QJsonValue &n : inserts)
            QCOMPARE(n.toInt(), 1);
        for (const QJsonValue &a : appointments())
            QCOMPARE(syncState(a), QStringLiteral("synced"));
    }

    // Each process stores Google's busy times on a connection of its own, beside the one it
    // books on; several processes do both at once on one file. Every sync ends, every
    // confirmed booking is stored, and the busy time from Google blocks its slot afterwards
    // even with Google away (it is in the cache, not only in an answer).
    void busyTimesStoredWhileOtherProcessesBook()
    {
        addForeign(eventAt(m_day, QTime(10, 30), QTime(11, 0)));
        // Google answers slowly: the stores overlap the bookings of the other processes.
        m_fake.fault({{QStringLiteral("endpoint"), QStringLiteral("freeBusy")},
                      {QStringLiteral("count"), 100},
                      {QStringLiteral("delay_ms"), 300}});
        const QString db = m_cli->dbPath();
        std::vector<std::unique_ptr<QProcess>> syncs, bookings;
        for (int i = 0; i < 3; ++i) {
            syncs.push_back(std::make_unique<QProcess>());
            syncs.back()->start(QStringLiteral(EMPFANG_CLI),
                                {QStringLiteral("--db"), db, QStringLiteral("sync")});
        }
        const QList<QTime> times{QTime(8, 0), QTime(8, 30), QTime(9, 0), QTime(9, 30)};
        for (const QTime &t : times) {
            bookings.push_back(std::make_unique<QProcess>());
            bookings.back()->start(
                QStringLiteral(EMPFANG_CLI),
                {QStringLiteral("--db"), db, QStringLiteral("book"),
                 QStringLiteral("--practitioner"), cli_sync::kPid, QStringLiteral("--type"),
                 QStringLiteral("1"), QStringLiteral("--start"), iso(m_day, t),
                 QStringLiteral("--patient"),
                 QStringLiteral("Patient %1").arg(t.toString(QStringLiteral("HHmm")))});
        }
        for (const auto &p : bookings) {
            QVERIFY(p->waitForFinished(60000));
            QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0,
                     p->readAllStandardError().constData());
        }
        for (const auto &p : syncs) {
            QVERIFY(p->waitForFinished(60000));
            QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0,
                     p->readAllStandardError().constData());
        }
        QCOMPARE(appointments().size(), times.size());

        const quint16 port = m_port;
        m_fake.stop();
        const QStringList starts = slotStarts();
        QVERIFY(startFake(port));
        QVERIFY2(starts.contains(iso(m_day, QTime(10, 0))), qPrintable(starts.join(u' ')));
        QVERIFY2(!starts.contains(iso(m_day, QTime(10, 30))), qPrintable(starts.join(u' ')));
        QVERIFY2(!starts.contains(iso(m_day, QTime(10, 45))), qPrintable(starts.join(u' ')));
        QVERIFY2(starts.contains(iso(m_day, QTime(11, 0))), qPrintable(starts.join(u' ')));
    }

    void lostSyncBookkeepingOnlyResendsIdempotentWrites()
    {
        // The sync's bookkeeping commits without waiting for the disk (BookkeepingTransaction):
        // a power cut may take it back. Simulated here by putting back the file as it was
        // before the sync, after Google got the events: the next syncs — two processes at
        // once, beside a booking — send again, and Google still holds each event once.
        const quint16 port = m_port;
        m_fake.stop();
        for (const QTime &t : {QTime(8, 0), QTime(9, 0), QTime(10, 0)})
            QVERIFY(book(t).exitCode == 0);
        QVERIFY(startFake(port));
        const QString db = m_cli->dbPath();
        const QString before = m_dir->filePath(QStringLiteral("before-sync.db"));
        QVERIFY(!QFile::exists(db + QStringLiteral("-wal"))); // every process closed it
        QVERIFY(QFile::copy(db, before));
        QCOMPARE(syncJson().value(QStringLiteral("pending")).toInt(), 0);
        QCOMPARE(liveEvents().size(), 3);

        QVERIFY(!QFile::exists(db + QStringLiteral("-wal")));
        QVERIFY(QFile::remove(db));
        QVERIFY(QFile::copy(before, db));
        for (const QJsonValue &a : appointments())
            QCOMPARE(syncState(a), QStringLiteral("pending")); // the bookkeeping is gone

        const auto startSync = [&](QProcess &p) {
            p.start(QStringLiteral(EMPFANG_CLI),
                    {QStringLiteral("--db"), db, QStringLiteral("sync")});
            return p.waitForStarted(10000);
        };
        QProcess first;
        QProcess second;
        QVERIFY(startSync(first));
        QVERIFY(startSync(second));
        QCOMPARE(book(QTime(11, 0)).exitCode, 0); // a booking in between stays booked
        for (QProcess *p : {&first, &second}) {
            QVERIFY(p->waitForFinished(60000));
            QCOMPARE(p->exitStatus(), QProcess::NormalExit);
            QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
        }
        QCOMPARE(syncJson().value(QStringLiteral("pending")).toInt(), 0);
        QCOMPARE(appointments().size(), 4);
        QCOMPARE(liveEvents().size(), 4);
        const QJsonObject inserts = m_fake.get(QStringLiteral("/_fake/inserts")).object();
        QCOMPARE(inserts.size(), 4);
        for (const QJsonValue &n : inserts)
            QCOMPARE(n.toInt(), 1);
        for (const QJsonValue &a : appointments())
            QCOMPARE(syncState(a), QStringLiteral("synced"));
    }
};

QTEST_GUILESS_MAIN(TstCliSync)
#include "tst_cli_sync.moc"
