#pragma once

// empfang-cli and the calendar sync as a black box, shared by tst_cli_sync and
// tst_cli_sync_waiting: the built binary against the fake Google server on the real Secret
// Service (through tests/fakes/with_keyring.sh), practitioner 1 connected before each test.
#include "cli_harness.h"
#include "fake_google_process.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QLocale>
#include <QTemporaryDir>

#include <QProcess>
#include <QTest>
#include <csignal>

namespace empfang::test {

namespace cli_sync {

inline const QString kPid = QStringLiteral("1");
inline constexpr int SyncDays =
    14; // SyncCommands::kSyncDays: the range `sync` refreshes and checks

inline QJsonObject eventAt(const QDate &day, const QTime &from, const QTime &to)
{
    return {{QStringLiteral("summary"), QStringLiteral("Privat")},
            {QStringLiteral("start"), QJsonObject{{QStringLiteral("dateTime"), iso(day, from)}}},
            {QStringLiteral("end"), QJsonObject{{QStringLiteral("dateTime"), iso(day, to)}}}};
}

inline QString keyringLookup(const QString &practitionerId)
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"),
            {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("Empfang"),
             QStringLiteral("user"), QStringLiteral("practitioner-") + practitionerId});
    p.waitForFinished(10000);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

} // namespace cli_sync

/// A practice on a fresh database file for every test function (init), practitioner 1
/// connected to the fake Google, and the commands the tests run against it.
class CliSyncFixture : public QObject
{
    Q_OBJECT

protected:
    FakeGoogle m_fake;
    QTemporaryDir m_config; // XDG homes of every run, and the fake's state file
    quint16 m_port = 0;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliHarness> m_cli;
    QDate m_day;

    QString stateFile() const { return m_config.filePath(QStringLiteral("fake-state.json")); }
    bool startFake(quint16 port)
    {
        if (!m_fake.start(QStringLiteral(EMPFANG_FAKE_GOOGLE), port,
                          {QStringLiteral("--state-file"), stateFile()}))
            return false;
        m_port = quint16(m_fake.base.port());
        m_fake.exportEnvironment();
        return true;
    }
    CliRun run(const QStringList &args) { return m_cli->run(args); }
    CliRun json(const QStringList &args) { return m_cli->json(args); }
    CliRun book(const QTime &at, const QString &patient = QStringLiteral("Jürgen Müller"))
    {
        return run({QStringLiteral("book"), QStringLiteral("--practitioner"), cli_sync::kPid,
                    QStringLiteral("--type"), QStringLiteral("1"), QStringLiteral("--start"),
                    iso(m_day, at), QStringLiteral("--patient"), patient});
    }
    QJsonArray appointments()
    {
        const QString d = m_day.toString(Qt::ISODate);
        return json({QStringLiteral("appointments"), QStringLiteral("--from"), d,
                     QStringLiteral("--to"), d})
            .json()
            .array();
    }
    QStringList slotStarts()
    {
        const QString d = m_day.toString(Qt::ISODate);
        const CliRun r = json({QStringLiteral("slots"), QStringLiteral("--practitioner"),
                               cli_sync::kPid, QStringLiteral("--type"), QStringLiteral("1"),
                               QStringLiteral("--from"), d, QStringLiteral("--to"), d});
        QStringList starts;
        for (const QJsonValue &v : r.json().array())
            starts << v.toObject().value(QStringLiteral("start")).toString();
        return starts;
    }
    QJsonArray liveEvents() { return m_fake.liveEvents(); }
    void addForeign(const QJsonObject &event)
    {
        m_fake.post(QStringLiteral("/_fake/events"),
                    {{QStringLiteral("calendar"), QStringLiteral("primary")},
                     {QStringLiteral("event"), event}});
    }
    QJsonObject syncJson()
    {
        const CliRun r = json({QStringLiteral("sync")});
        if (r.exitCode != 0)
            qWarning() << r.err;
        return r.json().object();
    }
    /// Rows the sync kept of practitioner 1's calendar: busy times and fetch records.
    int busyRows()
    {
        return m_cli
            ->scalar(QStringLiteral(
                "SELECT (SELECT COUNT(*) FROM busy_cache WHERE practitioner_id = 1) + "
                "(SELECT COUNT(*) FROM busy_fetch WHERE practitioner_id = 1)"))
            .toInt();
    }
    QJsonObject statusOf()
    {
        for (const QJsonValue &v : json({QStringLiteral("status")}).json().array()) {
            if (v.toObject().value(QStringLiteral("practitioner")).toInteger() == 1)
                return v.toObject();
        }
        return {};
    }
    QString lastConsentAction()
    {
        const QJsonArray log = json({QStringLiteral("consent-log")}).json().array();
        return log.isEmpty() ? QString()
                             : log.last().toObject().value(QStringLiteral("action")).toString();
    }
    static QString syncState(const QJsonValue &appointment)
    {
        return appointment.toObject()
            .value(QStringLiteral("sync"))
            .toObject()
            .value(QStringLiteral("state"))
            .toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run through tests/fakes/with_keyring.sh (a session bus with gnome-keyring)");
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
        qputenv("EMPFANG_LANGUAGE", "en"); // the source texts this test checks
        QVERIFY(startFake(0));
        m_day = futureMonday();
    }
    void init()
    {
        m_fake.reset();
        QProcess::execute(
            QStringLiteral("secret-tool"),
            {QStringLiteral("clear"), QStringLiteral("server"), QStringLiteral("Empfang")});
        m_dir = std::make_unique<QTemporaryDir>();
        m_cli = std::make_unique<CliHarness>(m_dir->filePath(QStringLiteral("praxis.sqlite")));
        setUpPractice(*m_cli);
        QVERIFY(!QTest::currentTestFailed());
        // Connect practitioner 1 as a practitioner would, the test playing the browser.
        QProcess connect;
        connect.start(QStringLiteral(EMPFANG_CLI),
                      {QStringLiteral("--db"), m_cli->dbPath(), QStringLiteral("connect"),
                       QStringLiteral("--practitioner"), cli_sync::kPid,
                       QStringLiteral("--accept-privacy-notice")});
        QVERIFY(connect.waitForStarted(10000));
        while (!connect.canReadLine() && connect.state() == QProcess::Running)
            connect.waitForReadyRead(15000);
        const QUrl url(QString::fromUtf8(connect.readLine()).trimmed());
        QVERIFY(url.isValid());
        m_fake.land(m_fake.authorize(url));
        QVERIFY(connect.waitForFinished(60000));
        QVERIFY2(connect.exitCode() == 0, connect.readAllStandardError().constData());
    }
};

} // namespace empfang::test
