// empfang-cli generate-demo as a black box: a realistic practice, the same one for the same seed,
// never into a database that holds anything, and only once when two processes race for a file.
#include "cli_harness.h"

#include <QFile>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace empfang::test;

namespace {

QString scalar(const QString &dbPath, const QString &statement)
{
    const QString name = QUuid::createUuid().toString();
    QString value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dbPath);
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

qint64 count(const QString &dbPath, const QString &statement)
{
    return scalar(dbPath, statement).toLongLong();
}

// The dump without the random per-database id, which is not part of the generated practice.
QString practiceDump(const CliHarness &cli)
{
    QString text = cli.dump();
    const qsizetype at = text.indexOf(QLatin1String("[sync_meta]\n"));
    if (at >= 0) {
        const qsizetype end = text.indexOf(u'[', at + 12);
        text.remove(at, (end < 0 ? text.size() : end) - at);
    }
    return text;
}

QStringList generate(int practitioners, int appointments, int seed)
{
    return {QStringLiteral("generate-demo"),
            QStringLiteral("--practitioners"),
            QString::number(practitioners),
            QStringLiteral("--appointments"),
            QString::number(appointments),
            QStringLiteral("--years"),
            QStringLiteral("2"),
            QStringLiteral("--seed"),
            QString::number(seed)};
}

} // namespace

class TestCliGenerateDemo : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void generatesRealisticPractice()
    {
        CliHarness cli(m_dir.filePath(QStringLiteral("demo.db")));
        auto r = cli.json(generate(4, 3000, 7));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(QStringLiteral("practitioners")).toInt(), 4);
        QCOMPARE(o.value(QStringLiteral("appointments")).toInt(), 3000);
        QCOMPARE(o.value(QStringLiteral("patients")).toInt(), 375);
        const QString db = cli.dbPath();
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM appointments")), 3000);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM patients")), 375);
        QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM working_hours")) >= 4 * 5);
        QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM absences")) >= 4 * 2);

        // Past: mostly completed, some cancelled or missed, nothing still "booked"; future: booked.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 dayMs = 24LL * 3600 * 1000;
        const QString past = QStringLiteral("SELECT COUNT(*) FROM appointments WHERE end_ms < %1 "
                                            "AND status = '%2'");
        const qint64 completed = count(db, past.arg(now - dayMs).arg(QLatin1String("completed")));
        const qint64 cancelled = count(db, past.arg(now - dayMs).arg(QLatin1String("cancelled")));
        const qint64 noShow = count(db, past.arg(now - dayMs).arg(QLatin1String("no_show")));
        QCOMPARE(count(db, past.arg(now - dayMs).arg(QLatin1String("booked"))), 0);
        QVERIFY2(completed > 8 * (cancelled + noShow) && cancelled > 0 && noShow > 0,
                 qPrintable(QStringLiteral("%1 %2 %3").arg(completed).arg(cancelled).arg(noShow)));
        const qint64 futureBooked =
            count(db, QStringLiteral("SELECT COUNT(*) FROM appointments WHERE start_ms > %1 AND "
                                     "status = 'booked'")
                          .arg(now + dayMs));
        QVERIFY2(futureBooked > 50, qPrintable(QString::number(futureBooked)));
        QVERIFY(count(db, QStringLiteral("SELECT MAX(start_ms) FROM appointments")) <
                now + 95 * dayMs);
        QVERIFY(count(db, QStringLiteral("SELECT MIN(start_ms) FROM appointments")) >
                now - (2 * 366 + 2) * dayMs);

        // What the booking rules would allow: no two booked appointments of a practitioner
        // overlap with their buffers, and each lies on a working day.
        QCOMPARE(
            count(db, QStringLiteral("SELECT COUNT(*) FROM appointments a JOIN appointments b "
                                     "ON a.practitioner_id = b.practitioner_id AND a.id < b.id "
                                     "JOIN appointment_types ta ON ta.id = a.type_id "
                                     "JOIN appointment_types tb ON tb.id = b.type_id "
                                     "WHERE a.start_ms - ta.buffer_before * 60000 < "
                                     "b.end_ms + tb.buffer_after * 60000 "
                                     "AND b.start_ms - tb.buffer_before * 60000 < "
                                     "a.end_ms + ta.buffer_after * 60000")),
            0);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM appointments WHERE "
                                          "strftime('%w', start_ms / 1000, 'unixepoch') IN "
                                          "('0', '6')")),
                 0);
        // The generated calendar still has room: a next free slot is found.
        auto next =
            cli.json({QStringLiteral("next-free"), QStringLiteral("--type"), QStringLiteral("1")});
        QVERIFY2(next.exitCode == 0, qPrintable(next.err));
    }

    void sameSeedSamePractice()
    {
        CliHarness a(m_dir.filePath(QStringLiteral("a.db")));
        CliHarness b(m_dir.filePath(QStringLiteral("b.db")));
        CliHarness c(m_dir.filePath(QStringLiteral("c.db")));
        QCOMPARE(a.run(generate(3, 1500, 42)).exitCode, 0);
        QCOMPARE(b.run(generate(3, 1500, 42)).exitCode, 0);
        QCOMPARE(c.run(generate(3, 1500, 43)).exitCode, 0);
        const QString dumpA = practiceDump(a);
        QVERIFY(dumpA.size() > 50000);
        QCOMPARE(practiceDump(b), dumpA);
        QVERIFY(practiceDump(c) != dumpA);
    }

    void refusesNonEmptyDatabase()
    {
        CliHarness cli(m_dir.filePath(QStringLiteral("used.db")));
        setUpPractice(cli);
        QVERIFY(!QTest::currentTestFailed());
        const QString before = cli.dump();
        auto r = cli.run(generate(2, 100, 1));
        QCOMPARE(r.exitCode, 1);
        verifyMessage(r);
        QVERIFY2(r.err.contains(QStringLiteral("nicht leer")), qPrintable(r.err));
        QCOMPARE(cli.dump(), before);

        // A second run over a generated practice is refused as well.
        CliHarness demo(m_dir.filePath(QStringLiteral("twice.db")));
        QCOMPARE(demo.run(generate(2, 100, 1)).exitCode, 0);
        const QString generated = demo.dump();
        QCOMPARE(demo.run(generate(2, 100, 2)).exitCode, 1);
        QCOMPARE(demo.dump(), generated);
    }

    void twoProcessesFillOnce()
    {
        const QString path = m_dir.filePath(QStringLiteral("race.db"));
        // Three processes on a file that does not exist yet: one creates it (O_EXCL), all three
        // open it, one fills it. No second connection props the -wal/-shm up: since issue 9 no
        // starting process removes another's.
        QList<QProcess *> processes;
        for (int i = 0; i < 3; ++i) {
            auto *p = new QProcess(this);
            p->start(QStringLiteral(EMPFANG_CLI),
                     QStringList{QStringLiteral("--db"), path} + generate(3, 4000, i + 1));
            processes << p;
        }
        int done = 0;
        int refused = 0;
        QString outputs;
        for (QProcess *p : std::as_const(processes)) {
            QVERIFY(p->waitForFinished(120000));
            QCOMPARE(p->exitStatus(), QProcess::NormalExit);
            if (p->exitCode() == 0)
                ++done;
            else if (p->exitCode() == 1)
                ++refused;
            outputs += QStringLiteral("exit %1: %2\n")
                           .arg(p->exitCode())
                           .arg(QString::fromUtf8(p->readAllStandardError()));
            delete p;
        }
        QVERIFY2(done == 1 && refused == 2, qPrintable(outputs));
        QCOMPARE(count(path, QStringLiteral("SELECT COUNT(*) FROM appointments")), 4000);
        QCOMPARE(count(path, QStringLiteral("SELECT COUNT(*) FROM practitioners")), 3);
    }

    void badNumbersChangeNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no practitioners") << generate(0, 100, 1);
        QTest::newRow("negative appointments") << generate(2, -5, 1);
        QTest::newRow("text") << QStringList{
            QStringLiteral("generate-demo"), QStringLiteral("--practitioners"),
            QStringLiteral("zwanzig"), QStringLiteral("--appointments"), QStringLiteral("100")};
        QTest::newRow("more than fit") << generate(1, 100000, 1);
    }

    void badNumbersChangeNothing()
    {
        QFETCH(QStringList, args);
        const QString path = m_dir.filePath(QStringLiteral("bad.db"));
        QFile::remove(path);
        CliHarness cli(path);
        auto r = cli.run(args);
        QVERIFY(r.exitCode == 1 || r.exitCode == 2);
        verifyMessage(r);
        QVERIFY2(!QFile::exists(path), "a refused command left a database file behind");
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCliGenerateDemo)
#include "tst_cli_generate_demo.moc"
