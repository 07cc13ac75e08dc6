// empfang-cli for the front desk as a black box: series all-or-nothing, patients as JSON, GDPR
// export and erasure checked in the file, PDF documents checked for their text with pdftotext.
#include "cli_harness.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace empfang::test;

namespace {

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForFinished(30000))
        return QStringLiteral("<pdftotext failed>");
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString scalar(const QString &dbPath, const QString &statement)
{
    const QString name = QUuid::createUuid().toString();
    QString value;
    {
        QSqlDatabase db = testConnection(dbPath, name, false);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(statement) && q.next())
                value = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

QString d(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

class TestCliDesk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void bookSeriesBooksEverySessionAsJson();
    void bookSeriesOnConflictBooksNothing();
    void bookSeriesRejectsBadWeekdays();
    void bookSeriesNearestTakesTheNearestFreeTime();
    void bookSeriesAnyPractitionerBooksAnotherPractitioner();
    void bookSeriesWithFlagsStillBooksNothingWithoutAlternative();
    void patientsSearchReturnsTheDocumentedFields();
    void patientExportWritesJsonAndReadablePdf();
    void patientEraseNeedsYesAndAnonymises();
    void printCardListsUpcomingAppointments();
    void printDayListsThePractitionersDay();
    void auditLogNamesActionsNotPatients();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CliHarness> cli;
    QDate monday;

    CliRun series(const QStringList &extra)
    {
        return cli->json(
            QStringList{QStringLiteral("book-series"), QStringLiteral("--practitioner"),
                        QStringLiteral("1"), QStringLiteral("--type"), QStringLiteral("1"),
                        QStringLiteral("--start"), d(monday) + QStringLiteral("T09:00")} +
            extra);
    }
    /// Practitioner 1 is taken on the third Monday at 09:00.
    void takeThirdMonday()
    {
        auto taken =
            cli->run({QStringLiteral("book"), QStringLiteral("--practitioner"), QStringLiteral("1"),
                      QStringLiteral("--type"), QStringLiteral("1"), QStringLiteral("--start"),
                      d(monday.addDays(14)) + QStringLiteral("T09:00"), QStringLiteral("--patient"),
                      QStringLiteral("Otto")});
        QVERIFY2(taken.exitCode == 0, qPrintable(taken.err));
    }
    /// Practitioner 2, Tom Weber, Mon–Fri 08:00–12:00, offers every type.
    void addSecondPractitioner()
    {
        auto p = cli->json({QStringLiteral("practitioner"), QStringLiteral("add"),
                            QStringLiteral("--name"), QStringLiteral("Tom Weber")});
        QCOMPARE(p.json().object().value(QStringLiteral("id")).toInteger(), 2);
        for (int weekday = 1; weekday <= 5; ++weekday) {
            auto h = cli->run({QStringLiteral("hours"), QStringLiteral("set"),
                               QStringLiteral("--practitioner"), QStringLiteral("2"),
                               QStringLiteral("--weekday"), QString::number(weekday),
                               QStringLiteral("--from"), QStringLiteral("08:00"),
                               QStringLiteral("--to"), QStringLiteral("12:00")});
            QVERIFY2(h.exitCode == 0, qPrintable(h.err));
        }
    }
};

void TestCliDesk::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QFAIL("pdftotext (poppler-utils) is missing: run packaging/install-deps.sh");
}

void TestCliDesk::init()
{
    static int n = 0;
    cli = std::make_unique<CliHarness>(newDatabase(m_dir, QStringLiteral("db%1.sqlite").arg(++n)));
    monday = futureMonday();
    setUpPractice(*cli);
}

void TestCliDesk::bookSeriesBooksEverySessionAsJson()
{
    auto r = series({QStringLiteral("--count"), QStringLiteral("6"), QStringLiteral("--weekdays"),
                     QStringLiteral("1,4"), QStringLiteral("--patient"),
                     QStringLiteral("Erika Mustermann")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray booked = r.json().array();
    QCOMPARE(booked.size(), 6);
    const QList<int> offsets{0, 3, 7, 10, 14, 17};
    for (int i = 0; i < 6; ++i) {
        const QJsonObject a = booked.at(i).toObject();
        QCOMPARE(a.value(QStringLiteral("start")).toString(),
                 iso(monday.addDays(offsets.at(i)), QTime(9, 0)));
        QCOMPARE(a.value(QStringLiteral("patient")).toInteger(), 1);
        QCOMPARE(a.value(QStringLiteral("status")).toString(), QStringLiteral("booked"));
    }
    QCOMPARE(scalar(cli->dbPath(), QStringLiteral("SELECT COUNT(DISTINCT series_id) FROM "
                                                  "appointments WHERE series_id IS NOT NULL")),
             QStringLiteral("1"));
}

void TestCliDesk::bookSeriesOnConflictBooksNothing()
{
    auto taken =
        cli->run({QStringLiteral("book"), QStringLiteral("--practitioner"), QStringLiteral("1"),
                  QStringLiteral("--type"), QStringLiteral("1"), QStringLiteral("--start"),
                  d(monday.addDays(14)) + QStringLiteral("T09:00"), QStringLiteral("--patient"),
                  QStringLiteral("Otto")});
    QVERIFY2(taken.exitCode == 0, qPrintable(taken.err));
    const QString before = cli->dump();
    auto r = series({QStringLiteral("--count"), QStringLiteral("4"), QStringLiteral("--patient"),
                     QStringLiteral("Erika Mustermann")});
    QCOMPARE(r.exitCode, 1);
    verifyMessage(r);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(monday.addDays(14).toString(QStringLiteral("dd.MM.yyyy"))),
             qPrintable(r.err));
    // 08:30 and 09:30 are equally near; the earlier one is offered.
    QVERIFY2(r.err.contains(QStringLiteral("08:30")), qPrintable(r.err));
    QCOMPARE(cli->dump(), before);
}

void TestCliDesk::bookSeriesRejectsBadWeekdays()
{
    const QString before = cli->dump();
    auto r = series({QStringLiteral("--count"), QStringLiteral("4"), QStringLiteral("--weekdays"),
                     QStringLiteral("1,8"), QStringLiteral("--patient"), QStringLiteral("X")});
    QCOMPARE(r.exitCode, 2);
    verifyMessage(r);
    QCOMPARE(cli->dump(), before);
}

void TestCliDesk::bookSeriesNearestTakesTheNearestFreeTime()
{
    takeThirdMonday();
    auto r = series({QStringLiteral("--count"), QStringLiteral("4"), QStringLiteral("--patient"),
                     QStringLiteral("Erika Mustermann"), QStringLiteral("--nearest")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray booked = r.json().array();
    QCOMPARE(booked.size(), 4);
    for (int week = 0; week < 4; ++week) {
        const QJsonObject a = booked.at(week).toObject();
        // Same practitioner; 08:30 and 09:30 are equally near, the earlier one is taken.
        const QTime time = week == 2 ? QTime(8, 30) : QTime(9, 0);
        QCOMPARE(a.value(QStringLiteral("start")).toString(), iso(monday.addDays(7 * week), time));
        QCOMPARE(a.value(QStringLiteral("requestedStart")).toString(),
                 iso(monday.addDays(7 * week), QTime(9, 0)));
        QCOMPARE(a.value(QStringLiteral("practitioner")).toInteger(), 1);
        QCOMPARE(a.value(QStringLiteral("practitionerName")).toString(),
                 QStringLiteral("Dr. Anna Berg"));
    }
}

void TestCliDesk::bookSeriesAnyPractitionerBooksAnotherPractitioner()
{
    addSecondPractitioner();
    takeThirdMonday();
    // Without the flag the conflict still refuses the whole series.
    const QString before = cli->dump();
    auto refused = series({QStringLiteral("--count"), QStringLiteral("4"),
                           QStringLiteral("--patient"), QStringLiteral("Erika Mustermann")});
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(cli->dump(), before);

    auto r = series({QStringLiteral("--count"), QStringLiteral("4"), QStringLiteral("--patient"),
                     QStringLiteral("Erika Mustermann"), QStringLiteral("--any-practitioner")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray booked = r.json().array();
    QCOMPARE(booked.size(), 4);
    for (int week = 0; week < 4; ++week) {
        const QJsonObject a = booked.at(week).toObject();
        // The time is kept; only the taken Monday goes to the colleague.
        QCOMPARE(a.value(QStringLiteral("start")).toString(),
                 iso(monday.addDays(7 * week), QTime(9, 0)));
        QCOMPARE(a.value(QStringLiteral("practitioner")).toInteger(), week == 2 ? 2 : 1);
        QCOMPARE(a.value(QStringLiteral("practitionerName")).toString(),
                 week == 2 ? QStringLiteral("Tom Weber") : QStringLiteral("Dr. Anna Berg"));
    }
    QCOMPARE(scalar(cli->dbPath(), QStringLiteral("SELECT COUNT(DISTINCT series_id) FROM "
                                                  "appointments WHERE series_id IS NOT NULL")),
             QStringLiteral("1"));
}

void TestCliDesk::bookSeriesWithFlagsStillBooksNothingWithoutAlternative()
{
    takeThirdMonday();
    // --any-practitioner alone does not move the time: nobody else is there at 09:00.
    const QString before = cli->dump();
    auto otherTime =
        series({QStringLiteral("--count"), QStringLiteral("4"), QStringLiteral("--patient"),
                QStringLiteral("Erika Mustermann"), QStringLiteral("--any-practitioner")});
    QCOMPARE(otherTime.exitCode, 1);
    QVERIFY2(otherTime.err.contains(QStringLiteral("08:30")), qPrintable(otherTime.err));
    QCOMPARE(cli->dump(), before);

    // A whole day away: no alternative at all, so even both flags book nothing.
    auto away =
        cli->run({QStringLiteral("absence"), QStringLiteral("add"),
                  QStringLiteral("--practitioner"), QStringLiteral("1"), QStringLiteral("--from"),
                  d(monday.addDays(7)), QStringLiteral("--to"), d(monday.addDays(7))});
    QVERIFY2(away.exitCode == 0, qPrintable(away.err));
    const QString withAbsence = cli->dump();
    auto r = series({QStringLiteral("--count"), QStringLiteral("4"), QStringLiteral("--patient"),
                     QStringLiteral("Erika Mustermann"), QStringLiteral("--nearest"),
                     QStringLiteral("--any-practitioner")});
    QCOMPARE(r.exitCode, 1);
    verifyMessage(r);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(monday.addDays(7).toString(QStringLiteral("dd.MM.yyyy"))),
             qPrintable(r.err));
    // The third Monday has an alternative and is not listed as a conflict.
    QVERIFY2(!r.err.contains(monday.addDays(14).toString(QStringLiteral("dd.MM.yyyy"))),
             qPrintable(r.err));
    QCOMPARE(cli->dump(), withAbsence);
}

void TestCliDesk::patientsSearchReturnsTheDocumentedFields()
{
    QCOMPARE(series({QStringLiteral("--count"), QStringLiteral("1"), QStringLiteral("--patient"),
                     QStringLiteral("Erika Mustermann")})
                 .exitCode,
             0);
    auto r = cli->json(
        {QStringLiteral("patients"), QStringLiteral("--search"), QStringLiteral("muster")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray list = r.json().array();
    QCOMPARE(list.size(), 1);
    const QJsonObject p = list.first().toObject();
    for (const char *key : {"id", "name", "birthDate", "phone", "email"})
        QVERIFY2(p.contains(QLatin1String(key)), key);
    QCOMPARE(p.value(QStringLiteral("name")).toString(), QStringLiteral("Erika Mustermann"));
}

void TestCliDesk::patientExportWritesJsonAndReadablePdf()
{
    QCOMPARE(series({QStringLiteral("--count"), QStringLiteral("2"), QStringLiteral("--patient"),
                     QStringLiteral("Erika Mustermann"), QStringLiteral("--note"),
                     QStringLiteral("Schulter rechts")})
                 .exitCode,
             0);
    const QString out = m_dir.filePath(QStringLiteral("export"));
    auto r =
        cli->run({QStringLiteral("patient"), QStringLiteral("export"), QStringLiteral("--patient"),
                  QStringLiteral("1"), QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile json(QDir(out).filePath(QStringLiteral("patient-1.json")));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject e = QJsonDocument::fromJson(json.readAll()).object();
    QCOMPARE(e.value(QStringLiteral("patient")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Erika Mustermann"));
    QCOMPARE(e.value(QStringLiteral("appointments")).toArray().size(), 2);
    QCOMPARE(e.value(QStringLiteral("appointments"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("note"))
                 .toString(),
             QStringLiteral("Schulter rechts"));
    // Patient data in files: owner only, like the database (issue 10.6).
    QVERIFY(ownerOnly(QDir(out).filePath(QStringLiteral("patient-1.json"))));
    QVERIFY(ownerOnly(QDir(out).filePath(QStringLiteral("patient-1.pdf"))));
    const QString text = pdfText(QDir(out).filePath(QStringLiteral("patient-1.pdf")));
    QVERIFY2(text.contains(QStringLiteral("Erika Mustermann")), qPrintable(text));
    QVERIFY2(text.contains(monday.toString(QStringLiteral("dd.MM.yyyy"))), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Schulter rechts")), qPrintable(text));
    QCOMPARE(scalar(cli->dbPath(),
                    QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'exported'")),
             QStringLiteral("1"));
}

void TestCliDesk::patientEraseNeedsYesAndAnonymises()
{
    QCOMPARE(series({QStringLiteral("--count"), QStringLiteral("3"), QStringLiteral("--patient"),
                     QStringLiteral("Erika Mustermann"), QStringLiteral("--note"),
                     QStringLiteral("Schulter")})
                 .exitCode,
             0);
    const QString before = cli->dump();
    auto refused = cli->run({QStringLiteral("patient"), QStringLiteral("erase"),
                             QStringLiteral("--patient"), QStringLiteral("1")});
    QCOMPARE(refused.exitCode, 2);
    QCOMPARE(cli->dump(), before);
    auto r = cli->json({QStringLiteral("patient"), QStringLiteral("erase"),
                        QStringLiteral("--patient"), QStringLiteral("1"), QStringLiteral("--yes")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.json().object().value(QStringLiteral("cancelled")).toInt(), 3);
    QCOMPARE(scalar(cli->dbPath(), QStringLiteral("SELECT COUNT(*) FROM patients")),
             QStringLiteral("0"));
    QCOMPARE(scalar(cli->dbPath(), QStringLiteral("SELECT COUNT(*) FROM appointments WHERE "
                                                  "status = 'cancelled' AND patient_id IS NULL "
                                                  "AND note = ''")),
             QStringLiteral("3"));
    QVERIFY(!cli->dump().contains(QStringLiteral("Mustermann")));
    QVERIFY(!cli->dump().contains(QStringLiteral("Schulter")));
}

void TestCliDesk::printCardListsUpcomingAppointments()
{
    QCOMPARE(series({QStringLiteral("--count"), QStringLiteral("6"), QStringLiteral("--patient"),
                     QStringLiteral("Erika Mustermann")})
                 .exitCode,
             0);
    const QString pdf = m_dir.filePath(QStringLiteral("card.pdf"));
    // On a server without a desktop session Qt Gui notes the missing runtime folder; that
    // note must not reach the admin's stderr (it did once).
    const QByteArray runtimeDir = qgetenv("XDG_RUNTIME_DIR");
    qunsetenv("XDG_RUNTIME_DIR");
    auto r = cli->run({QStringLiteral("print"), QStringLiteral("card"), QStringLiteral("--patient"),
                       QStringLiteral("1"), QStringLiteral("--out"), pdf});
    if (!runtimeDir.isEmpty())
        qputenv("XDG_RUNTIME_DIR", runtimeDir);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("Erika Mustermann")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Dr. Anna Berg")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Krankengymnastik")), qPrintable(text));
    for (int week = 0; week < 6; ++week)
        QVERIFY2(text.contains(monday.addDays(7 * week).toString(QStringLiteral("dd.MM.yyyy"))),
                 qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("09:00")), qPrintable(text));

    auto missing =
        cli->run({QStringLiteral("print"), QStringLiteral("card"), QStringLiteral("--patient"),
                  QStringLiteral("99"), QStringLiteral("--out"), pdf});
    QCOMPARE(missing.exitCode, 1);
    verifyMessage(missing);
}

void TestCliDesk::printDayListsThePractitionersDay()
{
    QCOMPARE(series({QStringLiteral("--count"), QStringLiteral("1"), QStringLiteral("--patient"),
                     QStringLiteral("Erika Mustermann")})
                 .exitCode,
             0);
    const QString pdf = m_dir.filePath(QStringLiteral("day.pdf"));
    auto r = cli->run({QStringLiteral("print"), QStringLiteral("day"),
                       QStringLiteral("--practitioner"), QStringLiteral("1"),
                       QStringLiteral("--date"), d(monday), QStringLiteral("--out"), pdf});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("Dr. Anna Berg")), qPrintable(text));
    QVERIFY2(text.contains(monday.toString(QStringLiteral("dd.MM.yyyy"))), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("09:00")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Erika Mustermann")), qPrintable(text));
}

void TestCliDesk::auditLogNamesActionsNotPatients()
{
    QCOMPARE(series({QStringLiteral("--count"), QStringLiteral("2"), QStringLiteral("--patient"),
                     QStringLiteral("Erika Mustermann")})
                 .exitCode,
             0);
    auto r = cli->json({QStringLiteral("audit-log")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray log = r.json().array();
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.first().toObject().value(QStringLiteral("action")).toString(),
             QStringLiteral("booked"));
    QVERIFY(!log.first().toObject().value(QStringLiteral("workstation")).toString().isEmpty());
    QVERIFY(!r.out.contains(QStringLiteral("Mustermann")));
}

QTEST_GUILESS_MAIN(TestCliDesk)
#include "tst_cli_desk.moc"
