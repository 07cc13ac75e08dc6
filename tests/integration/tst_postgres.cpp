// Several desks on one PostgreSQL database (issue 13): real empfang-cli processes against a
// throwaway cluster (tests/support/postgres_cluster.h) — the address, the database refusing
// overlaps, live changes, moving a practice over with `db copy`, and a server that goes away.
#include "cli_harness.h"
#include "storage/appointment_repository.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace empfang;
using namespace empfang::test;

namespace {

QStringList a(const char *line)
{
    return QString::fromUtf8(line).split(u' ', Qt::SkipEmptyParts);
}

QStringList bookArgs(const QDate &day, const QTime &time, const QString &patient)
{
    return {QStringLiteral("book"),
            QStringLiteral("--practitioner"),
            QStringLiteral("1"),
            QStringLiteral("--type"),
            QStringLiteral("1"),
            QStringLiteral("--start"),
            iso(day, time),
            QStringLiteral("--patient"),
            patient};
}

} // namespace

class TestPostgres : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void firstUseCreatesTheSchema();
    void badAddressesAreRefused_data();
    void badAddressesAreRefused();
    void databaseRefusesOverlapBehindTheService();
    void watchSeesBookingFromAnotherProcess();
    void copyFromSqliteKeepsEverything();
    void backupIsAPortableSqliteCopy();
    void serverStoppedMidLoopLosesNothingConfirmed();

private:
    PostgresCluster &cluster() { return PostgresCluster::shared(); }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliHarness> m_cli;
};

void TestPostgres::initTestCase()
{
    QVERIFY2(cluster().isRunning(), qPrintable(cluster().error()));
}

void TestPostgres::init()
{
    if (!cluster().isRunning())
        QVERIFY2(cluster().start(), qPrintable(cluster().error()));
    m_dir = std::make_unique<QTemporaryDir>();
    m_cli = std::make_unique<CliHarness>(cluster().createDatabase());
}

void TestPostgres::firstUseCreatesTheSchema()
{
    setUpPractice(*m_cli);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_cli->scalar(QStringLiteral("SELECT version FROM schema_version")),
             QString::number(Database::latestVersion()));
    const auto check = m_cli->json(a("db check"));
    QCOMPARE(check.exitCode, 0);
    QCOMPARE(check.json().object().value(QStringLiteral("practitioners")).toInt(), 1);
    // Tokens never reach the shared database: there is no column that could hold one.
    QCOMPARE(m_cli->scalar(QStringLiteral(
                 "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'public' "
                 "AND (column_name LIKE '%token%' OR column_name LIKE '%secret%')")),
             QStringLiteral("0"));
}

void TestPostgres::badAddressesAreRefused_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    const QString socket = cluster().socketDir();
    QTest::newRow("missing database")
        << QStringLiteral("postgresql://postgres@/gibtsnicht?host=%1").arg(socket) << 1
        << QStringLiteral("gibt es auf dem Server");
    QTest::newRow("unknown user")
        << QStringLiteral("postgresql://niemand@/postgres?host=%1").arg(socket) << 1
        << QStringLiteral("niemand");
    QTest::newRow("server not running")
        << QStringLiteral("postgresql://postgres@/empfang?host=%1/nirgends").arg(socket) << 1
        << QStringLiteral("nicht erreichbar");
    QTest::newRow("no database name") << QStringLiteral("postgresql://postgres@localhost") << 1
                                      << QStringLiteral("keine Datenbank");
    QTest::newRow("unknown setting")
        << QStringLiteral("postgresql://postgres@/x?host=%1&sslmod=require").arg(socket) << 1
        << QStringLiteral("sslmod");
}

void TestPostgres::badAddressesAreRefused()
{
    QFETCH(QString, uri);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    const auto r = CliHarness(uri).run(a("patients"));
    QCOMPARE(r.exitCode, exitCode);
    verifyMessage(r);
    QVERIFY2(r.err.contains(says), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QLatin1String("FATAL")) && !r.err.contains(QLatin1String("psql")),
             qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestPostgres::databaseRefusesOverlapBehindTheService()
{
    setUpPractice(*m_cli);
    const QDate day = futureMonday();
    QCOMPARE(m_cli->run(bookArgs(day, QTime(9, 0), QStringLiteral("Erika Muster"))).exitCode, 0);
    // A writer that skips BookingService's rules (a bug, a script, an old version): the
    // server itself refuses, with our sentence, not its own.
    auto opened = Database::open(m_cli->dbPath());
    QVERIFY2(opened, qPrintable(opened.error()));
    AppointmentRepository repo(*opened.value());
    Appointment overlap;
    overlap.practitionerId = 1;
    overlap.typeId = 1;
    overlap.span = {QDateTime(day, QTime(9, 15), berlin()).toMSecsSinceEpoch(),
                    QDateTime(day, QTime(9, 45), berlin()).toMSecsSinceEpoch()};
    overlap.createdMs = overlap.updatedMs = QDateTime::currentMSecsSinceEpoch();
    auto inserted = repo.insert(overlap);
    QVERIFY(!inserted);
    QCOMPARE(inserted.error(), StorageFaults::message(StorageFault::Taken));
    QCOMPARE(opened.value()->lastFault(), StorageFault::Taken);
    // Another practitioner or a cancelled appointment at that time is fine.
    QCOMPARE(m_cli->scalar(QStringLiteral("SELECT count(*) FROM appointments")),
             QStringLiteral("1"));
}

void TestPostgres::watchSeesBookingFromAnotherProcess()
{
    setUpPractice(*m_cli);
    QProcess watch;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("EMPFANG_LANGUAGE"), QStringLiteral("de"));
    watch.setProcessEnvironment(env);
    watch.start(QStringLiteral(EMPFANG_CLI), {QStringLiteral("--db"), m_cli->dbPath(),
                                              QStringLiteral("--json"), QStringLiteral("watch")});
    QVERIFY(watch.waitForStarted());
    QTest::qWait(1000); // listening
    const QDate day = futureMonday();
    QElapsedTimer sinceBooked;
    const auto booked = m_cli->json(bookArgs(day, QTime(10, 0), QStringLiteral("Erika Muster")));
    QCOMPARE(booked.exitCode, 0);
    sinceBooked.start();
    const qint64 id = booked.json().object().value(QStringLiteral("id")).toInteger();
    QByteArray lines;
    QJsonObject seen;
    while (sinceBooked.elapsed() < 5000 && seen.isEmpty()) {
        watch.waitForReadyRead(200);
        lines += watch.readAllStandardOutput();
        for (const QByteArray &line : lines.split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value(QStringLiteral("change")) == QLatin1String("appointment") &&
                o.value(QStringLiteral("id")).toInteger() == id)
                seen = o;
        }
    }
    const qint64 latency = sinceBooked.elapsed();
    watch.kill();
    watch.waitForFinished();
    QVERIFY2(!seen.isEmpty(), lines.constData());
    QCOMPARE(seen.value(QStringLiteral("practitioner")).toInteger(), 1);
    QCOMPARE(seen.value(QStringLiteral("start")).toString(), iso(day, QTime(10, 0)));
    qInfo("watch saw the booking %lld ms after the booking process ended", latency);
}

void TestPostgres::copyFromSqliteKeepsEverything()
{
    CliHarness sqlite(m_dir->filePath(QStringLiteral("praxis.sqlite")));
    setUpPractice(sqlite);
    if (QTest::currentTestFailed())
        return;
    const QDate day = futureMonday();
    for (int i = 0; i < 6; ++i)
        QCOMPARE(sqlite
                     .run(bookArgs(day, QTime(8, 0).addSecs(i * 1800),
                                   QStringLiteral("Patient%1 Test").arg(i)))
                     .exitCode,
                 0);
    QCOMPARE(
        sqlite.run({QStringLiteral("cancel"), QStringLiteral("--appointment"), QStringLiteral("3")})
            .exitCode,
        0);
    const auto copied = sqlite.json(
        {QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--to"), m_cli->dbPath()});
    QVERIFY2(copied.exitCode == 0, qPrintable(copied.err));
    const QStringList list = {QStringLiteral("appointments"), QStringLiteral("--from"),
                              day.toString(Qt::ISODate), QStringLiteral("--to"),
                              day.toString(Qt::ISODate)};
    const QStringList freeArgs = {QStringLiteral("slots"),
                                  QStringLiteral("--practitioner"),
                                  QStringLiteral("1"),
                                  QStringLiteral("--type"),
                                  QStringLiteral("1"),
                                  QStringLiteral("--from"),
                                  day.toString(Qt::ISODate),
                                  QStringLiteral("--to"),
                                  day.addDays(4).toString(Qt::ISODate)};
    const auto listed = sqlite.json(list);
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.json().array().size(), 6);
    QCOMPARE(m_cli->json(list).out, listed.out);
    const auto free = sqlite.json(freeArgs);
    QCOMPARE(free.exitCode, 0);
    QVERIFY(!free.json().array().isEmpty());
    QCOMPARE(m_cli->json(freeArgs).out, free.out);
    QCOMPARE(m_cli->scalar(QStringLiteral("SELECT database_id FROM sync_meta")),
             sqlite.scalar(QStringLiteral("SELECT database_id FROM sync_meta")));
    // The next booking gets a new id, not one the copy brought along.
    const auto next = m_cli->json(bookArgs(day, QTime(11, 0), QStringLiteral("Neu Patientin")));
    QVERIFY2(next.exitCode == 0, qPrintable(next.err));
    QCOMPARE(next.json().object().value(QStringLiteral("id")).toInteger(), 7);
    // Copying again into a database with data is refused and changes nothing.
    const QString before = m_cli->dump();
    const auto again = sqlite.run(
        {QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--to"), m_cli->dbPath()});
    QCOMPARE(again.exitCode, 1);
    verifyMessage(again);
    QCOMPARE(m_cli->dump(), before);
}

void TestPostgres::backupIsAPortableSqliteCopy()
{
    setUpPractice(*m_cli);
    const QDate day = futureMonday();
    QCOMPARE(m_cli->run(bookArgs(day, QTime(9, 0), QStringLiteral("Erika Muster"))).exitCode, 0);
    const QString file = m_dir->filePath(QStringLiteral("sicherung.sqlite"));
    const auto backup = m_cli->json(
        {QStringLiteral("db"), QStringLiteral("backup"), QStringLiteral("--out"), file});
    QVERIFY2(backup.exitCode == 0, qPrintable(backup.err));
    QCOMPARE(backup.json().object().value(QStringLiteral("appointments")).toInt(), 1);
    const QStringList list = {QStringLiteral("appointments"), QStringLiteral("--from"),
                              day.toString(Qt::ISODate), QStringLiteral("--to"),
                              day.toString(Qt::ISODate)};
    const auto listed = m_cli->json(list);
    QCOMPARE(listed.json().array().size(), 1);
    QCOMPARE(CliHarness(file).json(list).out, listed.out);
    // And back into a new, empty PostgreSQL database.
    CliHarness restored(cluster().createDatabase());
    const auto back = CliHarness(file).run(
        {QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--to"), restored.dbPath()});
    QVERIFY2(back.exitCode == 0, qPrintable(back.err));
    QCOMPARE(restored.json(list).out, m_cli->json(list).out);
}

void TestPostgres::serverStoppedMidLoopLosesNothingConfirmed()
{
    setUpPractice(*m_cli);
    const QDate day = futureMonday();
    QHash<qint64, QString> confirmed;
    int refused = 0;
    bool stopped = false;
    for (int i = 0; i < 40; ++i) {
        const QTime time = QTime(8, 0).addSecs((i % 8) * 1800);
        const QDate d = day.addDays(i / 8);
        QProcess p;
        p.start(QStringLiteral(EMPFANG_CLI),
                QStringList{QStringLiteral("--db"), m_cli->dbPath(), QStringLiteral("--json")} +
                    bookArgs(d, time, QStringLiteral("Patient%1 Test").arg(i)));
        QVERIFY(p.waitForStarted());
        if (i == 20) {
            // The server dies as on a power cut while this booking is under way.
            QVERIFY(cluster().stop(QStringLiteral("immediate")));
            stopped = true;
        }
        QVERIFY(p.waitForFinished(60000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        if (p.exitCode() == 0) {
            const auto o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
            confirmed.insert(o.value(QStringLiteral("id")).toInteger(), iso(d, time));
        } else {
            ++refused;
            QCOMPARE(p.exitCode(), 1);
            QVERIFY2(!err.contains(QLatin1String("QPSQL")) && !err.contains(QLatin1String("FATAL")),
                     qPrintable(err));
        }
        if (stopped && i == 25) {
            QVERIFY2(cluster().start(), qPrintable(cluster().error()));
            stopped = false;
        }
    }
    QVERIFY(!stopped);
    QVERIFY2(refused >= 4, "bookings while the server was down must be refused");
    const auto list = m_cli->json({QStringLiteral("appointments"), QStringLiteral("--from"),
                                   day.toString(Qt::ISODate), QStringLiteral("--to"),
                                   day.addDays(6).toString(Qt::ISODate)});
    QCOMPARE(list.exitCode, 0);
    QHash<qint64, QString> stored;
    for (const QJsonValue &v : list.json().array())
        stored.insert(v[QStringLiteral("id")].toInteger(), v[QStringLiteral("start")].toString());
    for (auto it = confirmed.cbegin(); it != confirmed.cend(); ++it)
        QVERIFY2(stored.value(it.key()) == it.value(),
                 qPrintable(QStringLiteral("confirmed booking %1 lost").arg(it.key())));
    qInfo("%lld confirmed, %d refused while the server was down", qint64(confirmed.size()),
          refused);
}

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"
