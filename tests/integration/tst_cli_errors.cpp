// empfang-cli refuses bad input with exit code 1 or 2, a sentence on stderr, nothing on stdout,
// and leaves the database (and the file system) exactly as it was.
#include "cli_harness.h"
#include "storage/database.h"
#include "storage/patient_repository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace empfang;
using namespace empfang::test;

class TestCliErrors : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void usageErrors_data();
    void usageErrors();
    void refusals_data();
    void refusals();
    void refusalOnNewPathLeavesNoFile();
    void hoursValidityFollowsTheTabsRule();
    void corruptDatabaseIsRefusedAndUntouched_data();
    void corruptDatabaseIsRefusedAndUntouched();
    void inputRules_data();
    void inputRules();
    void inputAtTheLimitIsStored();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliHarness> m_cli;
};

void TestCliErrors::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_cli = std::make_unique<CliHarness>(newDatabase(*m_dir, QStringLiteral("praxis.sqlite")));
}

void TestCliErrors::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    const auto a = [](const char *line) {
        return QString::fromUtf8(line).split(u' ', Qt::SkipEmptyParts);
    };
    QTest::newRow("no command") << QStringList();
    QTest::newRow("unknown command") << a("frobnicate");
    QTest::newRow("group without subcommand") << a("practitioner");
    QTest::newRow("unknown subcommand") << a("practitioner delete --name X");
    QTest::newRow("unknown option") << a("practitioner add --name X --colour red");
    QTest::newRow("missing required option") << a("type add --name Massage");
    QTest::newRow("option without value") << a("practitioner add --name");
    QTest::newRow("option given twice") << a("practitioner list --json --json cancel");
    QTest::newRow("duplicate option") << a("cancel --appointment 1 --appointment 2");
    QTest::newRow("stray argument") << a("cancel extra --appointment 1");
    QTest::newRow("non-numeric minutes") << a("type add --name Massage --minutes halb");
    QTest::newRow("non-numeric id") << a("hours list --practitioner eins");
    QTest::newRow("negative id") << a("cancel --appointment -4");
    QTest::newRow("time 25:00") << a(
        "hours set --practitioner 1 --weekday 1 --from 25:00 --to 26:00");
    QTest::newRow("time without minutes")
        << a("hours set --practitioner 1 --weekday 1 --from 8 --to 12:00");
    QTest::newRow("non-numeric weekday")
        << a("hours set --practitioner 1 --weekday Mo --from 08:00 --to 12:00");
    QTest::newRow("bad date") << a(
        "slots --practitioner 1 --type 1 --from 2027-02-30 --to 2027-03-01");
    QTest::newRow("german date") << a("appointments --from 07.12.2026 --to 08.12.2026");
    QTest::newRow("bad time") << a("book --practitioner 1 --type 1 --start morgen --patient X");
    QTest::newRow("time skipped by DST")
        << a("book --practitioner 1 --type 1 --start 2027-03-28T02:30 --patient X");
    QTest::newRow("no patient") << a("book --practitioner 1 --type 1 --start 2027-01-04T09:00");
    QTest::newRow("both patient options")
        << a("book --practitioner 1 --type 1 --start 2027-01-04T09:00 --patient X --patient-id 1");
}

void TestCliErrors::usageErrors()
{
    QFETCH(QStringList, args);
    // On a database that does not exist yet: a usage error must not even create the file.
    auto fresh = m_cli->run(args);
    QCOMPARE(fresh.exitCode, 2);
    QVERIFY(fresh.out.isEmpty());
    verifyMessage(fresh);
    QVERIFY(!QFile::exists(m_cli->dbPath()));

    setUpPractice(*m_cli);
    if (QTest::currentTestFailed())
        return;
    const QString before = m_cli->dump();
    auto r = m_cli->json(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    verifyMessage(r);
    QCOMPARE(m_cli->dump(), before);
}

void TestCliErrors::refusals_data()
{
    QTest::addColumn<QStringList>("args");
    const QString monday = futureMonday().toString(Qt::ISODate);
    const auto a = [&monday](const char *line) {
        QString text = QString::fromUtf8(line);
        text.replace(QLatin1String("MONDAY"), monday);
        QStringList args = text.split(u' ', Qt::SkipEmptyParts);
        for (QString &arg : args)
            arg.replace(u'_', u' ');
        return args;
    };
    QTest::newRow("empty practitioner name")
        << QStringList{QStringLiteral("practitioner"), QStringLiteral("add"),
                       QStringLiteral("--name"), QStringLiteral("  ")};
    QTest::newRow("type of 0 minutes") << a("type add --name Massage --minutes 0");
    QTest::newRow("negative buffer") << a("type add --name Massage --minutes 20 --buffer-after -5");
    QTest::newRow("weekday 8") << a(
        "hours set --practitioner 1 --weekday 8 --from 08:00 --to 12:00");
    QTest::newRow("weekday 0") << a(
        "hours set --practitioner 1 --weekday 0 --from 08:00 --to 12:00");
    QTest::newRow("hours end before start")
        << a("hours set --practitioner 1 --weekday 1 --from 12:00 --to 08:00");
    QTest::newRow("hours unknown practitioner")
        << a("hours set --practitioner 42 --weekday 1 --from 08:00 --to 12:00");
    QTest::newRow("hours list unknown practitioner") << a("hours list --practitioner 42");
    QTest::newRow("absence end before start")
        << a("absence add --practitioner 1 --from MONDAYT12:00 --to MONDAYT08:00");
    QTest::newRow("absence unknown practitioner")
        << a("absence add --practitioner 42 --from MONDAY --to MONDAY");
    QTest::newRow("slots end before start")
        << a("slots --practitioner 1 --type 1 --from 2027-03-02 --to 2027-03-01");
    QTest::newRow("slots unknown type")
        << a("slots --practitioner 1 --type 42 --from MONDAY --to MONDAY");
    QTest::newRow("slots unknown practitioner")
        << a("slots --practitioner 42 --type 1 --from MONDAY --to MONDAY");
    QTest::newRow("next-free unknown type") << a("next-free --type 42");
    QTest::newRow("book unknown practitioner")
        << a("book --practitioner 42 --type 1 --start MONDAYT09:00 --patient Neu");
    QTest::newRow("book unknown type")
        << a("book --practitioner 1 --type 42 --start MONDAYT09:00 --patient Neu");
    QTest::newRow("book unknown patient id")
        << a("book --practitioner 1 --type 1 --start MONDAYT09:00 --patient-id 42");
    QTest::newRow("book outside hours")
        << a("book --practitioner 1 --type 1 --start MONDAYT13:00 --patient Neu");
    QTest::newRow("book on a Sunday")
        << a("book --practitioner 1 --type 1 --start 2027-01-03T09:00 --patient Neu");
    QTest::newRow("book in the past")
        << a("book --practitioner 1 --type 1 --start 2020-01-06T09:00 --patient Neu");
    QTest::newRow("book empty patient name")
        << a("book --practitioner 1 --type 1 --start MONDAYT09:00 --patient _");
    QTest::newRow("move unknown appointment") << a("move --appointment 42 --start MONDAYT09:00");
    QTest::newRow("cancel unknown appointment") << a("cancel --appointment 42");
    QTest::newRow("appointments end before start")
        << a("appointments --from 2027-03-02 --to 2027-03-01");
    QTest::newRow("appointments unknown practitioner")
        << a("appointments --from MONDAY --to MONDAY --practitioner 42");
}

void TestCliErrors::refusals()
{
    QFETCH(QStringList, args);
    setUpPractice(*m_cli);
    if (QTest::currentTestFailed())
        return;
    const QString before = m_cli->dump();
    auto r = m_cli->json(args);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    verifyMessage(r);
    QCOMPARE(m_cli->dump(), before);
    // The same refusal without --json: still nothing on stdout, a sentence on stderr.
    auto human = m_cli->run(args);
    QCOMPARE(human.exitCode, 1);
    QVERIFY(human.out.isEmpty());
    QCOMPARE(human.err, r.err);
}

void TestCliErrors::refusalOnNewPathLeavesNoFile()
{
    // A typo in --db plus a refused command must not leave an empty database behind.
    auto r = m_cli->run({QStringLiteral("hours"), QStringLiteral("list"),
                         QStringLiteral("--practitioner"), QStringLiteral("1")});
    QCOMPARE(r.exitCode, 1);
    verifyMessage(r);
    QVERIFY(!QFile::exists(m_cli->dbPath()));
    // A read command says the file is missing (a typo, an unconnected share) and creates
    // nothing; setting up a practice creates (and keeps) the new database.
    auto listed = m_cli->run({QStringLiteral("practitioner"), QStringLiteral("list")});
    QCOMPARE(listed.exitCode, 1);
    QVERIFY2(listed.err.contains(QLatin1String("gibt es nicht")), qPrintable(listed.err));
    QVERIFY(!QFile::exists(m_cli->dbPath()));
    QCOMPARE(m_cli
                 ->run({QStringLiteral("practitioner"), QStringLiteral("add"),
                        QStringLiteral("--name"), QStringLiteral("Dr. Anna Berg")})
                 .exitCode,
             0);
    QVERIFY(QFile::exists(m_cli->dbPath()));
}

void TestCliErrors::hoursValidityFollowsTheTabsRule()
{
    // `hours set` holds --valid-from/--valid-to to the rule of Einstellungen › Arbeitszeiten
    // (WorkingHoursRule): the tab's sentence, exit code 1, nothing stored.
    setUpPractice(*m_cli);
    if (QTest::currentTestFailed())
        return;
    const QString before = m_cli->dump();
    const auto hours = [](const char *validFrom, const char *validTo) {
        return QStringList{QStringLiteral("hours"),          QStringLiteral("set"),
                           QStringLiteral("--practitioner"), QStringLiteral("1"),
                           QStringLiteral("--weekday"),      QStringLiteral("6"),
                           QStringLiteral("--from"),         QStringLiteral("09:00"),
                           QStringLiteral("--to"),           QStringLiteral("12:00"),
                           QStringLiteral("--valid-from"),   QString::fromLatin1(validFrom),
                           QStringLiteral("--valid-to"),     QString::fromLatin1(validTo)};
    };
    for (bool json : {false, true}) {
        const QStringList args = hours("2027-01-05", "2027-01-04");
        auto r = json ? m_cli->json(args) : m_cli->run(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
        QCOMPARE(r.err.trimmed(), QStringLiteral("„Gültig bis“ darf nicht vor „Gültig ab“ liegen. "
                                                 "Es wurde nichts geändert."));
        QCOMPARE(m_cli->dump(), before);
    }
    // A validity of one day is fine and is what `hours list` shows.
    auto added = m_cli->json(hours("2027-01-09", "2027-01-09"));
    QCOMPARE(added.exitCode, 0);
    QCOMPARE(added.json().object().value(QStringLiteral("validFrom")).toString(),
             QStringLiteral("2027-01-09"));
    QCOMPARE(added.json().object().value(QStringLiteral("validTo")).toString(),
             QStringLiteral("2027-01-09"));
}

void TestCliErrors::corruptDatabaseIsRefusedAndUntouched_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("not a database") << QByteArray("Termine 2026\nMontag: Müller\n").repeated(200);
    QByteArray damaged("SQLite format 3", 16);
    damaged += QByteArray(4080, '\x5a');
    QTest::newRow("damaged SQLite") << damaged;
}

void TestCliErrors::corruptDatabaseIsRefusedAndUntouched()
{
    QFETCH(QByteArray, content);
    QFile file(m_cli->dbPath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    for (const QStringList &args :
         {QStringList{QStringLiteral("practitioner"), QStringLiteral("list")},
          QStringList{QStringLiteral("practitioner"), QStringLiteral("add"),
                      QStringLiteral("--name"), QStringLiteral("X")}}) {
        auto r = m_cli->json(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        verifyMessage(r);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content);
        file.close();
        QVERIFY(!QFile::exists(m_cli->dbPath() + QStringLiteral("-wal")));
    }
}

void TestCliErrors::inputRules_data()
{
    // Issue 9.6: the shared TextRules, checked before the database is opened. Every row is a
    // usage error (exit 2) with the German reason, and nothing is written.
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("reason"); // German, part of stderr
    const QString monday = futureMonday().toString(Qt::ISODate) + QStringLiteral("T09:00");
    const auto book = [&monday](const QString &patient, const QString &note = {}) {
        QStringList args{QStringLiteral("book"),
                         QStringLiteral("--practitioner"),
                         QStringLiteral("1"),
                         QStringLiteral("--type"),
                         QStringLiteral("1"),
                         QStringLiteral("--start"),
                         monday,
                         QStringLiteral("--patient"),
                         patient};
        if (!note.isNull())
            args << QStringLiteral("--note") << note;
        return args;
    };
    const auto practitioner = [](const QString &name) {
        return QStringList{QStringLiteral("practitioner"), QStringLiteral("add"),
                           QStringLiteral("--name"), name};
    };
    const QString rtlo = QString(QChar(0x202E));
    const QString lri = QString(QChar(0x2066));
    const QString tooLong = QStringLiteral("Höchstens 200 Zeichen sind erlaubt (hier: 201)");

    QTest::newRow("practitioner name 201 characters")
        << practitioner(QString(201, u'a')) << tooLong;
    QTest::newRow("type name 201 characters")
        << QStringList{QStringLiteral("type"),      QStringLiteral("add"),
                       QStringLiteral("--name"),    QString(201, u't'),
                       QStringLiteral("--minutes"), QStringLiteral("30")}
        << tooLong;
    QTest::newRow("patient name 201 characters") << book(QString(201, u'p')) << tooLong;
    QTest::newRow("note 2001 characters")
        << book(QStringLiteral("Jürgen Müller"), QString(2001, u'n'))
        << QStringLiteral("Höchstens 2000 Zeichen sind erlaubt (hier: 2001)");
    QTest::newRow("absence reason 201 characters")
        << QStringList{QStringLiteral("absence"),        QStringLiteral("add"),
                       QStringLiteral("--practitioner"), QStringLiteral("1"),
                       QStringLiteral("--from"),         futureMonday().toString(Qt::ISODate),
                       QStringLiteral("--to"),           futureMonday().toString(Qt::ISODate),
                       QStringLiteral("--reason"),       QString(201, u'r')}
        << tooLong;
    QTest::newRow("tab in a practitioner name")
        << practitioner(QStringLiteral("Anna\tBerg")) << QStringLiteral("Tabulator");
    QTest::newRow("newline in a patient name")
        << book(QStringLiteral("Jürgen\nMüller")) << QStringLiteral("Zeilenumbruch");
    QTest::newRow("tab in a note") << book(QStringLiteral("Jürgen Müller"), QStringLiteral("a\tb"))
                                   << QStringLiteral("Tabulator");
    QTest::newRow("escape character in a name")
        << practitioner(QStringLiteral("Anna\x1b[31mBerg")) << QStringLiteral("U+001B");
    QTest::newRow("U+202E in a practitioner name")
        << practitioner(QStringLiteral("Anna ") + rtlo + QStringLiteral("greB"))
        << QStringLiteral("Leserichtung");
    QTest::newRow("U+202E in a patient name")
        << book(QStringLiteral("Jürgen ") + rtlo + QStringLiteral("rellüM"))
        << QStringLiteral("Leserichtung");
    QTest::newRow("U+2066 in a note")
        << book(QStringLiteral("Jürgen Müller"), QStringLiteral("Notiz ") + lri)
        << QStringLiteral("Leserichtung");
    QTest::newRow("U+2066 in a search")
        << QStringList{QStringLiteral("patients"), QStringLiteral("--search"),
                       QStringLiteral("M") + lri}
        << QStringLiteral("Leserichtung");
    const QString number = QStringLiteral("erwartet eine Nummer wie 3");
    QTest::newRow("id \" 1\"") << QStringList{QStringLiteral("cancel"),
                                              QStringLiteral("--appointment"), QStringLiteral(" 1")}
                               << number;
    QTest::newRow("id \"1 \"") << QStringList{QStringLiteral("hours"), QStringLiteral("list"),
                                              QStringLiteral("--practitioner"),
                                              QStringLiteral("1 ")}
                               << number;
    QTest::newRow("id \"+1\"") << QStringList{QStringLiteral("cancel"),
                                              QStringLiteral("--appointment"), QStringLiteral("+1")}
                               << number;
    QTest::newRow("id \"0\"") << QStringList{QStringLiteral("cancel"),
                                             QStringLiteral("--appointment"), QStringLiteral("0")}
                              << number;
    QTest::newRow("patient id \" 1\"") << QStringList{QStringLiteral("book"),
                                                      QStringLiteral("--practitioner"),
                                                      QStringLiteral("1"),
                                                      QStringLiteral("--type"),
                                                      QStringLiteral("1"),
                                                      QStringLiteral("--start"),
                                                      monday,
                                                      QStringLiteral("--patient-id"),
                                                      QStringLiteral(" 1")}
                                       << number;
    QTest::newRow("weekdays \"1,,4\"") << QStringList{QStringLiteral("book-series"),
                                                      QStringLiteral("--practitioner"),
                                                      QStringLiteral("1"),
                                                      QStringLiteral("--type"),
                                                      QStringLiteral("1"),
                                                      QStringLiteral("--start"),
                                                      monday,
                                                      QStringLiteral("--count"),
                                                      QStringLiteral("2"),
                                                      QStringLiteral("--patient"),
                                                      QStringLiteral("Neu"),
                                                      QStringLiteral("--weekdays"),
                                                      QStringLiteral("1,,4")}
                                       << QStringLiteral("durch Kommas getrennte Zahlen");
    QTest::newRow("limit -1") << QStringList{QStringLiteral("audit-log"), QStringLiteral("--limit"),
                                             QStringLiteral("-1")}
                              << QStringLiteral("ganze Zahl von 0 oder mehr");
    QTest::newRow("minutes \" 30\"")
        << QStringList{QStringLiteral("type"),      QStringLiteral("add"),
                       QStringLiteral("--name"),    QStringLiteral("KG"),
                       QStringLiteral("--minutes"), QStringLiteral(" 30")}
        << QStringLiteral("erwartet eine ganze Zahl");
}

void TestCliErrors::inputRules()
{
    QFETCH(QStringList, args);
    QFETCH(QString, reason);
    auto fresh = m_cli->run(args);
    QCOMPARE(fresh.exitCode, 2);
    QVERIFY(!QFile::exists(m_cli->dbPath()));

    setUpPractice(*m_cli);
    if (QTest::currentTestFailed())
        return;
    QFile file(m_cli->dbPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    file.close();
    const QString before = m_cli->dump();
    for (const bool json : {false, true}) {
        const auto r = json ? m_cli->json(args) : m_cli->run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
        verifyMessage(r);
        QVERIFY2(r.err.contains(reason), qPrintable(r.err));
    }
    QCOMPARE(m_cli->dump(), before);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes); // not even a header byte changed
}

void TestCliErrors::inputAtTheLimitIsStored()
{
    // The other side of each limit: exactly 200 / 2000 characters are fine, spaces around a
    // name are trimmed, a note keeps its line breaks.
    setUpPractice(*m_cli);
    if (QTest::currentTestFailed())
        return;
    const QString name200 = QString(199, u'a') + QChar(0x00e4); // ä: characters, not bytes
    auto added = m_cli->json({QStringLiteral("practitioner"), QStringLiteral("add"),
                              QStringLiteral("--name"), QStringLiteral("  ") + name200 + u' '});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QCOMPARE(added.json().object().value(QStringLiteral("name")).toString(), name200);
    const QString note = QString(1000, u'x') + u'\n' + QString(999, u'y');
    auto booked = m_cli->json(
        {QStringLiteral("book"), QStringLiteral("--practitioner"), QStringLiteral("1"),
         QStringLiteral("--type"), QStringLiteral("1"), QStringLiteral("--start"),
         futureMonday().toString(Qt::ISODate) + QStringLiteral("T09:00"),
         QStringLiteral("--patient"), QString(200, u'p'), QStringLiteral("--note"), note});
    QVERIFY2(booked.exitCode == 0, qPrintable(booked.err));
    const QString day = futureMonday().toString(Qt::ISODate);
    auto listed = m_cli->json({QStringLiteral("appointments"), QStringLiteral("--from"), day,
                               QStringLiteral("--to"), day});
    QCOMPARE(listed.json().array().size(), 1);
    QCOMPARE(listed.json().array().at(0).toObject().value(QStringLiteral("note")).toString(), note);
}

QTEST_GUILESS_MAIN(TestCliErrors)
#include "tst_cli_errors.moc"
