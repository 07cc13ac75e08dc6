#include "google/google_connection_service.h"
#include "security/keychain_token_store.h"
#include "storage/consent_log.h"
#include "storage/practitioner_repository.h"
#include "test_database.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace empfang;

/// A machine without a keychain (no session bus): the real QtKeychain fails, and connecting is
/// refused with a clear message before any browser opens; nothing is written anywhere.
class TstGoogleNoKeychain : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TestDatabase> m_db;
    QNetworkAccessManager m_nam;
    KeychainTokenStore m_store;
    std::unique_ptr<GoogleConnectionService> m_service;
    qint64 m_pid = 0;

private slots:
    void initTestCase()
    {
        // Exactly the situation of a desktop session without Secret Service: no bus to find.
        for (const char *v :
             {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY", "XDG_RUNTIME_DIR"})
            qunsetenv(v);
        m_db = std::make_unique<test::TestDatabase>();
        m_pid = PractitionerRepository(*m_db->db).add(QStringLiteral("Dr. Weber")).value().id;
        GoogleEndpoints e = GoogleEndpoints::defaults();
        e.clientId = QStringLiteral("id");
        e.clientSecret = QStringLiteral("secret");
        // Unreachable on purpose: nothing may be sent anywhere.
        e.authorizationUrl = QUrl(QStringLiteral("http://127.0.0.1:9/auth"));
        e.tokenUrl = QUrl(QStringLiteral("http://127.0.0.1:9/token"));
        e.revokeUrl = QUrl(QStringLiteral("http://127.0.0.1:9/revoke"));
        m_service = std::make_unique<GoogleConnectionService>(*m_db->db, m_store, &m_nam, e);
    }

    void keychainReportsUnavailable()
    {
        TokenStore::Answer answer;
        bool answered = false;
        m_store.write(m_pid, QStringLiteral("x"), [&](const TokenStore::Answer &a) {
            answer = a;
            answered = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 30000);
        QCOMPARE(answer.outcome, TokenStore::Outcome::Unavailable);
        QVERIFY(answer.message.contains(QStringLiteral("keychain")));
        QVERIFY(answer.message.contains(QStringLiteral("Local booking keeps working")));
    }

    void connectingIsRefused()
    {
        QSignalSpy url(m_service.get(), &GoogleConnectionService::authorizationUrl);
        QSignalSpy done(m_service.get(), &GoogleConnectionService::connectFinished);
        m_service->connectPractitioner(m_pid, true);
        QVERIFY(done.wait(30000));
        QVERIFY(!done.at(0).at(1).toBool());
        QVERIFY2(done.at(0).at(2).toString().contains(QStringLiteral("keychain is not available")),
                 qPrintable(done.at(0).at(2).toString()));
        QVERIFY(url.isEmpty()); // no browser was sent to Google for nothing
        QCOMPARE(m_service->connection(m_pid).state, GoogleConnection::State::None);
        QVERIFY(ConsentLog(*m_db->db).list(m_pid)->isEmpty());
        QVERIFY(!m_service->isConnecting(m_pid));
    }

    void statusSaysUnknown()
    {
        bool answered = false;
        GoogleStatus status;
        m_service->status(m_pid, [&](const GoogleStatus &s) {
            status = s;
            answered = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 30000);
        QCOMPARE(status.keychain, GoogleStatus::Keychain::Unknown);
        QVERIFY(!status.keychainMessage.isEmpty());
    }

    void localDataStillWritable()
    {
        QVERIFY(PractitionerRepository(*m_db->db).add(QStringLiteral("Frau Kim")));
    }
};

QTEST_GUILESS_MAIN(TstGoogleNoKeychain)
#include "tst_google_no_keychain.moc"
