// empfang-cli as a black box: the built binary on a temporary SQLite file, checked through its
// exit codes, its JSON and the database contents.
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

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void helpAndVersion();
    void fullFlow();
    void humanOutputIsGerman();
    void timesWithOffsetsMeanTheSameInstant();
    void usageErrors_data();
    void usageErrors();
    void refusals_data();
    void refusals();
    void refusalOnNewPathLeavesNoFile();
    void overlappingBookingIsRefused();
    void samePatientNameNeedsPatientId();
    void corruptDatabaseIsRefusedAndUntouched_data();
    void corruptDatabaseIsRefusedAndUntouched();
    void slotsKeepLocalTimeAcrossDst();

private:
    /// Practitioner 1 (Mon–Fri 08:00–12:00) and type 1 (30 min) in a fresh database.
    void setUpPractice();
    /// A message for a person: there, and no technical noise from the layers below.
    static void verifyMessage(const CliRun &r);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliHarness> m_cli;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_cli = std::make_unique<CliHarness>(m_dir->filePath(QStringLiteral("praxis.sqlite")));
}

void TestCli::verifyMessage(const CliRun &r)
{
    QVERIFY2(!r.err.trimmed().isEmpty(), "no message on stderr");
    for (const char *noise : {"QSql", "SQLITE_", "Segmentation", "terminate called", "qFatal"})
        QVERIFY2(!r.err.contains(QLatin1String(noise)), qPrintable(r.err));
}

void TestCli::setUpPractice()
{
    auto p = m_cli->json({QStringLiteral("practitioner"), QStringLiteral("add"),
                          QStringLiteral("--name"), QStringLiteral("Dr. Anna Berg")});
    QCOMPARE(p.exitCode, 0);
    QCOMPARE(p.json().object().value(QStringLiteral("id")).toInteger(), 1);
    auto t = m_cli->json({QStringLiteral("type"), QStringLiteral("add"), QStringLiteral("--name"),
                          QStringLiteral("Krankengymnastik"), QStringLiteral("--minutes"),
                          QStringLiteral("30")});
    QCOMPARE(t.exitCode, 0);
    QCOMPARE(t.json().object().value(QStringLiteral("id")).toInteger(), 1);
    for (int weekday = 1; weekday <= 5; ++weekday) {
        auto h = m_cli->run({QStringLiteral("hours"), QStringLiteral("set"),
                             QStringLiteral("--practitioner"), QStringLiteral("1"),
                             QStringLiteral("--weekday"), QString::number(weekday),
                             QStringLiteral("--from"), QStringLiteral("08:00"),
                             QStringLiteral("--to"), QStringLiteral("12:00")});
        QVERIFY2(h.exitCode == 0, qPrintable(h.err));
    }
}

void TestCli::helpAndVersion()
{
    for (const QStringList &args :
         {QStringList{QStringLiteral("--help")}, QStringList{QStringLiteral("help")},
          QStringList{QStringLiteral("book"), QStringLiteral("--help")},
          QStringList{QStringLiteral("--version")}}) {
        auto r = m_cli->run(args, false);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.out.trimmed().isEmpty());
    }
    QVERIFY(m_cli->run({QStringLiteral("--help")}, false).out.contains(QLatin1String("next-free")));
    QVERIFY(m_cli->run({QStringLiteral("--version")}, false)
                .out.contains(QLatin1String(EMPFANG_VERSION)));
}

void TestCli::fullFlow()
{
    setUpPractice();
    const QDate monday = futureMonday();
    const QString day = monday.toString(Qt::ISODate);

    auto hours = m_cli->json({QStringLiteral("hours"), QStringLiteral("list"),
                              QStringLiteral("--practitioner"), QStringLiteral("1")});
    QCOMPARE(hours.exitCode, 0);
    QCOMPARE(hours.json().array().size(), 5);
    QCOMPARE(hours.json().array().first().toObject().value(QStringLiteral("from")).toString(),
             QStringLiteral("08:00"));

    const QStringList slotArgs = {QStringLiteral("slots"),
                                  QStringLiteral("--practitioner"),
                                  QStringLiteral("1"),
                                  QStringLiteral("--type"),
                                  QStringLiteral("1"),
                                  QStringLiteral("--from"),
                                  day,
                                  QStringLiteral("--to"),
                                  day};
    auto free = m_cli->json(slotArgs);
    QCOMPARE(free.exitCode, 0);
    QJsonArray list = free.json().array();
    // 08:00 … 11:30 on the 5-minute grid: (240 - 30) / 5 + 1.
    QCOMPARE(list.size(), 43);
    QCOMPARE(list.first().toObject().value(QStringLiteral("start")).toString(),
             iso(monday, QTime(8, 0)));
    QCOMPARE(list.first().toObject().value(QStringLiteral("end")).toString(),
             iso(monday, QTime(8, 30)));
    QCOMPARE(list.last().toObject().value(QStringLiteral("start")).toString(),
             iso(monday, QTime(11, 30)));
    QVERIFY(list.first()
                .toObject()
                .value(QStringLiteral("start"))
                .toString()
                .startsWith(day + QStringLiteral("T08:00:00+0")));

    // Both dates count: Monday to Tuesday is two working days.
    QStringList twoDays = slotArgs;
    twoDays.last() = monday.addDays(1).toString(Qt::ISODate);
    QCOMPARE(m_cli->json(twoDays).json().array().size(), 86);

    auto booked = m_cli->json({QStringLiteral("book"), QStringLiteral("--practitioner"),
                               QStringLiteral("1"), QStringLiteral("--type"), QStringLiteral("1"),
                               QStringLiteral("--start"), day + QStringLiteral("T09:00"),
                               QStringLiteral("--patient"), QStringLiteral("Max Müller")});
    QVERIFY2(booked.exitCode == 0, qPrintable(booked.err));
    const QJsonObject appointment = booked.json().object();
    const qint64 id = appointment.value(QStringLiteral("id")).toInteger();
    QVERIFY(id > 0);
    QCOMPARE(appointment.value(QStringLiteral("start")).toString(), iso(monday, QTime(9, 0)));
    QCOMPARE(appointment.value(QStringLiteral("end")).toString(), iso(monday, QTime(9, 30)));
    QCOMPARE(appointment.value(QStringLiteral("status")).toString(), QStringLiteral("booked"));
    QCOMPARE(appointment.value(QStringLiteral("patientName")).toString(),
             QStringLiteral("Max Müller"));

    // The booked half hour (and every slot reaching into it) is gone; 09:30 is free again.
    QStringList starts;
    for (const QJsonValue &s : m_cli->json(slotArgs).json().array())
        starts << s.toObject().value(QStringLiteral("start")).toString();
    QCOMPARE(starts.size(), 43 - 11);
    QVERIFY(!starts.contains(iso(monday, QTime(9, 0))));
    QVERIFY(!starts.contains(iso(monday, QTime(8, 35))));
    QVERIFY(starts.contains(iso(monday, QTime(8, 30))));
    QVERIFY(starts.contains(iso(monday, QTime(9, 30))));

    const QStringList weekArgs = {QStringLiteral("appointments"), QStringLiteral("--from"), day,
                                  QStringLiteral("--to"), monday.addDays(6).toString(Qt::ISODate)};
    auto week = m_cli->json(weekArgs);
    QCOMPARE(week.exitCode, 0);
    QCOMPARE(week.json().array().size(), 1);
    QCOMPARE(week.json().array().first().toObject().value(QStringLiteral("id")).toInteger(), id);

    // The same patient name again (other case) books for the same patient, not a new one.
    auto again = m_cli->json({QStringLiteral("book"), QStringLiteral("--practitioner"),
                              QStringLiteral("1"), QStringLiteral("--type"), QStringLiteral("1"),
                              QStringLiteral("--start"), day + QStringLiteral("T11:00"),
                              QStringLiteral("--patient"), QStringLiteral("MAX MÜLLER")});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.json().object().value(QStringLiteral("patient")),
             appointment.value(QStringLiteral("patient")));
    QCOMPARE(m_cli->json({QStringLiteral("patients")}).json().array().size(), 1);

    auto moved =
        m_cli->json({QStringLiteral("move"), QStringLiteral("--appointment"), QString::number(id),
                     QStringLiteral("--start"), day + QStringLiteral(" 10:00")});
    QVERIFY2(moved.exitCode == 0, qPrintable(moved.err));
    QCOMPARE(moved.json().object().value(QStringLiteral("start")).toString(),
             iso(monday, QTime(10, 0)));
    QCOMPARE(moved.json().object().value(QStringLiteral("end")).toString(),
             iso(monday, QTime(10, 30)));

    // 08:00–09:55 is free, 10:00 held: the first slot after 09:45 that fits is 10:30.
    auto next =
        m_cli->json({QStringLiteral("next-free"), QStringLiteral("--type"), QStringLiteral("1"),
                     QStringLiteral("--after"), day + QStringLiteral("T09:45")});
    QVERIFY2(next.exitCode == 0, qPrintable(next.err));
    QCOMPARE(next.json().object().value(QStringLiteral("practitioner")).toInteger(), 1);
    QCOMPARE(next.json().object().value(QStringLiteral("start")).toString(),
             iso(monday, QTime(10, 30)));

    auto cancelled = m_cli->json(
        {QStringLiteral("cancel"), QStringLiteral("--appointment"), QString::number(id)});
    QCOMPARE(cancelled.exitCode, 0);
    QCOMPARE(cancelled.json().object().value(QStringLiteral("status")).toString(),
             QStringLiteral("cancelled"));
    auto afterCancel =
        m_cli->json({QStringLiteral("next-free"), QStringLiteral("--type"), QStringLiteral("1"),
                     QStringLiteral("--after"), day + QStringLiteral("T09:45")});
    QCOMPARE(afterCancel.json().object().value(QStringLiteral("start")).toString(),
             iso(monday, QTime(9, 45)));

    // Cancelled appointments stay listed, with their status.
    const QJsonArray all = m_cli->json(weekArgs).json().array();
    QCOMPARE(all.size(), 2);
    QStringList statuses;
    for (const QJsonValue &a : all)
        statuses << a.toObject().value(QStringLiteral("status")).toString();
    QVERIFY(statuses.contains(QStringLiteral("cancelled")));

    // A second cancel is refused and changes nothing.
    const QString before = m_cli->dump();
    auto twice = m_cli->run(
        {QStringLiteral("cancel"), QStringLiteral("--appointment"), QString::number(id)});
    QCOMPARE(twice.exitCode, 1);
    verifyMessage(twice);
    QCOMPARE(m_cli->dump(), before);
}

void TestCli::humanOutputIsGerman()
{
    setUpPractice();
    const QDate monday = futureMonday();
    auto booked =
        m_cli->run({QStringLiteral("book"), QStringLiteral("--practitioner"), QStringLiteral("1"),
                    QStringLiteral("--type"), QStringLiteral("1"), QStringLiteral("--start"),
                    monday.toString(Qt::ISODate) + QStringLiteral("T09:00"),
                    QStringLiteral("--patient"), QStringLiteral("Erika Muster")});
    QCOMPARE(booked.exitCode, 0);
    // German date format, not ISO, for people.
    const QString german = monday.toString(QStringLiteral("dd.MM.yyyy")) + QStringLiteral(" 09:00");
    QVERIFY2(booked.out.contains(german), qPrintable(booked.out));
    auto list = m_cli->run({QStringLiteral("appointments"), QStringLiteral("--from"),
                            monday.toString(Qt::ISODate), QStringLiteral("--to"),
                            monday.toString(Qt::ISODate)});
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.contains(german));
    QVERIFY(list.out.contains(QLatin1String("Erika Muster")));
    QVERIFY(list.out.contains(QLatin1String("Dr. Anna Berg")));
    QVERIFY(m_cli->run({QStringLiteral("practitioner"), QStringLiteral("list")})
                .out.contains(QLatin1String("Dr. Anna Berg")));
    QVERIFY(booked.err.isEmpty());
}

void TestCli::timesWithOffsetsMeanTheSameInstant()
{
    setUpPractice();
    const QDate monday = futureMonday();
    const QDateTime local(monday, QTime(10, 0), berlin());
    const QString utc = local.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm")) + u'Z';
    auto booked =
        m_cli->json({QStringLiteral("book"), QStringLiteral("--practitioner"), QStringLiteral("1"),
                     QStringLiteral("--type"), QStringLiteral("1"), QStringLiteral("--start"), utc,
                     QStringLiteral("--patient"), QStringLiteral("Zeitzone")});
    QVERIFY2(booked.exitCode == 0, qPrintable(booked.err));
    QCOMPARE(booked.json().object().value(QStringLiteral("start")).toString(),
             iso(monday, QTime(10, 0)));
    const QString withOffset = local.toString(Qt::ISODate); // "…T10:00:00+01:00"
    auto moved = m_cli->json({QStringLiteral("move"), QStringLiteral("--appointment"),
                              QStringLiteral("1"), QStringLiteral("--start"), withOffset});
    QVERIFY2(moved.exitCode == 0, qPrintable(moved.err));
    QCOMPARE(moved.json().object().value(QStringLiteral("start")).toString(), withOffset);
}

void TestCli::usageErrors_data()
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

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    // On a database that does not exist yet: a usage error must not even create the file.
    auto fresh = m_cli->run(args);
    QCOMPARE(fresh.exitCode, 2);
    QVERIFY(fresh.out.isEmpty());
    verifyMessage(fresh);
    QVERIFY(!QFile::exists(m_cli->dbPath()));

    setUpPractice();
    const QString before = m_cli->dump();
    auto r = m_cli->json(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    verifyMessage(r);
    QCOMPARE(m_cli->dump(), before);
}

void TestCli::refusals_data()
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

void TestCli::refusals()
{
    QFETCH(QStringList, args);
    setUpPractice();
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

void TestCli::refusalOnNewPathLeavesNoFile()
{
    // A typo in --db plus a refused command must not leave an empty database behind.
    auto r = m_cli->run({QStringLiteral("hours"), QStringLiteral("list"),
                         QStringLiteral("--practitioner"), QStringLiteral("1")});
    QCOMPARE(r.exitCode, 1);
    verifyMessage(r);
    QVERIFY(!QFile::exists(m_cli->dbPath()));
    // A successful read-only command does create (and keep) the new, empty database.
    QCOMPARE(m_cli->run({QStringLiteral("practitioner"), QStringLiteral("list")}).exitCode, 0);
    QVERIFY(QFile::exists(m_cli->dbPath()));
}

void TestCli::overlappingBookingIsRefused()
{
    setUpPractice();
    const QString day = futureMonday().toString(Qt::ISODate);
    const auto book = [&](const QString &time, const QString &patient) {
        return m_cli->json({QStringLiteral("book"), QStringLiteral("--practitioner"),
                            QStringLiteral("1"), QStringLiteral("--type"), QStringLiteral("1"),
                            QStringLiteral("--start"), day + u'T' + time,
                            QStringLiteral("--patient"), patient});
    };
    QCOMPARE(book(QStringLiteral("09:00"), QStringLiteral("Erste Patientin")).exitCode, 0);
    const QString before = m_cli->dump();
    for (const QString &time :
         {QStringLiteral("09:00"), QStringLiteral("09:15"), QStringLiteral("08:31")}) {
        auto r = book(time, QStringLiteral("Zweiter Patient"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        verifyMessage(r);
        // Not even the new patient was kept: the whole booking rolled back.
        QCOMPARE(m_cli->dump(), before);
    }
    QCOMPARE(book(QStringLiteral("09:30"), QStringLiteral("Zweiter Patient")).exitCode, 0);
}

void TestCli::samePatientNameNeedsPatientId()
{
    setUpPractice();
    {
        auto db = Database::open(m_cli->dbPath());
        QVERIFY(db.ok());
        PatientRepository patients(*db.value());
        QVERIFY(patients.add(Patient{0, QStringLiteral("Anna Schmidt"), QDate(1970, 1, 1), {}, {}})
                    .ok());
        QVERIFY(patients.add(Patient{0, QStringLiteral("Anna Schmidt"), QDate(1990, 2, 2), {}, {}})
                    .ok());
    }
    const QString day = futureMonday().toString(Qt::ISODate);
    const QStringList base = {QStringLiteral("book"),        QStringLiteral("--practitioner"),
                              QStringLiteral("1"),           QStringLiteral("--type"),
                              QStringLiteral("1"),           QStringLiteral("--start"),
                              day + QStringLiteral("T09:00")};
    const QString before = m_cli->dump();
    auto ambiguous = m_cli->json(
        base + QStringList{QStringLiteral("--patient"), QStringLiteral("anna schmidt")});
    QCOMPARE(ambiguous.exitCode, 1);
    verifyMessage(ambiguous);
    QVERIFY(ambiguous.err.contains(QLatin1String("--patient-id")));
    QCOMPARE(m_cli->dump(), before);

    auto chosen =
        m_cli->json(base + QStringList{QStringLiteral("--patient-id"), QStringLiteral("2")});
    QVERIFY2(chosen.exitCode == 0, qPrintable(chosen.err));
    QCOMPARE(chosen.json().object().value(QStringLiteral("patient")).toInteger(), 2);
}

void TestCli::corruptDatabaseIsRefusedAndUntouched_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("not a database") << QByteArray("Termine 2026\nMontag: Müller\n").repeated(200);
    QByteArray damaged("SQLite format 3", 16);
    damaged += QByteArray(4080, '\x5a');
    QTest::newRow("damaged SQLite") << damaged;
}

void TestCli::corruptDatabaseIsRefusedAndUntouched()
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

void TestCli::slotsKeepLocalTimeAcrossDst()
{
    // The next DST change in Berlin lies within the booking horizon; compare the working day
    // before it with the one after: both must offer 08:00 local, with different UTC offsets.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto transition = berlin().nextTransition(now);
    QVERIFY(transition.atUtc.isValid());
    const QDate change = transition.atUtc.toTimeZone(berlin()).date();
    const bool springForward = change.month() == 3;
    QDate before = change.addDays(-1);
    while (before.dayOfWeek() > 5 || before <= practiceToday())
        before = before.addDays(-1);
    QDate after = change.addDays(1);
    while (after.dayOfWeek() > 5)
        after = after.addDays(1);
    if (before <= practiceToday())
        QSKIP("the change is too close to today to have a working day before it");

    setUpPractice();
    const auto firstSlot = [this](const QDate &day) {
        auto r = m_cli->json({QStringLiteral("slots"), QStringLiteral("--practitioner"),
                              QStringLiteral("1"), QStringLiteral("--type"), QStringLiteral("1"),
                              QStringLiteral("--from"), day.toString(Qt::ISODate),
                              QStringLiteral("--to"), day.toString(Qt::ISODate)});
        return r.json().array().first().toObject().value(QStringLiteral("start")).toString();
    };
    const QString summer = QStringLiteral("T08:00:00+02:00");
    const QString winter = QStringLiteral("T08:00:00+01:00");
    QCOMPARE(firstSlot(before), before.toString(Qt::ISODate) + (springForward ? winter : summer));
    QCOMPARE(firstSlot(after), after.toString(Qt::ISODate) + (springForward ? summer : winter));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
