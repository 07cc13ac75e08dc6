// empfang-cli as a black box: the built binary on a temporary SQLite file, checked through its
// exit codes, its JSON and the database contents. Bad input: tst_cli_errors.cpp.
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
    void everyCommandComesFromTheOneTable();
    void fullFlow();
    void humanOutputIsGerman();
    void timesWithOffsetsMeanTheSameInstant();
    void absenceOfWholeDaysBlocksSlots();
    void overlappingBookingIsRefused();
    void samePatientNameNeedsPatientId();
    void slotsKeepLocalTimeAcrossDst();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliHarness> m_cli;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_cli = std::make_unique<CliHarness>(newDatabase(*m_dir, QStringLiteral("praxis.sqlite")));
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

// diagnostics, print and patient export are ordinary commands: listed in the help, with their
// own usage, their options checked by the one parser before anything is opened.
void TestCli::everyCommandComesFromTheOneTable()
{
    const QString help = m_cli->run({QStringLiteral("--help")}, false).out;
    for (const QString &name : {QStringLiteral("diagnostics"), QStringLiteral("print card"),
                                QStringLiteral("print day"), QStringLiteral("patient export"),
                                QStringLiteral("db check"), QStringLiteral("next-free")}) {
        QVERIFY2(help.contains(QStringLiteral("\n  ") + name), qPrintable(name));
        auto usage = m_cli->run(name.split(u' ') + QStringList{QStringLiteral("--help")}, false);
        QCOMPARE(usage.exitCode, 0);
        QVERIFY2(usage.out.contains(QStringLiteral("[--db PATH] [--json] ") + name),
                 qPrintable(usage.out));
    }

    // A mistyped option is a usage error for every command, and nothing is created.
    auto mistyped = m_cli->run({QStringLiteral("diagnostics"), QStringLiteral("--bogus")});
    QCOMPARE(mistyped.exitCode, 2);
    QVERIFY(mistyped.err.contains(QLatin1String("--bogus")));
    QVERIFY(mistyped.out.isEmpty());
    // --db may come after the command, as for every other one; no database: refused.
    const QString zip = m_dir->filePath(QStringLiteral("d.zip"));
    auto missing = m_cli->run({QStringLiteral("diagnostics"), QStringLiteral("--out"), zip,
                               QStringLiteral("--db"), m_cli->dbPath()},
                              false);
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(!missing.err.isEmpty());
    QVERIFY(!QFile::exists(m_cli->dbPath()));
    QVERIFY(!QFile::exists(zip));

    setUpPractice(*m_cli);
    auto written = m_cli->run({QStringLiteral("diagnostics"), QStringLiteral("--out"), zip});
    QCOMPARE(written.exitCode, 0);
    QVERIFY(QFile::exists(zip));
}

void TestCli::fullFlow()
{
    setUpPractice(*m_cli);
    if (QTest::currentTestFailed())
        return;
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
    setUpPractice(*m_cli);
    if (QTest::currentTestFailed())
        return;
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
    setUpPractice(*m_cli);
    if (QTest::currentTestFailed())
        return;
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

void TestCli::absenceOfWholeDaysBlocksSlots()
{
    setUpPractice(*m_cli);
    if (QTest::currentTestFailed())
        return;
    const QDate monday = futureMonday();
    const QString tuesday = monday.addDays(1).toString(Qt::ISODate);
    const QString wednesday = monday.addDays(2).toString(Qt::ISODate);
    auto booked = m_cli->json({QStringLiteral("book"), QStringLiteral("--practitioner"),
                               QStringLiteral("1"), QStringLiteral("--type"), QStringLiteral("1"),
                               QStringLiteral("--start"), wednesday + QStringLiteral("T09:00"),
                               QStringLiteral("--patient"), QStringLiteral("Betroffen")});
    QCOMPARE(booked.exitCode, 0);

    // Bare dates: Tuesday 00:00 until the end of Wednesday.
    auto absence = m_cli->json({QStringLiteral("absence"), QStringLiteral("add"),
                                QStringLiteral("--practitioner"), QStringLiteral("1"),
                                QStringLiteral("--from"), tuesday, QStringLiteral("--to"),
                                wednesday, QStringLiteral("--reason"), QStringLiteral("Urlaub")});
    QVERIFY2(absence.exitCode == 0, qPrintable(absence.err));
    QCOMPARE(absence.json().object().value(QStringLiteral("start")).toString(),
             iso(monday.addDays(1), QTime(0, 0)));
    QCOMPARE(absence.json().object().value(QStringLiteral("end")).toString(),
             iso(monday.addDays(3), QTime(0, 0)));
    // The booked appointment inside stays booked, and the admin is told about it.
    QVERIFY(absence.err.contains(
        QString::number(booked.json().object().value(QStringLiteral("id")).toInteger())));

    const auto slotCount = [this](const QDate &day) {
        return m_cli
            ->json({QStringLiteral("slots"), QStringLiteral("--practitioner"), QStringLiteral("1"),
                    QStringLiteral("--type"), QStringLiteral("1"), QStringLiteral("--from"),
                    day.toString(Qt::ISODate), QStringLiteral("--to"), day.toString(Qt::ISODate)})
            .json()
            .array()
            .size();
    };
    QCOMPARE(slotCount(monday), 43);
    QCOMPARE(slotCount(monday.addDays(1)), 0);
    QCOMPARE(slotCount(monday.addDays(2)), 0);
    QCOMPARE(slotCount(monday.addDays(3)), 43);

    auto listed = m_cli->json({QStringLiteral("absence"), QStringLiteral("list"),
                               QStringLiteral("--practitioner"), QStringLiteral("1"),
                               QStringLiteral("--from"), monday.toString(Qt::ISODate),
                               QStringLiteral("--to"), monday.addDays(6).toString(Qt::ISODate)});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.json().array().size(), 1);
    QCOMPARE(listed.json().array().first().toObject().value(QStringLiteral("reason")).toString(),
             QStringLiteral("Urlaub"));
}

void TestCli::overlappingBookingIsRefused()
{
    setUpPractice(*m_cli);
    if (QTest::currentTestFailed())
        return;
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
    setUpPractice(*m_cli);
    if (QTest::currentTestFailed())
        return;
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

    setUpPractice(*m_cli);
    if (QTest::currentTestFailed())
        return;
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
