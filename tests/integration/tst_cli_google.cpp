// empfang-cli connect / disconnect / status / consent-log / privacy-notice as a black box: the
// built binary against the fake Google server, on the real Secret Service (a private
// gnome-keyring through tests/fakes/with_keyring.sh). The test plays the practitioner's browser.
#include "cli_harness.h"
#include "fake_google_process.h"
#include "privacy/privacy_notice.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>

using namespace empfang;
using namespace empfang::test;

namespace {

const QString kPid = QStringLiteral("1");
const QString kConsent = QStringLiteral("--accept-privacy-notice");

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString keyringLookup(const QString &practitionerId)
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"),
            {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("Empfang"),
             QStringLiteral("user"), QStringLiteral("practitioner-") + practitionerId});
    p.waitForFinished(10000);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

quint16 loopbackPort(const QUrl &authorizationUrl)
{
    const QUrl redirect(QUrlQuery(authorizationUrl)
                            .queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    return quint16(redirect.port());
}

bool listening(quint16 port)
{
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, port);
    return probe.waitForConnected(1000);
}

} // namespace

class TstCliGoogle : public QObject
{
    Q_OBJECT

    FakeGoogle m_fake;
    QTemporaryDir m_config; // the XDG homes of every run: settings file, logs, caches
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QStringList m_outputs; // everything any run printed, scanned for tokens

    /// A started empfang-cli; `unset` names environment variables the run must not see.
    std::unique_ptr<QProcess> start(const QStringList &args, const QStringList &unset = {})
    {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("EMPFANG_DB"));
        for (const QString &name : unset)
            env.remove(name);
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(EMPFANG_CLI), QStringList{QStringLiteral("--db"), m_db} + args);
        p->waitForStarted(10000);
        return p;
    }
    CliRun finish(QProcess &p, QString out = {})
    {
        CliRun r;
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit) {
            r.err = QStringLiteral("empfang-cli crashed or hung");
            return r;
        }
        r.exitCode = p.exitCode();
        r.out = out + QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        m_outputs << r.out << r.err;
        return r;
    }
    CliRun run(const QStringList &args, const QStringList &unset = {})
    {
        auto p = start(args, unset);
        return finish(*p);
    }
    /// The first stdout line of a running connect (the authorization URL), or empty.
    static QString firstLine(QProcess &p)
    {
        while (!p.canReadLine() && p.state() == QProcess::Running)
            p.waitForReadyRead(15000);
        return QString::fromUtf8(p.readLine());
    }

    struct Connected
    {
        CliRun run;
        QUrl authorizationUrl;
        FakeGoogle::Response page;
    };
    /// connect, with the test as the browser: follow the printed URL, land on the loopback.
    Connected connect(const QStringList &extra = {}, const QStringList &unset = {})
    {
        Connected c;
        auto p = start(QStringList{QStringLiteral("connect"), QStringLiteral("--practitioner"),
                                   kPid, kConsent} +
                           extra,
                       unset);
        const QString line = firstLine(*p);
        const bool json = extra.contains(QStringLiteral("--json"));
        c.authorizationUrl = json ? QUrl(QJsonDocument::fromJson(line.toUtf8())
                                             .object()
                                             .value(QStringLiteral("authorizationUrl"))
                                             .toString())
                                  : QUrl(line.trimmed());
        if (c.authorizationUrl.isValid() && !c.authorizationUrl.isEmpty())
            c.page = m_fake.land(m_fake.authorize(c.authorizationUrl));
        c.run = finish(*p, line);
        return c;
    }
    QJsonObject statusOf(const QString &pid = kPid)
    {
        const CliRun r = run({QStringLiteral("--json"), QStringLiteral("status")});
        for (const QJsonValue &v : r.json().array()) {
            if (v.toObject().value(QStringLiteral("practitioner")).toInteger() == pid.toInt())
                return v.toObject();
        }
        return {};
    }

    void verifyNoLeak()
    {
        const QStringList secrets = m_fake.issuedSecrets();
        QVERIFY(!secrets.isEmpty());
        QMap<QString, QByteArray> places;
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                      QStringLiteral("-journal")})
            places.insert(QStringLiteral("database") + suffix, fileBytes(m_db + suffix));
        QDirIterator config(m_config.path(), QDir::Files, QDirIterator::Subdirectories);
        while (config.hasNext()) {
            const QString path = config.next();
            places.insert(path, fileBytes(path));
        }
        places.insert(QStringLiteral("CLI output"), m_outputs.join(u'\n').toUtf8());
        for (const QString &secret : secrets) {
            const QByteArray encoded = QUrl::toPercentEncoding(secret);
            for (auto it = places.cbegin(); it != places.cend(); ++it)
                QVERIFY2(!it.value().contains(secret.toUtf8()) && !it.value().contains(encoded),
                         qPrintable(QStringLiteral("a code or token issued by Google is in ") +
                                    it.key()));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run through tests/fakes/with_keyring.sh (a session bus with gnome-keyring)");
        QVERIFY(m_config.isValid());
        // The children: their settings file in our directory, English messages (the source
        // texts this test checks), the fake's endpoints and client.
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        // Log files and caches too, so the leak scan sees every file the CLI writes (the keyring
        // daemon already runs with its own XDG_DATA_HOME).
        for (const char *dir : {"XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
            qputenv(dir, m_config.filePath(QLatin1String(dir)).toUtf8());
        qputenv("EMPFANG_LANGUAGE", "en");
        QVERIFY(m_fake.start(QStringLiteral(EMPFANG_FAKE_GOOGLE)));
        m_fake.exportEnvironment();
    }
    void init()
    {
        m_fake.reset();
        m_outputs.clear();
        QProcess::execute(
            QStringLiteral("secret-tool"),
            {QStringLiteral("clear"), QStringLiteral("server"), QStringLiteral("Empfang")});
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = m_dir->filePath(QStringLiteral("praxis.sqlite"));
        const CliRun added = run({QStringLiteral("practitioner"), QStringLiteral("add"),
                                  QStringLiteral("--name"), QStringLiteral("Dr. Weber")});
        QCOMPARE(added.exitCode, 0);
    }

    void connectStatusConsentLogDisconnect()
    {
        const Connected c = connect();
        QVERIFY2(c.run.exitCode == 0, qPrintable(c.run.err));
        // stdout: the URL line, then the result; the waiting hint went to stderr.
        const QStringList lines = c.run.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 2);
        QCOMPARE(c.authorizationUrl.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(c.authorizationUrl.path(), QStringLiteral("/o/oauth2/v2/auth"));
        QVERIFY(lines.at(1).contains(QStringLiteral("is connected with Google")));
        QVERIFY(c.run.err.contains(QStringLiteral("Open this address")));
        QCOMPARE(c.page.status, 200);
        QVERIFY(!listening(loopbackPort(c.authorizationUrl)));

        const QJsonObject s = statusOf();
        QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("connected"));
        QCOMPARE(s.value(QStringLiteral("tokenInKeychain")).toBool(), true);
        QCOMPARE(s.value(QStringLiteral("scopes")).toArray().size(), 2);
        QCOMPARE(s.value(QStringLiteral("account")).toString(),
                 QStringLiteral("praxis.test@gmail.com"));
        const CliRun human = run({QStringLiteral("status")});
        QCOMPARE(human.exitCode, 0);
        QVERIFY(human.out.contains(QStringLiteral("connected")));
        QVERIFY(human.out.contains(QStringLiteral("yes")));
        QCOMPARE(keyringLookup(kPid), m_fake.refreshTokens().value(0));

        const CliRun log = run({QStringLiteral("--json"), QStringLiteral("consent-log")});
        QCOMPARE(log.exitCode, 0);
        const QJsonObject granted = log.json().array().at(0).toObject();
        QCOMPARE(granted.value(QStringLiteral("action")).toString(), QStringLiteral("granted"));
        QCOMPARE(granted.value(QStringLiteral("noticeSha256")).toString(),
                 PrivacyNotice::current().sha256());
        QVERIFY(run({QStringLiteral("consent-log")})
                    .out.contains(PrivacyNotice::current().sha256().left(12)));

        const CliRun d =
            run({QStringLiteral("disconnect"), QStringLiteral("--practitioner"), kPid});
        QVERIFY2(d.exitCode == 0, qPrintable(d.err));
        QCOMPARE(m_fake.requests(QStringLiteral("revoke")).size(), 1);
        const QJsonObject after = statusOf();
        QCOMPARE(after.value(QStringLiteral("state")).toString(), QStringLiteral("none"));
        QCOMPARE(after.value(QStringLiteral("tokenInKeychain")).toBool(), false);
        QVERIFY(keyringLookup(kPid).isEmpty());
        const QJsonArray entries =
            run({QStringLiteral("--json"), QStringLiteral("consent-log")}).json().array();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(1).toObject().value(QStringLiteral("action")).toString(),
                 QStringLiteral("withdrawn"));

        // A second disconnect has nothing to do and says so.
        const CliRun again =
            run({QStringLiteral("disconnect"), QStringLiteral("--practitioner"), kPid});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(m_fake.requests(QStringLiteral("revoke")).size(), 1);
        verifyNoLeak();
    }

    /// Issue 10.7: the connect flow with a real browser, Debian's headless Chromium, instead of
    /// the test's scripted HTTP client: Chromium opens the authorization URL at the fake, follows
    /// its redirect to Empfang's loopback listener and renders Empfang's German page. Fails
    /// (never skips) when Chromium is missing.
    void connectThroughChromium()
    {
        const QString chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
        QVERIFY2(!chromium.isEmpty(), "chromium is not installed (packaging/install-deps.sh)");
        qputenv("EMPFANG_LANGUAGE", "de"); // the practitioner's page, as they would see it
        auto p =
            start({QStringLiteral("connect"), QStringLiteral("--practitioner"), kPid, kConsent});
        qputenv("EMPFANG_LANGUAGE", "en");
        const QString line = firstLine(*p);
        const QUrl url(line.trimmed());
        QVERIFY2(url.isValid() && url.host() == QLatin1String("127.0.0.1"), qPrintable(line));

        QTemporaryDir profile;
        QProcess browser;
        browser.start(chromium, {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
                                 QStringLiteral("--disable-gpu"), QStringLiteral("--disable-quic"),
                                 QStringLiteral("--no-first-run"),
                                 QStringLiteral("--disable-background-networking"),
                                 QStringLiteral("--disable-component-update"),
                                 QStringLiteral("--disable-sync"),
                                 QStringLiteral("--user-data-dir=") + profile.path(),
                                 QStringLiteral("--dump-dom"), url.toString(QUrl::FullyEncoded)});
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(browser.waitForFinished(90000), "chromium did not finish");
        const QString dom = QString::fromUtf8(browser.readAllStandardOutput());
        qInfo() << "chromium rendered the loopback page in" << timer.elapsed() << "ms";
        QVERIFY2(dom.contains(QStringLiteral("Sie können dieses Browserfenster jetzt schließen")),
                 qPrintable(dom.left(2000)));
        QVERIFY(dom.contains(QStringLiteral("Google")));

        const CliRun r = finish(*p, line);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!listening(loopbackPort(url)));
        QCOMPARE(m_fake.requests(QStringLiteral("auth")).size(), 1);
        QCOMPARE(
            m_fake.requests(QStringLiteral("token"), QStringLiteral("authorization_code")).size(),
            1);
        const QJsonObject s = statusOf();
        QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("connected"));
        QCOMPARE(s.value(QStringLiteral("tokenInKeychain")).toBool(), true);
        QCOMPARE(keyringLookup(kPid), m_fake.refreshTokens().value(0));
        verifyNoLeak();
    }

    void connectJson()
    {
        const Connected c = connect({QStringLiteral("--json")});
        QVERIFY2(c.run.exitCode == 0, qPrintable(c.run.err));
        const QStringList lines = c.run.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(QJsonDocument::fromJson(lines.at(0).toUtf8())
                    .object()
                    .contains(QStringLiteral("authorizationUrl")));
        const QJsonObject done = QJsonDocument::fromJson(lines.at(1).toUtf8()).object();
        QCOMPARE(done.value(QStringLiteral("practitioner")).toInteger(), 1);
        QCOMPARE(done.value(QStringLiteral("state")).toString(), QStringLiteral("connected"));
        QCOMPARE(done.value(QStringLiteral("scopes")).toArray().size(), 2);
        QVERIFY(c.run.err.isEmpty());
        // Connected already: refused, nothing new at Google.
        const CliRun twice =
            run({QStringLiteral("connect"), QStringLiteral("--practitioner"), kPid, kConsent});
        QCOMPARE(twice.exitCode, 1);
        QVERIFY(twice.err.contains(QStringLiteral("already connected")));
        QCOMPARE(m_fake.requests(QStringLiteral("auth")).size(), 1);
        verifyNoLeak();
    }

    void readOnlyIsSaid()
    {
        m_fake.configure({{QStringLiteral("grant_scopes"),
                           QJsonArray{QLatin1String(GoogleEndpoints::kScopeReadonly)}}});
        const Connected c = connect();
        QVERIFY2(c.run.exitCode == 0, qPrintable(c.run.err));
        QVERIFY(c.run.out.contains(QStringLiteral("read-only")));
        QVERIFY(c.run.err.contains(QStringLiteral("busy times")));
        QCOMPARE(statusOf().value(QStringLiteral("state")).toString(), QStringLiteral("read_only"));
    }

    void withoutConsentNothingHappens()
    {
        const QString before = CliHarness(m_db).dump();
        const CliRun r = run({QStringLiteral("connect"), QStringLiteral("--practitioner"), kPid});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains(QStringLiteral("privacy-notice")));
        QVERIFY(r.err.contains(kConsent));
        QVERIFY(m_fake.get(QStringLiteral("/_fake/log")).array().isEmpty());
        QCOMPARE(CliHarness(m_db).dump(), before);
        QVERIFY(keyringLookup(kPid).isEmpty());
        // A flag takes no value: "--accept-privacy-notice=no" must not count as consent.
        QCOMPARE(run({QStringLiteral("connect"), QStringLiteral("--practitioner"), kPid,
                      kConsent + QStringLiteral("=no")})
                     .exitCode,
                 2);
    }

    void accessDeniedEndsAtOnce()
    {
        m_fake.configure({{QStringLiteral("access_denied"), true}});
        const Connected c = connect();
        QCOMPARE(c.run.exitCode, 1);
        QVERIFY2(c.run.err.contains(QStringLiteral("not allowed")), qPrintable(c.run.err));
        QCOMPARE(c.page.status, 200); // the browser still got its page
        QVERIFY(m_fake.requests(QStringLiteral("token")).isEmpty());
        QCOMPARE(statusOf().value(QStringLiteral("state")).toString(), QStringLiteral("none"));
        QVERIFY(run({QStringLiteral("--json"), QStringLiteral("consent-log")})
                    .json()
                    .array()
                    .isEmpty());
    }

    void timeoutClosesThePort()
    {
        auto p = start({QStringLiteral("connect"), QStringLiteral("--practitioner"), kPid, kConsent,
                        QStringLiteral("--timeout"), QStringLiteral("2")});
        const QString line = firstLine(*p);
        const quint16 port = loopbackPort(QUrl(line.trimmed()));
        QVERIFY(port > 0);
        QVERIFY(listening(port));
        QElapsedTimer timer;
        timer.start();
        const CliRun r = finish(*p, line);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(timer.elapsed() < 15000);
        QVERIFY2(r.err.contains(QStringLiteral("No answer arrived")), qPrintable(r.err));
        QVERIFY(!listening(port));
        QCOMPARE(statusOf().value(QStringLiteral("state")).toString(), QStringLiteral("none"));
    }

    void failingRevokeStillWipes()
    {
        QCOMPARE(connect().run.exitCode, 0);
        m_fake.fault({{QStringLiteral("endpoint"), QStringLiteral("revoke")},
                      {QStringLiteral("status"), 500}});
        const CliRun d =
            run({QStringLiteral("disconnect"), QStringLiteral("--practitioner"), kPid});
        QCOMPARE(d.exitCode, 0);
        QVERIFY2(d.err.contains(QStringLiteral("Drittanbieter-Zugriffe")), qPrintable(d.err));
        QCOMPARE(statusOf().value(QStringLiteral("tokenInKeychain")).toBool(), false);
        QVERIFY(keyringLookup(kPid).isEmpty());
        verifyNoLeak();
    }

    void clientFromSettingsFile()
    {
        // The settings dialog stores the client in the settings file; the CLI reads it there.
        QSettings settings(m_config.filePath(QStringLiteral("empfang/empfang.conf")),
                           QSettings::IniFormat);
        auto removeLater = qScopeGuard([&settings] { QFile::remove(settings.fileName()); });
        settings.setValue(QStringLiteral("google/clientId"), QLatin1String(FakeGoogle::kClientId));
        settings.setValue(QStringLiteral("google/clientSecret"),
                          QLatin1String(FakeGoogle::kClientSecret));
        settings.sync();
        const QStringList unset{QStringLiteral("EMPFANG_GOOGLE_CLIENT_ID"),
                                QStringLiteral("EMPFANG_GOOGLE_CLIENT_SECRET")};
        QFile::setPermissions(settings.fileName(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                  QFileDevice::ReadGroup | QFileDevice::ReadOther);
        const Connected c = connect({}, unset);
        QVERIFY2(c.run.exitCode == 0, qPrintable(c.run.err));
        // It names the practice's OAuth client: owner only once Empfang ran (issue 10.6).
        QVERIFY(ownerOnly(settings.fileName()));
        QCOMPARE(run({QStringLiteral("disconnect"), QStringLiteral("--practitioner"), kPid}, unset)
                     .exitCode,
                 0);
        verifyNoLeak();
    }

    void missingClientIsExplained()
    {
        const CliRun r =
            run({QStringLiteral("connect"), QStringLiteral("--practitioner"), kPid, kConsent},
                {QStringLiteral("EMPFANG_GOOGLE_CLIENT_ID")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("EMPFANG_GOOGLE_CLIENT_ID")));
        QVERIFY(m_fake.get(QStringLiteral("/_fake/log")).array().isEmpty());
    }

    void unknownPractitionerIsRefused()
    {
        const CliRun r = run({QStringLiteral("connect"), QStringLiteral("--practitioner"),
                              QStringLiteral("9"), kConsent});
        QCOMPARE(r.exitCode, 1);
        verifyMessage(r);
        QCOMPARE(run({QStringLiteral("disconnect"), QStringLiteral("--practitioner"),
                      QStringLiteral("9")})
                     .exitCode,
                 1);
    }

    void consentLogAsCsv()
    {
        QCOMPARE(connect().run.exitCode, 0);
        const QString csv = m_dir->filePath(QStringLiteral("einwilligungen.csv"));
        const CliRun r = run({QStringLiteral("consent-log"), QStringLiteral("--csv"), csv});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QByteArray bytes = fileBytes(csv);
        QVERIFY(ownerOnly(csv)); // names practitioners and OS accounts: 0600 (issue 10.6)
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains(";granted;"));
        QVERIFY(bytes.contains(PrivacyNotice::current().sha256().toLatin1()));
    }

    void privacyNoticeIsShown()
    {
        const CliRun r = run({QStringLiteral("privacy-notice")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(PrivacyNotice::current().sha256()));
        QVERIFY(r.out.contains(QStringLiteral("Rechtsgrundlage")));
        QVERIFY(!r.out.contains(QStringLiteral("<p")) && !r.out.contains(QStringLiteral("</")));
        const QJsonObject json =
            run({QStringLiteral("--json"), QStringLiteral("privacy-notice")}).json().object();
        QCOMPARE(json.value(QStringLiteral("version")).toString(),
                 PrivacyNotice::current().version());
    }

    void withoutKeychainConnectIsRefused()
    {
        const CliRun r =
            run({QStringLiteral("connect"), QStringLiteral("--practitioner"), kPid, kConsent},
                {QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("DISPLAY"),
                 QStringLiteral("WAYLAND_DISPLAY"), QStringLiteral("XDG_RUNTIME_DIR")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("keychain")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty()); // no URL: nobody is sent to Google for nothing
        QVERIFY(m_fake.get(QStringLiteral("/_fake/log")).array().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstCliGoogle)
#include "tst_cli_google.moc"
