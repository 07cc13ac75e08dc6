#pragma once

// The Google connection end to end, shared by tst_google_connection, tst_google_grants and
// tst_google_http_guards: a real loopback listener, the real Secret Service (gnome-keyring on a
// private session bus), the fake Google server and a real SQLite file; a log capture that
// every test scans for tokens.
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
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>

#include <functional>

namespace empfang::test {

namespace google_connection {

inline QStringList g_log; // every message of the run, scanned for tokens
inline QtMessageHandler g_previous = nullptr;

inline void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_log << QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') +
                 message;
    if (g_previous)
        g_previous(type, context, message);
}

/// secret-tool speaks to the Secret Service directly: proof of what really is in the keyring.
inline QString keyringLookup(qint64 practitionerId)
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"),
            {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("Empfang"),
             QStringLiteral("user"), TokenStore::keyFor(practitionerId)});
    p.waitForFinished(10000);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

/// Resident memory of this process in KiB (Linux).
inline qint64 residentKiB()
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

inline QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace google_connection

/// The services of one practitioner, made anew for every test function (init/cleanup), and
/// ways to connect, ask for a token, call the calendar and make the fake misbehave.
class GoogleConnectionFixture : public QObject
{
    Q_OBJECT

protected:
    FakeGoogle m_fake;
    FakeGoogle m_other; // "another origin": redirects point here, nothing may arrive
    std::unique_ptr<TestDatabase> m_db;
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
        FakeGoogle::Response page;
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
            places.insert(QStringLiteral("database") + suffix,
                          google_connection::fileBytes(m_db->path + suffix));
        QSettings settings;
        settings.sync();
        places.insert(QStringLiteral("settings"),
                      google_connection::fileBytes(settings.fileName()));
        places.insert(QStringLiteral("log"),
                      google_connection::g_log.join(QLatin1Char('\n')).toUtf8());
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
            .request("POST", m_fake.url(QStringLiteral("/token")),
                     "grant_type=refresh_token&client_id=" + QByteArray(FakeGoogle::kClientId) +
                         "&client_secret=" + FakeGoogle::kClientSecret +
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
        // The application name stays the executable's: each test of the Google connection has
        // its own settings file, also when CTest runs them side by side.
        QSettings().setValue(QStringLiteral("ui/lastView"), QStringLiteral("week"));
        // Everything, Qt's OAuth debug output included, goes through the capture.
        QLoggingCategory::setFilterRules(QStringLiteral("empfang.*=true\nqt.networkauth*=true"));
        google_connection::g_previous = qInstallMessageHandler(google_connection::capture);
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
        m_db = std::make_unique<TestDatabase>();
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
    void cleanupTestCase() { qInstallMessageHandler(google_connection::g_previous); }
};

} // namespace empfang::test
