#include "diagnostics/diagnostics_export.h"
#include "diagnostics/log_file.h"
#include "diagnostics/log_redaction.h"
#include "google/google_logging.h"
#include "logging.h"
#include "storage/patient_repository.h"
#include "test_database.h"

#include <QDirIterator>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>

using namespace empfang;

namespace {

// Secrets in the shapes Google uses; none of them may leave the practice.
const QString kAccessToken = QStringLiteral("ya29.a0AfB_byFakeAccessTokenForTheTest123");
const QString kRefreshToken = QStringLiteral("1//0gFakeRefreshTokenXYZ-abc_123");
const QString kCode = QStringLiteral("4/0AeaYSHFakeAuthorizationCodeQ");
const QString kPatient = QStringLiteral("Erika Mustermann");
const QString kPhone = QStringLiteral("030 1234567");

QByteArray allBytes(const QString &folder)
{
    QByteArray out;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            out += f.readAll();
    }
    return out;
}

} // namespace

class TestDiagnostics : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { LogFile::uninstall(); }
    void redaction_data();
    void redaction();
    void rotation();
    void exportHasNoSecretsNorPatients();
    void cliExport();
};

void TestDiagnostics::redaction_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("secret");
    QTest::newRow("access token") << QStringLiteral("refreshed, token %1 ok").arg(kAccessToken)
                                  << kAccessToken;
    QTest::newRow("refresh token") << QStringLiteral("got %1").arg(kRefreshToken) << kRefreshToken;
    QTest::newRow("bearer") << QStringLiteral("Authorization: Bearer abc.DEF-123_xyz")
                            << QStringLiteral("abc.DEF-123_xyz");
    QTest::newRow("query code") << QStringLiteral("GET /?state=s1&code=%1&scope=x").arg(kCode)
                                << kCode;
    QTest::newRow("other code") << QStringLiteral("redirect ?code=SplxlOBeZQQYbYS6WxSbIA")
                                << QStringLiteral("SplxlOBeZQQYbYS6WxSbIA");
    QTest::newRow("form body") << QStringLiteral("refresh_token=opaque42&grant_type=refresh")
                               << QStringLiteral("opaque42");
    QTest::newRow("json") << QStringLiteral(R"({"access_token": "opaqueJson77", "x": 1})")
                          << QStringLiteral("opaqueJson77");
    QTest::newRow("bare code") << QStringLiteral("pasted %1 here").arg(kCode) << kCode;
}

void TestDiagnostics::redaction()
{
    QFETCH(QString, line);
    QFETCH(QString, secret);
    const QString clean = LogRedaction::redact(line);
    QVERIFY2(!clean.contains(secret), qPrintable(clean));
    QVERIFY2(clean.contains(u'*'), qPrintable(clean));
    // Ordinary text survives.
    QCOMPARE(LogRedaction::redact(QStringLiteral("booked appointment 7 (code 409)")),
             QStringLiteral("booked appointment 7 (code 409)"));
}

void TestDiagnostics::rotation()
{
    QTemporaryDir dir;
    LogFile::install(LogFile::Echo::None, dir.path());
    const QString line(1000, u'x');
    for (int i = 0; i < 8 * 1100; ++i) // about 8.6 MB: more than six files' worth
        qCInfo(lcStorage).noquote() << line;
    const QStringList files =
        QDir(dir.path()).entryList({QStringLiteral("empfang.log*")}, QDir::Files);
    QCOMPARE(files.size(), 1 + LogFile::kKeptFiles);
    QVERIFY(files.contains(QStringLiteral("empfang.log.5")));
    QVERIFY(!files.contains(QStringLiteral("empfang.log.6")));
    for (const QString &f : files)
        QVERIFY(QFileInfo(dir.filePath(f)).size() <= LogFile::kMaxBytes + 2048);
}

void TestDiagnostics::exportHasNoSecretsNorPatients()
{
    QTemporaryDir logs;
    LogFile::install(LogFile::Echo::None, logs.path());
    test::TestDatabase t;
    QVERIFY(PatientRepository(*t.db).add(Patient{0, kPatient, QDate(1964, 8, 12), kPhone, {}}));
    // Secrets in the database too: the bundle holds counts, never rows.
    QSqlQuery q(t.db->connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('t', '%1 %2')")
                       .arg(kAccessToken, kCode)));

    // A careless log line with everything in it; the handler masks tokens at once, the export
    // masks patients.
    qCWarning(lcStorage).noquote() << "booking for" << kPatient << "phone" << kPhone;
    qCInfo(lcGoogle).noquote() << "token" << kAccessToken << "refresh" << kRefreshToken
                               << QStringLiteral("redirect /?code=%1&state=1").arg(kCode);
    qCInfo(lcStorage).noquote() << "Mustermann called";
    QFile raw(QDir(logs.path()).filePath(LogFile::fileName()));
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray written = raw.readAll();
    QVERIFY(written.contains("empfang.google"));
    QVERIFY(!written.contains(kAccessToken.toUtf8()));
    QVERIFY(!written.contains(kCode.toUtf8()));

    QTemporaryDir out;
    const QString zip = out.filePath(QStringLiteral("bundle.zip"));
    const QString folder = out.filePath(QStringLiteral("bundle"));
    QVERIFY(DiagnosticsExport::exportTo(*t.db, zip));
    QVERIFY(DiagnosticsExport::exportTo(*t.db, folder));
    QFile zipFile(zip);
    QVERIFY(zipFile.open(QIODevice::ReadOnly));
    // Entries are stored uncompressed, so the archive's bytes are the files' bytes.
    for (const QByteArray &bundle : {zipFile.readAll(), allBytes(folder)}) {
        for (const QString &forbidden : {kAccessToken, kRefreshToken, kCode, kPatient, kPhone,
                                         QStringLiteral("Mustermann"), QStringLiteral("Erika")})
            QVERIFY2(!bundle.contains(forbidden.toUtf8()), qPrintable(forbidden));
        QVERIFY(bundle.contains(QByteArray("\"qtRuntime\": \"") + qVersion()));
        QVERIFY(bundle.contains("\"sqlite\": \"3."));
        QVERIFY(bundle.contains("\"schemaVersion\": "));
        QVERIFY(bundle.contains("\"patients\": 1"));
        QVERIFY(bundle.contains("booking for [Patient]"));
    }
    QVERIFY(QFile::exists(folder + QStringLiteral("/logs/empfang.log")));
    if (!QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty()) {
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-t"), zip});
        QVERIFY(unzip.waitForFinished());
        QCOMPARE(unzip.exitCode(), 0);
    }
}

void TestDiagnostics::cliExport()
{
    QTemporaryDir home;
    test::TestDatabase t;
    QVERIFY(PatientRepository(*t.db).add(Patient{0, kPatient, {}, kPhone, {}}));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
    QProcess cli;
    cli.setProcessEnvironment(env);
    const QString target = home.filePath(QStringLiteral("d.zip"));
    cli.start(QStringLiteral(EMPFANG_CLI),
              {QStringLiteral("--db"), t.path, QStringLiteral("diagnostics"),
               QStringLiteral("--out"), target});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);
    QVERIFY(cli.readAllStandardError().isEmpty()); // stderr stays for German messages
    // Owner only (0600), whatever the umask: the bundle names the practice's set-up.
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ReadOther | QFileDevice::WriteOther;
    QVERIFY(!(QFile::permissions(target) & others));
    QFile zip(target);
    QVERIFY(zip.open(QIODevice::ReadOnly));
    const QByteArray bytes = zip.readAll();
    QVERIFY(bytes.contains("versions.json"));
    QVERIFY(!bytes.contains(kPatient.toUtf8()));
    // The CLI logged into the data folder it was given, not into the real one.
    QVERIFY(QFile::exists(home.filePath(QStringLiteral("empfang/empfang/logs/empfang.log"))));

    cli.start(QStringLiteral(EMPFANG_CLI),
              {QStringLiteral("--db"), home.filePath(QStringLiteral("missing.sqlite")),
               QStringLiteral("diagnostics")});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 1);
    QVERIFY(!QFile::exists(home.filePath(QStringLiteral("missing.sqlite"))));
}

QTEST_GUILESS_MAIN(TestDiagnostics)
#include "tst_diagnostics.moc"
