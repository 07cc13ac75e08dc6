#include "privacy/privacy_notice.h"
#include "storage/consent_log.h"
#include "storage/google_connection_repository.h"
#include "storage/local_desk.h"
#include "storage/practitioner_repository.h"
#include "test_database.h"

#include <QDir>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace empfang;

/// Privacy notice (versioned, hashed), consent log (SQLite) and the schema's promise that no
/// token column exists.
class TstGooglePrivacy : public QObject
{
    Q_OBJECT
private slots:
    void noticeIsPinnedToItsVersion()
    {
        const PrivacyNotice notice = PrivacyNotice::current();
        QVERIFY(notice.isValid());
        // Changing the text needs a new version: update both here together.
        QCOMPARE(notice.version(), QStringLiteral("2"));
        QCOMPARE(
            notice.sha256(),
            QStringLiteral("ac3d8eddd294e723d070fee1a1131c798218c776f89b479a0bde2c9b20ab216d"));
    }
    void noticeSaysWhatTheAppDoes()
    {
        const QString html = PrivacyNotice::current().htmlText().simplified();
        for (const char *needle :
             {"https://www.googleapis.com/auth/calendar.readonly",
              "https://www.googleapis.com/auth/calendar.events", "Art. 6 Abs. 1 lit. a DSGVO",
              "Google Ireland Limited, Gordon House, Barrow Street, Dublin 4, Irland",
              "Drittanbieter-Zugriffe", "Schlüsselbund", "Arbeitsspeicher", "Praxistermin",
              "keine Patientendaten", "freiwillig", "widerrufen"})
            QVERIFY2(html.contains(QString::fromUtf8(needle)), needle);
        QVERIFY(!html.contains(QStringLiteral("auth/calendar\"")));
        // One spelling, and the tab named as it is called in Settings.
        QVERIFY(!html.contains(QStringLiteral("Google Kalender")));
        QVERIFY(html.contains(
            QStringLiteral("Einstellungen → Google-Kalender → „Verbindung trennen“")));
    }
    void schemaHasNoTokenColumn()
    {
        test::TestDatabase t;
        QSqlQuery q(t.db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")));
        QStringList tables;
        while (q.next())
            tables << q.value(0).toString();
        QVERIFY(tables.contains(QStringLiteral("consent_log")));
        QVERIFY(tables.contains(QStringLiteral("google_connections")));
        for (const QString &table : tables) {
            const QSqlRecord record = t.db->connection().record(table);
            for (int i = 0; i < record.count(); ++i)
                QVERIFY2(!record.fieldName(i).contains(QLatin1String("token"), Qt::CaseInsensitive),
                         qPrintable(table + QLatin1Char('.') + record.fieldName(i)));
        }
    }
    void consentLogRecordsAndLists()
    {
        test::TestDatabase t;
        ConsentLog log(*t.db);
        ConsentEntry e;
        e.practitionerId = 7;
        e.action = ConsentEntry::Action::Granted;
        e.noticeVersion = QStringLiteral("1");
        e.noticeSha256 = PrivacyNotice::current().sha256();
        e.grantedScopes = QStringLiteral("a b");
        e.atMs = 1000;
        QVERIFY(log.record(e));
        e.action = ConsentEntry::Action::Withdrawn;
        e.atMs = 2000;
        QVERIFY(log.record(e));
        e.practitionerId = 8;
        e.action = ConsentEntry::Action::RevokedExternally;
        e.atMs = 0; // now
        QVERIFY(log.record(e));

        const auto seven = log.list(7);
        QVERIFY(seven);
        QCOMPARE(seven->size(), 2);
        QCOMPARE(seven->at(0).action, ConsentEntry::Action::Granted);
        QCOMPARE(seven->at(1).action, ConsentEntry::Action::Withdrawn);
        QCOMPARE(seven->at(0).osUser, ConsentLog::currentOsUser()); // the OS account
        const auto all = log.list();
        QVERIFY(all);
        QCOMPARE(all->size(), 3);
        QVERIFY(all->at(2).atMs > 2000);

        const QByteArray csv = ConsentLog::toCsv(all.value());
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QList<QByteArray> lines = csv.mid(3).trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(0).count(';'), 9); // … OS user; desk
        QVERIFY(lines.at(1).trimmed().endsWith(";" + LocalDesk::name().toUtf8()));
        QVERIFY(lines.at(1).contains(";granted;1970-01-01T00:00:01Z;1;"));
        QVERIFY(lines.at(3).contains("revoked_externally"));
    }
    // Services, cron jobs and containers often start without USER: the consent record must
    // still say which OS account gave it (bug: it stayed empty in a dbus-run-session). And
    // USER can be set to anybody: the record names the account the OS says runs the process.
    void consentNamesTheAccountFromTheOs_data()
    {
        QTest::addColumn<QByteArray>("user");
        QTest::newRow("no USER") << QByteArray();
        QTest::newRow("USER=mallory") << QByteArray("mallory");
    }
    void consentNamesTheAccountFromTheOs()
    {
        QFETCH(QByteArray, user);
        test::TestDatabase t;
        const QByteArray before = qgetenv("USER"), name = qgetenv("USERNAME"),
                         logname = qgetenv("LOGNAME");
        for (const char *var : {"USER", "USERNAME", "LOGNAME"}) {
            if (user.isEmpty())
                qunsetenv(var);
            else
                qputenv(var, user);
        }
        ConsentEntry e;
        e.practitionerId = 1;
        e.action = ConsentEntry::Action::Granted;
        const bool recorded = bool(ConsentLog(*t.db).record(e));
        qputenv("USER", before);
        qputenv("USERNAME", name);
        qputenv("LOGNAME", logname);
        QVERIFY(recorded);
        const auto entries = ConsentLog(*t.db).list(1);
        QVERIFY(entries && entries->size() == 1);
        // id -un asks the OS the same question, independently of Empfang.
        QProcess id;
        id.start(QStringLiteral("id"), {QStringLiteral("-un")});
        QVERIFY(id.waitForFinished(10000));
        const QString account = QString::fromLocal8Bit(id.readAllStandardOutput()).trimmed();
        QVERIFY(!account.isEmpty());
        QCOMPARE(entries->at(0).osUser, account);
        QVERIFY(entries->at(0).osUser != QStringLiteral("mallory"));
    }

    void csvDefusesFormulasAndQuotes()
    {
        ConsentEntry e;
        e.osUser = QStringLiteral("=HYPERLINK(\"x\";1)");
        const QByteArray csv = ConsentLog::toCsv({e});
        QVERIFY(csv.contains("\"'=HYPERLINK(\"\"x\"\";1)\""));
    }
    void connectionRepositoryRoundTrip()
    {
        test::TestDatabase t;
        auto p = PractitionerRepository(*t.db).add(QStringLiteral("Dr. Weber"));
        QVERIFY(p);
        GoogleConnectionRepository repo(*t.db);
        auto none = repo.find(p->id);
        QVERIFY(none);
        QCOMPARE(none->state, GoogleConnection::State::None);
        QCOMPARE(none->busyCalendars, QStringList{QStringLiteral("primary")});
        QCOMPARE(none->bookingCalendar, QStringLiteral("primary"));

        GoogleConnection c = none.value();
        c.state = GoogleConnection::State::ReadOnly;
        c.grantedScopes = {QStringLiteral("x"), QStringLiteral("y")};
        c.busyCalendars = {QStringLiteral("primary"), QStringLiteral("c_1@group")};
        c.calendars = {
            {QStringLiteral("me@x"), QStringLiteral("Me"), QStringLiteral("owner"), true}};
        QVERIFY(repo.save(c));
        auto back = repo.find(p->id);
        QVERIFY(back);
        QCOMPARE(back->state, GoogleConnection::State::ReadOnly);
        QCOMPARE(back->grantedScopes, c.grantedScopes);
        QCOMPARE(back->busyCalendars, c.busyCalendars);
        QCOMPARE(back->calendars.size(), 1);
        QVERIFY(back->calendars.at(0).primary);
        QVERIFY(back->calendars.at(0).writable());
        QCOMPARE(repo.list()->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TstGooglePrivacy)
#include "tst_google_privacy.moc"
