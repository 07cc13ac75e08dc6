/// The Google connection accepts exactly what it asked for (issue 10.4): scopes checked both
/// ways at the grant and at every refresh, token answers checked strictly, a refused grant
/// revoked. The fixture: google_connection_fixture.h.
#include "google_connection_fixture.h"

using namespace empfang;
using namespace empfang::test::google_connection;

class TstGoogleGrants : public test::GoogleConnectionFixture
{
    Q_OBJECT

private slots:
    // ---- issue 10.4: scopes checked both ways, strict token answers ------------------------

    void grantBeyondTheTwoScopesIsRefusedAndRevoked_data()
    {
        QTest::addColumn<QString>("extra");
        QTest::newRow("gmail") << QStringLiteral("https://www.googleapis.com/auth/gmail.readonly");
        QTest::newRow("full calendar")
            << QStringLiteral("https://www.googleapis.com/auth/calendar");
    }
    void grantBeyondTheTwoScopesIsRefusedAndRevoked()
    {
        QFETCH(QString, extra);
        m_fake.configure({{QStringLiteral("extra_scopes"), QJsonArray{extra}}});
        const Attempt a = connectOnce();
        QVERIFY(!a.ok);
        QVERIFY2(a.message.contains(extra), qPrintable(a.message)); // says which one
        const auto revokes = m_fake.requests(QStringLiteral("revoke"));
        QCOMPARE(revokes.size(), 1);
        QCOMPARE(revokes.at(0).value(QLatin1String("token_type_hint")).toString(),
                 QStringLiteral("refresh_token"));
        const QStringList refresh = m_fake.refreshTokens();
        QCOMPARE(refresh.size(), 1);
        QCOMPARE(refreshStatus(refresh.at(0)), 400); // dead at Google
        QVERIFY(keyringLookup(m_pid).isEmpty());
        QCOMPARE(m_service->connection(m_pid).state, GoogleConnection::State::None);
        QVERIFY(consents().isEmpty());
        verifyNoLeak();
    }

    void answerWithoutRefreshTokenIsRefusedAndRevoked()
    {
        m_fake.configure({{QStringLiteral("omit_refresh_token"), true}});
        const Attempt a = connectOnce();
        QVERIFY(!a.ok);
        QVERIFY2(a.message.contains(QStringLiteral("refresh token")), qPrintable(a.message));
        const auto revokes = m_fake.requests(QStringLiteral("revoke"));
        QCOMPARE(revokes.size(), 1);
        QCOMPARE(revokes.at(0).value(QLatin1String("token_type_hint")).toString(),
                 QStringLiteral("access_token"));
        // The access token it revoked no longer opens the calendar.
        const QStringList access = m_fake.get(QStringLiteral("/_fake/tokens"))
                                       .object()
                                       .value(QLatin1String("access_tokens"))
                                       .toVariant()
                                       .toStringList();
        QCOMPARE(access.size(), 1);
        QNetworkRequest r(m_fake.url(QStringLiteral("/calendar/v3/users/me/calendarList")));
        r.setRawHeader("Authorization", "Bearer " + access.at(0).toUtf8());
        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.get(r);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
        QVERIFY(keyringLookup(m_pid).isEmpty());
        QVERIFY(consents().isEmpty());
    }

    void garbledTokenAnswerIsRefused_data()
    {
        QTest::addColumn<QJsonObject>("overrides");
        QTest::newRow("scope not a string")
            << QJsonObject{{QStringLiteral("scope"), QJsonArray{QStringLiteral("x")}}};
        QTest::newRow("empty refresh token")
            << QJsonObject{{QStringLiteral("refresh_token"), QString()}};
        QTest::newRow("refresh token a number")
            << QJsonObject{{QStringLiteral("refresh_token"), 42}};
        QTest::newRow("access token empty")
            << QJsonObject{{QStringLiteral("access_token"), QString()}};
    }
    void garbledTokenAnswerIsRefused()
    {
        QFETCH(QJsonObject, overrides);
        m_fake.configure({{QStringLiteral("token_overrides"), overrides}});
        const Attempt a = connectOnce();
        QVERIFY(!a.ok);
        QVERIFY(keyringLookup(m_pid).isEmpty());
        QCOMPARE(m_service->connection(m_pid).state, GoogleConnection::State::None);
        QVERIFY(consents().isEmpty());
        // Whatever usable token came along was withdrawn at Google.
        QCOMPARE(m_fake.requests(QStringLiteral("revoke")).size(), 1);
    }

    void tokenAnswerFieldsAreCheckedStrictly_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("expiresIn");
        QTest::newRow("normal") << QByteArray(R"({"access_token":"a","expires_in":3599})") << true
                                << qint64(3599);
        QTest::newRow("a year") << QByteArray(R"({"access_token":"a","expires_in":31536000})")
                                << true << qint64(3600);
        QTest::newRow("negative") << QByteArray(R"({"access_token":"a","expires_in":-5})") << true
                                  << qint64(3600);
        QTest::newRow("zero") << QByteArray(R"({"access_token":"a","expires_in":0})") << true
                              << qint64(3600);
        QTest::newRow("fraction") << QByteArray(R"({"access_token":"a","expires_in":1.5})") << true
                                  << qint64(3600);
        QTest::newRow("string") << QByteArray(R"({"access_token":"a","expires_in":"3599"})") << true
                                << qint64(3600);
        QTest::newRow("one day") << QByteArray(R"({"access_token":"a","expires_in":86400})") << true
                                 << qint64(86400);
        QTest::newRow("access token number")
            << QByteArray(R"({"access_token":5})") << false << qint64(0);
        QTest::newRow("scope object")
            << QByteArray(R"({"access_token":"a","scope":{}})") << false << qint64(0);
        QTest::newRow("not an object") << QByteArray(R"(["access_token"])") << false << qint64(0);
    }
    void tokenAnswerFieldsAreCheckedStrictly()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QFETCH(qint64, expiresIn);
        const auto a = GoogleTokenClient::parseTokenAnswer(body, 1000);
        QCOMPARE(a.ok, ok);
        if (ok)
            QCOMPARE(a.expiresAtMs, 1000 + expiresIn * 1000);
    }

    void losingReadonlyOnRefreshEndsTheConnection()
    {
        QVERIFY(connectOnce().ok);
        const QString refresh = keyringLookup(m_pid);
        // The practitioner unticks "See calendars" in the Google account.
        m_fake.post(QStringLiteral("/_fake/scope"),
                    {{QStringLiteral("scope"), QLatin1String(GoogleEndpoints::kScopeEvents)}});
        newService();
        QSignalSpy revoked(m_service.get(), &GoogleConnectionService::revokedExternally);
        const Result<QString> token = accessTokenNow();
        QVERIFY(!token.ok());
        QTRY_COMPARE_WITH_TIMEOUT(revoked.size(), 1, 10000);
        QVERIFY(revoked.at(0).at(1).toString().contains(QStringLiteral("busy times")));
        QCOMPARE(m_service->connection(m_pid).state, GoogleConnection::State::RevokedExternally);
        QVERIFY(keyringLookup(m_pid).isEmpty());
        const auto log = consents();
        QCOMPARE(log.size(), 3);
        QCOMPARE(log.at(1).action, ConsentEntry::Action::ScopesReduced);
        QCOMPARE(log.at(1).grantedScopes, QLatin1String(GoogleEndpoints::kScopeEvents));
        QCOMPARE(log.at(2).action, ConsentEntry::Action::Withdrawn);
        QCOMPARE(refreshStatus(refresh), 400); // what was left was withdrawn at Google
    }

    void losingEventsOnRefreshMakesItReadOnly()
    {
        QVERIFY(connectOnce().ok);
        m_fake.post(QStringLiteral("/_fake/scope"),
                    {{QStringLiteral("scope"), QLatin1String(GoogleEndpoints::kScopeReadonly)}});
        newService();
        QVERIFY(accessTokenNow().ok());
        QCOMPARE(m_service->connection(m_pid).state, GoogleConnection::State::ReadOnly);
        QCOMPARE(consents().last().action, ConsentEntry::Action::ScopesReduced);
        QVERIFY(!keyringLookup(m_pid).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstGoogleGrants)
#include "tst_google_grants.moc"
