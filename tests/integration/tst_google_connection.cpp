#include "fake_google_process.h"
#include "google/calendar_client.h"
#include "google/google_connection_service.h"
#include "google/google_token_client.h"
#include "privacy/privacy_notice.h"
#include "security/keychain_token_store.h"
#include "storage/consent_log.h"
#include "storage/practitioner_repository.h"
#include "test_database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpSocket>

using namespace empfang;

namespace {

QStringList g_log; // every message of the run, scanned for tokens
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log << QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') +
                 message;
    if (g_previous)
        g_previous(type, context, message);
}

/// secret-tool speaks to the Secret Service directly: proof of what really is in the keyring.
QString keyringLookup(qint64 practitionerId)
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"),
            {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("Empfang"),
             QStringLiteral("user"), TokenStore::keyFor(practitionerId)});
    p.waitForFinished(10000);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

/// Resident memory of this process in KiB (Linux).
qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

/// The Google connection end to end: real loopback listener, real Secret Service (gnome-keyring
/// on a private session bus), the fake Google server, a real SQLite file.
class TstGoogleConnection : public QObject
{
    Q_OBJECT

    test::FakeGoogle m_fake;
    test::FakeGoogle m_other; // "another origin": redirects point here, nothing may arrive
    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<KeychainTokenStore> m_store;
    std::unique_ptr<GoogleConnectionService> m_service;
    qint64 m_pid = 0;

    void newService()
    {
        m_service = std::make_unique<GoogleConnectionService>(*m_db->db, *m_store, m_nam.get(),
                                                              GoogleEndpoints::load());
    }

    struct Attempt
    {
        bool ok = false;
        QString message;
        QUrl authorizationUrl;
        test::FakeGoogle::Response page;
    };
    /// Connects, playing the browser; `tamper` may change the loopback URL before landing.
    Attempt connectOnce(const std::function<void(QUrl &)> &tamper = {})
    {
        Attempt a;
        QSignalSpy url(m_service.get(), &GoogleConnectionService::authorizationUrl);
        QSignalSpy done(m_service.get(), &GoogleConnectionService::connectFinished);
        m_service->connectPractitioner(m_pid, true);
        if (!url.wait(10000))
            return a;
        a.authorizationUrl = url.at(0).at(1).toUrl();
        QUrl loopback = m_fake.authorize(a.authorizationUrl);
        if (tamper)
            tamper(loopback);
        a.page = m_fake.land(loopback);
        if (done.isEmpty() && !done.wait(10000))
            return a;
        a.ok = done.at(0).at(1).toBool();
        a.message = done.at(0).at(2).toString();
        return a;
    }
    QList<ConsentEntry> consents() { return ConsentLog(*m_db->db).list(m_pid).value(); }

    void verifyNoLeak()
    {
        const QStringList secrets = m_fake.issuedSecrets();
        QVERIFY(!secrets.isEmpty());
        QMap<QString, QByteArray> places;
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            places.insert(QStringLiteral("database") + suffix, fileBytes(m_db->path + suffix));
        QSettings settings;
        settings.sync();
        places.insert(QStringLiteral("settings"), fileBytes(settings.fileName()));
        places.insert(QStringLiteral("log"), g_log.join(QLatin1Char('\n')).toUtf8());
        for (const QString &secret : secrets) {
            const QByteArray encoded = QUrl::toPercentEncoding(secret);
            for (auto it = places.cbegin(); it != places.cend(); ++it)
                QVERIFY2(!it.value().contains(secret.toUtf8()) && !it.value().contains(encoded),
                         qPrintable(QStringLiteral("a token/code issued by Google is in the ") +
                                    it.key()));
        }
    }

    Result<QString> accessTokenNow()
    {
        Result<QString> token = Result<QString>::failure(QStringLiteral("no answer"));
        bool answered = false;
        m_service->accessToken(m_pid, [&](const Result<QString> &r) {
            token = r;
            answered = true;
        });
        if (!QTest::qWaitFor([&] { return answered; }, 30000))
            return Result<QString>::failure(QStringLiteral("no answer within 30 s"));
        return token;
    }
    CalendarClient::Reply calendarCall(const QString &endpoint)
    {
        CalendarClient client(*m_service, m_nam.get());
        CalendarClient::Reply reply;
        bool answered = false;
        auto done = [&](const CalendarClient::Reply &r) {
            reply = r;
            answered = true;
        };
        if (endpoint == QLatin1String("freeBusy")) {
            const QDateTime from = QDateTime::currentDateTimeUtc();
            client.freeBusy(
                m_pid,
                {{QStringLiteral("timeMin"), from.toString(Qt::ISODate)},
                 {QStringLiteral("timeMax"), from.addDays(1).toString(Qt::ISODate)},
                 {QStringLiteral("items"),
                  QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("primary")}}}}},
                done);
        } else {
            const QDateTime at = QDateTime::currentDateTimeUtc().addDays(2);
            client.insertEvent(
                m_pid, QStringLiteral("primary"),
                {{QStringLiteral("id"), QStringLiteral("empfangtest00001")},
                 {QStringLiteral("summary"), QStringLiteral("Praxistermin")},
                 {QStringLiteral("start"),
                  QJsonObject{{QStringLiteral("dateTime"), at.toString(Qt::ISODate)}}},
                 {QStringLiteral("end"), QJsonObject{{QStringLiteral("dateTime"),
                                                      at.addSecs(1800).toString(Qt::ISODate)}}}},
                done);
        }
        if (!QTest::qWaitFor([&] { return answered; }, 60000))
            reply.message = QStringLiteral("no answer within 60 s");
        return reply;
    }
    /// A refresh at the fake with `refresh`: 200 while Google still honours the token.
    int refreshStatus(const QString &refresh)
    {
        return m_fake
            .request(
                "POST", m_fake.url(QStringLiteral("/token")),
                "grant_type=refresh_token&client_id=" + QByteArray(test::FakeGoogle::kClientId) +
                    "&client_secret=" + test::FakeGoogle::kClientSecret +
                    "&refresh_token=" + QUrl::toPercentEncoding(refresh),
                "application/x-www-form-urlencoded")
            .status;
    }
    void redirectTo(const QString &endpoint, int status)
    {
        const QString path = endpoint == QLatin1String("token")    ? QStringLiteral("/token")
                             : endpoint == QLatin1String("revoke") ? QStringLiteral("/revoke")
                                                                   : QStringLiteral("/stolen");
        m_fake.fault({{QStringLiteral("endpoint"), endpoint},
                      {QStringLiteral("redirect"), m_other.url(path).toString()},
                      {QStringLiteral("status"), status}});
    }
    void verifyOtherOriginSawNothing()
    {
        QCOMPARE(m_other.get(QStringLiteral("/_fake/log")).array().size(), 0);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run through tests/fakes/with_keyring.sh (a session bus with gnome-keyring)");
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("EmpfangTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_google_connection"));
        QSettings().setValue(QStringLiteral("ui/lastView"), QStringLiteral("week"));
        // Everything, Qt's OAuth debug output included, goes through the capture.
        QLoggingCategory::setFilterRules(QStringLiteral("empfang.*=true\nqt.networkauth*=true"));
        g_previous = qInstallMessageHandler(capture);
        QVERIFY(m_fake.start(QStringLiteral(EMPFANG_FAKE_GOOGLE)));
        QVERIFY(m_other.start(QStringLiteral(EMPFANG_FAKE_GOOGLE)));
        m_fake.exportEnvironment();
    }
    void init()
    {
        m_fake.reset();
        m_other.reset();
        qunsetenv("EMPFANG_GOOGLE_DEADLINE_MS");
        QProcess::execute(
            QStringLiteral("secret-tool"),
            {QStringLiteral("clear"), QStringLiteral("server"), QStringLiteral("Empfang")});
        m_db = std::make_unique<test::TestDatabase>();
        m_pid = PractitionerRepository(*m_db->db).add(QStringLiteral("Dr. Weber")).value().id;
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_store = std::make_unique<KeychainTokenStore>();
        newService();
    }
    void cleanup()
    {
        m_service.reset();
        m_store.reset();
        m_nam.reset();
        m_db.reset();
    }

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

    void cleanupTestCase() { qInstallMessageHandler(g_previous); }
};

QTEST_GUILESS_MAIN(TstGoogleConnection)
#include "tst_google_connection.moc"
