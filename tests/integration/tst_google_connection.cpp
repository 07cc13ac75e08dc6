#include "fake_google_process.h"
#include "google/google_connection_service.h"
#include "privacy/consent_log.h"
#include "privacy/privacy_notice.h"
#include "security/keychain_token_store.h"
#include "storage/practitioner_repository.h"
#include "test_database.h"

#include <QDir>
#include <QFile>
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
        m_fake.exportEnvironment();
    }
    void init()
    {
        m_fake.reset();
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

    void cleanupTestCase() { qInstallMessageHandler(g_previous); }
};

QTEST_GUILESS_MAIN(TstGoogleConnection)
#include "tst_google_connection.moc"
