/// What Google's HTTP may not do to Empfang (issue 10.2, 10.5): no redirect is followed with a
/// secret, a trickling answer is cut at the deadline, a huge one at its cap. The fixture:
/// google_connection_fixture.h.
#include "google_connection_fixture.h"

using namespace empfang;
using namespace empfang::test::google_connection;

class TstGoogleHttpGuards : public test::GoogleConnectionFixture
{
    Q_OBJECT

private slots:
    // ---- issue 10.2: no redirect is followed with a secret --------------------------------

    void codeExchangeIsNotRedirected_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("307") << 307;
        QTest::newRow("302") << 302;
        QTest::newRow("308") << 308;
    }
    void codeExchangeIsNotRedirected()
    {
        QFETCH(int, status);
        redirectTo(QStringLiteral("token"), status);
        const Attempt a = connectOnce();
        QVERIFY(!a.ok);
        QVERIFY2(a.message.contains(QStringLiteral("redirect")), qPrintable(a.message));
        verifyOtherOriginSawNothing(); // no code, verifier or secret went there
        QVERIFY(keyringLookup(m_pid).isEmpty());
        QCOMPARE(m_service->connection(m_pid).state, GoogleConnection::State::None);
        QVERIFY(consents().isEmpty());
        QVERIFY(g_log.join(u'\n').contains(QStringLiteral("cut off")));
    }

    void refreshIsNotRedirected()
    {
        QVERIFY(connectOnce().ok);
        newService();
        redirectTo(QStringLiteral("token"), 307);
        const Result<QString> token = accessTokenNow();
        QVERIFY(!token.ok());
        QVERIFY2(token.error().contains(QStringLiteral("redirect")), qPrintable(token.error()));
        verifyOtherOriginSawNothing(); // the refresh token and the secret stayed here
        // Not a revocation: the connection stands, the next try works.
        QVERIFY(m_service->tokenUnreachable(m_pid));
        QCOMPARE(m_service->connection(m_pid).state, GoogleConnection::State::Connected);
        QVERIFY(!keyringLookup(m_pid).isEmpty());
        QVERIFY(accessTokenNow().ok());
    }

    void revokeIsNotRedirected()
    {
        QVERIFY(connectOnce().ok);
        const QString refresh = keyringLookup(m_pid);
        redirectTo(QStringLiteral("revoke"), 307);
        QSignalSpy done(m_service.get(), &GoogleConnectionService::disconnectFinished);
        m_service->disconnectPractitioner(m_pid);
        QVERIFY(done.wait(10000));
        // Not "revoked at Google": Google never saw the request, and the user is told so.
        QVERIFY(!done.at(0).at(1).toBool());
        QVERIFY(done.at(0).at(2).toString().contains(QStringLiteral("Drittanbieter-Zugriffe")));
        verifyOtherOriginSawNothing();
        QVERIFY(keyringLookup(m_pid).isEmpty());
        QCOMPARE(m_service->connection(m_pid).state, GoogleConnection::State::None);
        QCOMPARE(refreshStatus(refresh), 200); // indeed still alive at Google
    }

    void apiRequestsAreNotRedirected_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<int>("status");
        QTest::newRow("freeBusy 302") << QStringLiteral("freeBusy") << 302;
        QTest::newRow("freeBusy 307") << QStringLiteral("freeBusy") << 307;
        QTest::newRow("insert 307") << QStringLiteral("events.insert") << 307;
        QTest::newRow("insert 301") << QStringLiteral("events.insert") << 301;
    }
    void apiRequestsAreNotRedirected()
    {
        QFETCH(QString, endpoint);
        QFETCH(int, status);
        QVERIFY(connectOnce().ok);
        redirectTo(endpoint, status);
        const CalendarClient::Reply reply = calendarCall(endpoint);
        QCOMPARE(reply.httpStatus, status);
        QCOMPARE(reply.outcome, CalendarClient::Outcome::RetryLater);
        QCOMPARE(reply.reason, QStringLiteral("redirect"));
        QVERIFY2(reply.message.contains(QStringLiteral("redirect")), qPrintable(reply.message));
        verifyOtherOriginSawNothing(); // no "Authorization: Bearer …" went there
        // Nothing was written by following it either.
        QVERIFY(m_fake.get(QStringLiteral("/_fake/inserts")).object().isEmpty());
    }

    // ---- issue 10.5: bounded answers ------------------------------------------------------

    void tricklingTokenEndpointIsCutAtTheDeadline()
    {
        QVERIFY(connectOnce().ok);
        newService();
        // One byte a second never trips the idle timeout; only the overall deadline ends it.
        qputenv("EMPFANG_GOOGLE_DEADLINE_MS", "2000");
        m_fake.fault({{QStringLiteral("endpoint"), QStringLiteral("token")},
                      {QStringLiteral("trickle"), true}});
        QElapsedTimer timer;
        timer.start();
        const Result<QString> token = accessTokenNow();
        const qint64 took = timer.elapsed();
        qunsetenv("EMPFANG_GOOGLE_DEADLINE_MS");
        qInfo() << "trickling token endpoint cut after" << took << "ms (deadline 2000 ms)";
        QVERIFY(!token.ok());
        QVERIFY2(took >= 1500 && took < 6000, qPrintable(QString::number(took)));
        QVERIFY(m_service->tokenUnreachable(m_pid)); // "try later", not "revoked"
        QCOMPARE(m_service->connection(m_pid).state, GoogleConnection::State::Connected);
    }

    void tricklingCalendarIsCutAtTheDeadline()
    {
        QVERIFY(connectOnce().ok);
        QVERIFY(accessTokenNow().ok());
        qputenv("EMPFANG_GOOGLE_DEADLINE_MS", "2000");
        m_fake.fault({{QStringLiteral("endpoint"), QStringLiteral("freeBusy")},
                      {QStringLiteral("trickle"), true}});
        QElapsedTimer timer;
        timer.start();
        const CalendarClient::Reply reply = calendarCall(QStringLiteral("freeBusy"));
        const qint64 took = timer.elapsed();
        qunsetenv("EMPFANG_GOOGLE_DEADLINE_MS");
        QCOMPARE(reply.outcome, CalendarClient::Outcome::RetryLater);
        QCOMPARE(reply.reason, QStringLiteral("deadlineExceeded"));
        QVERIFY2(took >= 1500 && took < 6000, qPrintable(QString::number(took)));
    }

    void hugeAnswersAreCut_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<int>("megabytes");
        QTest::addColumn<bool>("announce");
        QTest::newRow("freeBusy 300 MB, announced") << QStringLiteral("freeBusy") << 300 << true;
        QTest::newRow("freeBusy 300 MB, unannounced") << QStringLiteral("freeBusy") << 300 << false;
        QTest::newRow("token 1 MB, unannounced") << QStringLiteral("token") << 1 << false;
    }
    void hugeAnswersAreCut()
    {
        QFETCH(QString, endpoint);
        QFETCH(int, megabytes);
        QFETCH(bool, announce);
        QVERIFY(connectOnce().ok);
        if (endpoint == QLatin1String("token"))
            newService();
        else
            QVERIFY(accessTokenNow().ok());
        m_fake.fault({{QStringLiteral("endpoint"), endpoint},
                      {QStringLiteral("huge_mb"), megabytes},
                      {QStringLiteral("announce"), announce}});
        const qint64 before = residentKiB();
        QElapsedTimer timer;
        timer.start();
        if (endpoint == QLatin1String("token")) {
            const Result<QString> token = accessTokenNow();
            QVERIFY(!token.ok());
            QVERIFY2(token.error().contains(QStringLiteral("larger")), qPrintable(token.error()));
            QVERIFY(m_service->tokenUnreachable(m_pid));
        } else {
            const CalendarClient::Reply reply = calendarCall(endpoint);
            QCOMPARE(reply.outcome, CalendarClient::Outcome::RetryLater);
            QCOMPARE(reply.reason, QStringLiteral("responseTooLarge"));
        }
        const qint64 grew = residentKiB() - before;
        qInfo() << endpoint << megabytes << "MB answer cut after" << timer.elapsed()
                << "ms; resident memory grew by" << grew << "KiB";
        QVERIFY2(grew < 64 * 1024, qPrintable(QString::number(grew))); // far below 300 MB
        QVERIFY(timer.elapsed() < 20000);
    }
};

QTEST_GUILESS_MAIN(TstGoogleHttpGuards)
#include "tst_google_http_guards.moc"
