/// The Google connection end to end (issue 3, 10.3): connecting as a browser would, refresh from
/// the keychain, consent, disconnect and revoke, any standard OAuth 2.0 server. The fixture:
/// google_connection_fixture.h.
#include "google_connection_fixture.h"

using namespace empfang;
using namespace empfang::test::google_connection;

class TstGoogleConnection : public test::GoogleConnectionFixture
{
    Q_OBJECT

private slots:
    void connectEndToEnd()
    {
        const Attempt a = connectOnce();
        QVERIFY2(a.ok, qPrintable(a.message));

        // The authorization request: PKCE S256, offline, consent, exactly the two scopes,
        // loopback on 127.0.0.1, a state.
        const QUrlQuery q(a.authorizationUrl);
        QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
        QCOMPARE(q.queryItemValue(QStringLiteral("access_type")), QStringLiteral("offline"));
        QCOMPARE(q.queryItemValue(QStringLiteral("prompt")), QStringLiteral("consent"));
        QCOMPARE(q.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
                 GoogleEndpoints::requestedScope());
        QVERIFY(!q.queryItemValue(QStringLiteral("state")).isEmpty());
        const QUrl redirect(q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));

        // The browser got a German-capable page; the listener is closed now.
        QCOMPARE(a.page.status, 200);
        QVERIFY(a.page.body.contains("Empfang"));
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, quint16(redirect.port()));
        QVERIFY(!probe.waitForConnected(1000));

        // The code exchange sent the verifier and the secret; the code decoded (else the fake
        // answers "Malformed auth code.").
        const auto exchanges =
            m_fake.requests(QStringLiteral("token"), QStringLiteral("authorization_code"));
        QCOMPARE(exchanges.size(), 1);
        const QVariantList keys =
            exchanges.at(0).value(QLatin1String("form_keys")).toArray().toVariantList();
        QVERIFY(keys.contains(QStringLiteral("code_verifier")));
        QVERIFY(keys.contains(QStringLiteral("client_secret")));

        // State, consent log, keychain.
        const GoogleConnection c = m_service->connection(m_pid);
        QCOMPARE(c.state, GoogleConnection::State::Connected);
        QCOMPARE(c.grantedScopes.join(QLatin1Char(' ')), GoogleEndpoints::requestedScope());
        const auto log = consents();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.at(0).action, ConsentEntry::Action::Granted);
        QCOMPARE(log.at(0).noticeVersion, PrivacyNotice::current().version());
        QCOMPARE(log.at(0).noticeSha256, PrivacyNotice::current().sha256());
        QCOMPARE(log.at(0).grantedScopes, GoogleEndpoints::requestedScope());
        QCOMPARE(log.at(0).osUser, ConsentLog::currentOsUser());
        const QStringList refresh = m_fake.refreshTokens();
        QCOMPARE(refresh.size(), 1);
        QCOMPARE(keyringLookup(m_pid), refresh.at(0));

        // Calendars are fetched right after connecting (primary + one more).
        QTRY_COMPARE_WITH_TIMEOUT(m_service->connection(m_pid).calendars.size(), 2, 10000);
        QCOMPARE(m_service->connection(m_pid).googleAccount,
                 QStringLiteral("praxis.test@gmail.com"));

        QSignalSpy statusSpy(this, &QObject::objectNameChanged); // just a waiter
        GoogleStatus status;
        bool answered = false;
        m_service->status(m_pid, [&](const GoogleStatus &s) {
            status = s;
            answered = true;
        });
        QTRY_VERIFY(answered);
        QCOMPARE(status.keychain, GoogleStatus::Keychain::Present);
        QCOMPARE(status.connection.state, GoogleConnection::State::Connected);
        verifyNoLeak();
    }

    void refreshUsesKeychainToken()
    {
        QVERIFY(connectOnce().ok);
        newService(); // a restart: nothing in memory, only the keychain
        Result<QString> token = Result<QString>::failure({});
        bool answered = false;
        m_service->accessToken(m_pid, [&](const Result<QString> &r) {
            token = r;
            answered = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
        QVERIFY2(token.ok(), qPrintable(token.error()));
        QVERIFY(m_fake.issuedSecrets().contains(token.value()));
        QCOMPARE(m_fake.requests(QStringLiteral("token"), QStringLiteral("refresh_token")).size(),
                 1);
        // Cached now: no second refresh.
        answered = false;
        m_service->accessToken(m_pid, [&](const Result<QString> &) { answered = true; });
        QTRY_VERIFY(answered);
        QCOMPARE(m_fake.requests(QStringLiteral("token"), QStringLiteral("refresh_token")).size(),
                 1);
        verifyNoLeak();
    }

    void readOnlyWhenOnlyReadonlyGranted()
    {
        m_fake.configure({{QStringLiteral("grant_scopes"),
                           QJsonArray{QLatin1String(GoogleEndpoints::kScopeReadonly)}}});
        const Attempt a = connectOnce();
        QVERIFY2(a.ok, qPrintable(a.message));
        QVERIFY(a.message.contains(QStringLiteral("read-only")));
        QCOMPARE(m_service->connection(m_pid).state, GoogleConnection::State::ReadOnly);
        QCOMPARE(consents().at(0).grantedScopes, QLatin1String(GoogleEndpoints::kScopeReadonly));
        QVERIFY(!keyringLookup(m_pid).isEmpty());
    }

    void refusedWithoutReadonly()
    {
        m_fake.configure({{QStringLiteral("grant_scopes"),
                           QJsonArray{QLatin1String(GoogleEndpoints::kScopeEvents)}}});
        const Attempt a = connectOnce();
        QVERIFY(!a.ok);
        QVERIFY(a.message.contains(QStringLiteral("refused")));
        QCOMPARE(m_fake.requests(QStringLiteral("revoke")).size(), 1);
        QVERIFY(keyringLookup(m_pid).isEmpty());
        QCOMPARE(m_service->connection(m_pid).state, GoogleConnection::State::None);
        QVERIFY(consents().isEmpty());
        verifyNoLeak();
    }

    void wrongStateEndsAtOnce()
    {
        QElapsedTimer timer;
        timer.start();
        const Attempt a = connectOnce([](QUrl &loopback) {
            QUrlQuery q(loopback);
            q.removeQueryItem(QStringLiteral("state"));
            q.addQueryItem(QStringLiteral("state"), QStringLiteral("forged"));
            loopback.setQuery(q);
        });
        QVERIFY(!a.ok);
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(a.message.contains(QStringLiteral("state")));
        QVERIFY2(a.page.body.contains("state"), a.page.body.constData());
        QVERIFY(m_fake.requests(QStringLiteral("token")).isEmpty()); // code never exchanged
        QVERIFY(keyringLookup(m_pid).isEmpty());
    }

    void accessDeniedEndsAtOnce()
    {
        m_fake.configure({{QStringLiteral("access_denied"), true}});
        const Attempt a = connectOnce();
        QVERIFY(!a.ok);
        QVERIFY(a.message.contains(QStringLiteral("not allowed")));
        QVERIFY(m_fake.requests(QStringLiteral("token")).isEmpty());
    }

    void wrongVerifierRejectedByFake()
    {
        // The fake stores a different challenge than we sent: our verifier no longer matches.
        m_fake.configure({{QStringLiteral("pkce_mismatch"), true}});
        const Attempt a = connectOnce();
        QVERIFY(!a.ok);
        QVERIFY(a.message.contains(QStringLiteral("PKCE")));
        QCOMPARE(m_fake.requests(QStringLiteral("token")).size(), 1);
        QVERIFY(keyringLookup(m_pid).isEmpty());
        QCOMPARE(m_service->connection(m_pid).state, GoogleConnection::State::None);
    }

    void timeoutClosesListener()
    {
        m_service->setAuthorizationTimeout(std::chrono::milliseconds(300));
        QSignalSpy url(m_service.get(), &GoogleConnectionService::authorizationUrl);
        QSignalSpy done(m_service.get(), &GoogleConnectionService::connectFinished);
        m_service->connectPractitioner(m_pid, true);
        QVERIFY(url.wait(10000));
        QVERIFY(done.wait(5000));
        QVERIFY(!done.at(0).at(1).toBool());
        const QUrl redirect(
            QUrlQuery(url.at(0).at(1).toUrl())
                .queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, quint16(redirect.port()));
        QVERIFY(!probe.waitForConnected(1000));
        QVERIFY(!m_service->isConnecting(m_pid));
    }

    void cancelEndsAttempt()
    {
        QSignalSpy url(m_service.get(), &GoogleConnectionService::authorizationUrl);
        QSignalSpy done(m_service.get(), &GoogleConnectionService::connectFinished);
        m_service->connectPractitioner(m_pid, true);
        QVERIFY(url.wait(10000));
        QVERIFY(m_service->isConnecting(m_pid));
        m_service->cancelConnect(m_pid);
        QTRY_COMPARE(done.size(), 1);
        QVERIFY(!done.at(0).at(1).toBool());
        QVERIFY(!m_service->isConnecting(m_pid));
        // A late redirect finds nobody listening.
        const QUrl loopback = m_fake.authorize(url.at(0).at(1).toUrl());
        QCOMPARE(m_fake.land(loopback).status, 0);
        QVERIFY(m_fake.requests(QStringLiteral("token")).isEmpty());
    }

    void withoutConsentNothingHappens()
    {
        QSignalSpy url(m_service.get(), &GoogleConnectionService::authorizationUrl);
        QSignalSpy done(m_service.get(), &GoogleConnectionService::connectFinished);
        m_service->connectPractitioner(m_pid, false);
        QVERIFY(done.wait(5000));
        QVERIFY(!done.at(0).at(1).toBool());
        QVERIFY(url.isEmpty());
    }

    void disconnectRevokesAndWipes()
    {
        QVERIFY(connectOnce().ok);
        const QString refresh = keyringLookup(m_pid);
        QVERIFY(!refresh.isEmpty());
        QSignalSpy done(m_service.get(), &GoogleConnectionService::disconnectFinished);
        m_service->disconnectPractitioner(m_pid);
        QVERIFY(done.wait(10000));
        QVERIFY(done.at(0).at(1).toBool());
        QCOMPARE(m_fake.requests(QStringLiteral("revoke")).size(), 1);
        QVERIFY(keyringLookup(m_pid).isEmpty());
        QCOMPARE(m_service->connection(m_pid).state, GoogleConnection::State::None);
        QCOMPARE(consents().last().action, ConsentEntry::Action::Withdrawn);
        // Google really forgot it: the old refresh token no longer works.
        const auto r = m_fake.request(
            "POST", m_fake.url(QStringLiteral("/token")),
            "grant_type=refresh_token&client_id=" + QByteArray(test::FakeGoogle::kClientId) +
                "&client_secret=" + test::FakeGoogle::kClientSecret +
                "&refresh_token=" + QUrl::toPercentEncoding(refresh),
            "application/x-www-form-urlencoded");
        QCOMPARE(r.status, 400);
        QVERIFY(r.body.contains("invalid_grant"));
        verifyNoLeak();
    }

    void failingRevokeStillWipes()
    {
        QVERIFY(connectOnce().ok);
        m_fake.fault({{QStringLiteral("endpoint"), QStringLiteral("revoke")},
                      {QStringLiteral("status"), 500}});
        QSignalSpy done(m_service.get(), &GoogleConnectionService::disconnectFinished);
        m_service->disconnectPractitioner(m_pid);
        QVERIFY(done.wait(10000));
        QVERIFY(!done.at(0).at(1).toBool());
        QVERIFY(done.at(0).at(2).toString().contains(QStringLiteral("Drittanbieter-Zugriffe")));
        QVERIFY(keyringLookup(m_pid).isEmpty());
        QCOMPARE(m_service->connection(m_pid).state, GoogleConnection::State::None);
        QCOMPARE(consents().last().action, ConsentEntry::Action::Withdrawn);
    }

    void invalidGrantOnRefreshWipes()
    {
        QVERIFY(connectOnce().ok);
        m_fake.post(QStringLiteral("/_fake/revoke")); // the practitioner revokes in Google
        newService();
        QSignalSpy revoked(m_service.get(), &GoogleConnectionService::revokedExternally);
        Result<QString> token = QString();
        bool answered = false;
        m_service->accessToken(m_pid, [&](const Result<QString> &r) {
            token = r;
            answered = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
        QVERIFY(!token.ok());
        QTRY_COMPARE_WITH_TIMEOUT(revoked.size(), 1, 10000);
        QVERIFY(keyringLookup(m_pid).isEmpty());
        QCOMPARE(m_service->connection(m_pid).state, GoogleConnection::State::RevokedExternally);
        QCOMPARE(consents().last().action, ConsentEntry::Action::RevokedExternally);
        QVERIFY(m_service->acknowledgeRevocation(m_pid));
        QCOMPARE(m_service->connection(m_pid).state, GoogleConnection::State::None);
    }

    void expiredAccessTokenIsRefreshedOn401()
    {
        QVERIFY(connectOnce().ok);
        QTRY_COMPARE_WITH_TIMEOUT(m_service->connection(m_pid).calendars.size(), 2, 10000);
        m_fake.post(QStringLiteral("/_fake/expire"));
        QSignalSpy changed(m_service.get(), &GoogleConnectionService::calendarsChanged);
        m_service->refreshCalendars(m_pid);
        QVERIFY(changed.wait(10000));
        QCOMPARE(m_fake.requests(QStringLiteral("token"), QStringLiteral("refresh_token")).size(),
                 1);
    }

    void calendarChoice()
    {
        QVERIFY(connectOnce().ok);
        QTRY_COMPARE_WITH_TIMEOUT(m_service->connection(m_pid).calendars.size(), 2, 10000);
        const QString other = QStringLiteral("c_privat1234@group.calendar.google.com");
        QVERIFY(m_service->setCalendars(m_pid, {QStringLiteral("primary"), other}, other));
        QCOMPARE(m_service->connection(m_pid).busyCalendars.size(), 2);
        QCOMPARE(m_service->connection(m_pid).bookingCalendar, other);
        QVERIFY(!m_service->setCalendars(m_pid, {QStringLiteral("nope")}, {}));
    }

    // ---- issue 10.3: any standard OAuth 2.0 server -----------------------------------------

    /// oauthlib's server insists on client_secret_basic (RFC 6749 §2.3.1) for the code exchange,
    /// refresh and RFC 7009 revocation. Fails (never skips) without python3-oauthlib.
    void standardServerWithClientSecretBasic()
    {
        test::FakeGoogle strict;
        strict.interpreter = QStringLiteral("/usr/bin/python3");
        QVERIFY2(strict.start(QStringLiteral(EMPFANG_STRICT_OAUTH)),
                 "tests/fakes/strict_oauth_server.py did not start: is python3-oauthlib "
                 "installed (packaging/install-deps.sh)?");
        GoogleEndpoints e = m_fake.endpoints();
        e.authorizationUrl = strict.url(QStringLiteral("/authorize"));
        e.tokenUrl = strict.url(QStringLiteral("/token"));
        e.revokeUrl = strict.url(QStringLiteral("/revoke"));
        m_service = std::make_unique<GoogleConnectionService>(*m_db->db, *m_store, m_nam.get(), e);
        const Attempt a = connectOnce();
        QVERIFY2(a.ok, qPrintable(a.message));
        const QString refresh = keyringLookup(m_pid);
        QVERIFY(!refresh.isEmpty());

        // A restart: the access token comes from a refresh, authenticated with HTTP Basic.
        m_service = std::make_unique<GoogleConnectionService>(*m_db->db, *m_store, m_nam.get(), e);
        const Result<QString> token = accessTokenNow();
        QVERIFY2(token.ok(), qPrintable(token.error()));

        QSignalSpy done(m_service.get(), &GoogleConnectionService::disconnectFinished);
        m_service->disconnectPractitioner(m_pid);
        QVERIFY(done.wait(10000));
        QVERIFY2(done.at(0).at(1).toBool(), qPrintable(done.at(0).at(2).toString()));
        QVERIFY(keyringLookup(m_pid).isEmpty());

        // Every token and revocation request authenticated with Basic and was accepted.
        int token200 = 0, revoke200 = 0;
        for (const QJsonValue &v : strict.get(QStringLiteral("/_strict/log")).array()) {
            const QJsonObject o = v.toObject();
            const QString endpoint = o.value(QLatin1String("endpoint")).toString();
            if (endpoint == QLatin1String("authorize"))
                continue;
            QCOMPARE(o.value(QLatin1String("auth")).toString(), QStringLiteral("basic"));
            QCOMPARE(o.value(QLatin1String("status")).toInt(), 200);
            (endpoint == QLatin1String("token") ? token200 : revoke200)++;
        }
        QVERIFY(token200 >= 2); // code exchange + refresh
        QCOMPARE(revoke200, 1);
        // Dead at the server: it says so, and a refresh with it is refused.
        const QJsonObject tokens = strict.get(QStringLiteral("/_strict/tokens"))
                                       .object()
                                       .value(QLatin1String("refresh"))
                                       .toObject();
        QVERIFY(tokens.contains(refresh));
        QCOMPARE(tokens.value(refresh).toBool(), true);
        const QByteArray basic = "Basic " + (QByteArray(test::FakeGoogle::kClientId) + ':' +
                                             test::FakeGoogle::kClientSecret)
                                                .toBase64();
        QNetworkRequest r(strict.url(QStringLiteral("/token")));
        r.setHeader(QNetworkRequest::ContentTypeHeader,
                    QByteArrayLiteral("application/x-www-form-urlencoded"));
        r.setRawHeader("Authorization", basic);
        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.post(r, "grant_type=refresh_token&refresh_token=" +
                                               QUrl::toPercentEncoding(refresh));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
        QVERIFY(reply->readAll().contains("invalid_grant"));
    }
};

QTEST_GUILESS_MAIN(TstGoogleConnection)
#include "tst_google_connection.moc"
