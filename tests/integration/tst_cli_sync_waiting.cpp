// empfang-cli and the calendar sync (issue 9.7 and after): the status counts the changes that
// wait, Google's Retry-After delays the outbox and the busy refresh, and a cancelled
// appointment's event that is live again is deleted again. The fixture: cli_sync_fixture.h.
#include "cli_sync_fixture.h"

using namespace empfang;
using namespace empfang::test;
using namespace empfang::test::cli_sync;

class TstCliSyncWaiting : public CliSyncFixture
{
    Q_OBJECT

private slots:
    // ---- issue 9.7: the sync status does not hide waiting work ------------------------------

    void changesWaitingForReconnectAreCounted()
    {
        // Three bookings while Google is away; then the practitioner's access is revoked in
        // the Google account. The changes are owed, but only a new connection can send them.
        const quint16 port = m_port;
        m_fake.stop();
        for (const QTime &t : {QTime(8, 0), QTime(9, 0), QTime(10, 0)})
            QVERIFY(book(t).exitCode == 0);
        QVERIFY(startFake(port));
        QCOMPARE(m_fake.post(QStringLiteral("/_fake/revoke")), 200);
        // The sync that finds out, and every one after it (no practitioner connected any more).
        for (int round = 0; round < 2; ++round) {
            const QJsonObject s = syncJson();
            QCOMPARE(s.value(QStringLiteral("waitingForReconnect")).toInt(-1), 3);
            QCOMPARE(s.value(QStringLiteral("pending")).toInt(-1), 0);
            QCOMPARE(s.value(QStringLiteral("failed")).toInt(-1), 0);
        }
        const CliRun human = run({QStringLiteral("sync")});
        QCOMPARE(human.exitCode, 0);
        QVERIFY2(human.out.contains(QStringLiteral("3 change(s) wait until the practitioner "
                                                   "connects Google again")),
                 qPrintable(human.out));
        QVERIFY2(!human.out.contains(QStringLiteral("nothing to synchronise")),
                 qPrintable(human.out));
    }

    void retryAfterDelaysTheOutbox_data()
    {
        QTest::addColumn<bool>("httpDate");
        QTest::newRow("seconds") << false;
        QTest::newRow("HTTP-date") << true;
    }
    void retryAfterDelaysTheOutbox()
    {
        QFETCH(bool, httpDate);
        constexpr int kWaitS = 10; // generous: CLI runs are slow on a loaded machine
        const QDateTime until = QDateTime::currentDateTimeUtc().addSecs(kWaitS);
        const QString header =
            httpDate ? QLocale::c().toString(until, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")) +
                           QStringLiteral(" GMT")
                     : QString::number(kWaitS);
        m_fake.fault(
            {{QStringLiteral("endpoint"), QStringLiteral("events.insert")},
             {QStringLiteral("status"), 503},
             {QStringLiteral("headers"), QJsonObject{{QStringLiteral("Retry-After"), header}}}});
        const CliRun booked = book(QTime(9, 0));
        QVERIFY2(booked.exitCode == 0, qPrintable(booked.err));
        QCOMPARE(m_fake.requests(QStringLiteral("events.insert")).size(), 1);
        // An explicit `sync` at once is still too early: Google named the time itself.
        const QJsonObject early = syncJson();
        QCOMPARE(early.value(QStringLiteral("pushed")).toInt(-1), 0);
        QCOMPARE(early.value(QStringLiteral("pending")).toInt(-1), 1);
        QVERIFY(QDateTime::currentDateTimeUtc() < until.addSecs(-1)); // really "at once"
        QCOMPARE(m_fake.requests(QStringLiteral("events.insert")).size(), 1);
        const QString why = appointments()
                                .at(0)
                                .toObject()
                                .value(QStringLiteral("sync"))
                                .toObject()
                                .value(QStringLiteral("message"))
                                .toString();
        QVERIFY2(why.contains(QStringLiteral("pause")), qPrintable(why)); // says why it waits

        QTest::qWait(int(QDateTime::currentDateTimeUtc().msecsTo(until)) + 1200);
        const QJsonObject late = syncJson();
        QCOMPARE(late.value(QStringLiteral("pushed")).toInt(-1), 1);
        QCOMPARE(late.value(QStringLiteral("pending")).toInt(-1), 0);
        const QList<QJsonObject> inserts = m_fake.requests(QStringLiteral("events.insert"));
        QCOMPARE(inserts.size(), 2);
        const double gap = inserts.at(1).value(QStringLiteral("at")).toDouble() -
                           inserts.at(0).value(QStringLiteral("at")).toDouble();
        QVERIFY2(gap >= kWaitS - 1, qPrintable(QString::number(gap)));
        QCOMPARE(liveEvents().size(), 1);
    }

    void retryAfterPausesBusyRefresh()
    {
        constexpr int kWaitS = 10; // generous: CLI runs are slow on a loaded machine
        QElapsedTimer clock;
        clock.start();
        m_fake.fault({{QStringLiteral("endpoint"), QStringLiteral("freeBusy")},
                      {QStringLiteral("status"), 429},
                      {QStringLiteral("reason"), QStringLiteral("rateLimitExceeded")},
                      {QStringLiteral("headers"),
                       QJsonObject{{QStringLiteral("Retry-After"), QString::number(kWaitS)}}}});
        const QString d = m_day.toString(Qt::ISODate);
        const QStringList slotArgs{QStringLiteral("slots"),
                                   QStringLiteral("--practitioner"),
                                   kPid,
                                   QStringLiteral("--type"),
                                   QStringLiteral("1"),
                                   QStringLiteral("--from"),
                                   d,
                                   QStringLiteral("--to"),
                                   d};
        const CliRun first = json(slotArgs);
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(first.err.contains(QStringLiteral("busy times")), qPrintable(first.err));
        const qsizetype asked = m_fake.requests(QStringLiteral("freeBusy")).size();
        QCOMPARE(asked, 1);
        // A second look within the pause: answered from the cache, Google is not asked.
        const CliRun second = json(slotArgs);
        QVERIFY(clock.elapsed() < (kWaitS - 1) * 1000);
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(m_fake.requests(QStringLiteral("freeBusy")).size(), asked);
        QVERIFY2(second.err.contains(QStringLiteral("pause")), qPrintable(second.err));
        // After it, Google is asked again and the note is gone.
        QTest::qWait(int(kWaitS * 1000 - clock.elapsed()) + 1200);
        const CliRun third = json(slotArgs);
        QCOMPARE(third.exitCode, 0);
        QCOMPARE(m_fake.requests(QStringLiteral("freeBusy")).size(), asked + 1);
        QVERIFY2(third.err.isEmpty(), qPrintable(third.err));
    }

    void cancelledAppointmentsLiveEventIsDeletedAgain()
    {
        // `sync` reconciles the next 14 days; futureMonday() may lie on the 14th.
        const QDate day = m_day < practiceToday().addDays(SyncDays) ? m_day : m_day.addDays(-7);
        const CliRun booked = run({QStringLiteral("book"), QStringLiteral("--practitioner"), kPid,
                                   QStringLiteral("--type"), QStringLiteral("1"),
                                   QStringLiteral("--start"), iso(day, QTime(9, 0)),
                                   QStringLiteral("--patient"), QStringLiteral("Jürgen Müller")});
        QVERIFY2(booked.exitCode == 0, qPrintable(booked.err));
        QCOMPARE(liveEvents().size(), 1);
        // Google confirms the delete but keeps the event (lost inside Google, or undone there).
        m_fake.fault({{QStringLiteral("endpoint"), QStringLiteral("events.delete")},
                      {QStringLiteral("swallow"), true}});
        const CliRun cancelled =
            run({QStringLiteral("cancel"), QStringLiteral("--appointment"), QStringLiteral("1")});
        QVERIFY2(cancelled.exitCode == 0, qPrintable(cancelled.err));
        QCOMPARE(m_fake.requests(QStringLiteral("events.delete")).size(), 1);
        QCOMPARE(liveEvents().size(), 1); // still blocks the practitioner's time in Google

        const QJsonObject s = syncJson();
        QCOMPARE(liveEvents().size(), 0);
        QCOMPARE(m_fake.requests(QStringLiteral("events.delete")).size(), 2);
        QCOMPARE(s.value(QStringLiteral("pending")).toInt(-1), 0);
        QCOMPARE(s.value(QStringLiteral("failed")).toInt(-1), 0);
        // Converged: the next sync has nothing left to do.
        const QJsonObject again = syncJson();
        QCOMPARE(again.value(QStringLiteral("pushed")).toInt(-1), 0);
        QCOMPARE(m_fake.requests(QStringLiteral("events.delete")).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TstCliSyncWaiting)
#include "tst_cli_sync_waiting.moc"
