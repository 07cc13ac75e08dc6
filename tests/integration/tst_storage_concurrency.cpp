// What Empfang confirms is stored — with several real empfang-cli processes on one SQLite file
// at the same moment, and with the GUI's BookingService in this process beside them. Each test
// compares the bookings the processes confirmed (exit 0 + id) with what the file holds after.
#include "booking/availability_service.h"
#include "booking/booking_service.h"
#include "cli_harness.h"
#include "domain/clock.h"
#include "storage/database.h"

#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

using namespace empfang;
using namespace empfang::test;

namespace {

/// One empfang-cli process started but not yet waited for, so that many run at once.
struct Started
{
    std::unique_ptr<QProcess> process;
    QString start; // the requested start, practice time
};

QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("EMPFANG_DB"));
    env.insert(QStringLiteral("EMPFANG_LANGUAGE"), QStringLiteral("de"));
    return env;
}

std::unique_ptr<QProcess> startCli(const QString &db, const QStringList &args)
{
    auto p = std::make_unique<QProcess>();
    p->setProcessEnvironment(cliEnvironment());
    p->start(QStringLiteral(EMPFANG_CLI), QStringList{QStringLiteral("--db"), db} + args);
    return p;
}

QStringList bookArgs(int practitioner, const QString &start, const QString &patient)
{
    return {QStringLiteral("--json"),         QStringLiteral("book"),
            QStringLiteral("--practitioner"), QString::number(practitioner),
            QStringLiteral("--type"),         QStringLiteral("1"),
            QStringLiteral("--start"),        start,
            QStringLiteral("--patient"),      patient};
}

/// The booked appointments in the file, by id → "practitioner@start_ms", read on a fresh
/// connection of this process (what any desk would see next).
QHash<qint64, QString> storedBookings(const QString &path)
{
    QHash<qint64, QString> rows;
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = testConnection(path, name, false);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT id, practitioner_id, start_ms FROM appointments "
                                  "WHERE status = 'booked'"));
            while (q.next())
                rows.insert(q.value(0).toLongLong(),
                            q.value(1).toString() + u'@' + q.value(2).toString());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

/// SQLite: its integrity check of the file. PostgreSQL checks its own pages; there "ok" means
/// that no two booked appointments of one practitioner overlap in what the server stored.
QString integrity(const QString &path)
{
    QString result;
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = testConnection(path, name, false);
        if (db.open()) {
            QSqlQuery q(db);
            const QString check =
                onPostgres()
                    ? QStringLiteral("SELECT CASE count(*) WHEN 0 THEN 'ok' ELSE count(*) || "
                                     "' overlaps' END FROM appointments a JOIN appointments b "
                                     "ON a.practitioner_id = b.practitioner_id AND a.id < b.id "
                                     "AND a.status = 'booked' AND b.status = 'booked' "
                                     "AND a.start_ms < b.end_ms AND b.start_ms < a.end_ms")
                    : QStringLiteral("PRAGMA integrity_check");
            if (q.exec(check) && q.next())
                result = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

/// Working hours 07:00–19:00 Mon–Fri for `practitioners` practitioners, type 1 = 30 minutes.
void setUpLargePractice(const CliHarness &cli, int practitioners)
{
    setUpPractice(cli);
    if (QTest::currentTestFailed())
        return;
    for (int p = 2; p <= practitioners; ++p) {
        auto r = cli.run({QStringLiteral("practitioner"), QStringLiteral("add"),
                          QStringLiteral("--name"), QStringLiteral("Behandler %1").arg(p)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
    for (int p = 1; p <= practitioners; ++p) {
        for (int weekday = 1; weekday <= 5; ++weekday) {
            auto h = cli.run({QStringLiteral("hours"), QStringLiteral("set"),
                              QStringLiteral("--practitioner"), QString::number(p),
                              QStringLiteral("--weekday"), QString::number(weekday),
                              QStringLiteral("--from"), QStringLiteral("07:00"),
                              QStringLiteral("--to"), QStringLiteral("19:00")});
            QVERIFY2(h.exitCode == 0, qPrintable(h.err));
        }
    }
}

/// The n-th half-hour slot from futureMonday 07:00 on, skipping weekends: "2027-01-04T07:30".
QString nthSlot(int n)
{
    constexpr int perDay = 24; // 07:00–19:00 in 30-minute steps
    QDate day = futureMonday();
    for (int skip = n / perDay; skip > 0; --skip) {
        day = day.addDays(1);
        while (day.dayOfWeek() > 5)
            day = day.addDays(1);
    }
    const QTime time = QTime(7, 0).addSecs((n % perDay) * 30 * 60);
    return day.toString(Qt::ISODate) + u'T' + time.toString(QStringLiteral("HH:mm"));
}

qint64 slotMs(const QString &start)
{
    return QDateTime(QDate::fromString(start.left(10), Qt::ISODate),
                     QTime::fromString(start.mid(11), QStringLiteral("HH:mm")), berlin())
        .toMSecsSinceEpoch();
}

} // namespace

class TestStorageConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void sameSlotManyProcesses_data();
    void sameSlotManyProcesses();
    void bookerBesideLister();
    void inProcessServiceBesideCli();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliHarness> m_cli;
};

void TestStorageConcurrency::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_cli = std::make_unique<CliHarness>(newDatabase(*m_dir, QStringLiteral("praxis.sqlite")));
}

void TestStorageConcurrency::sameSlotManyProcesses_data()
{
    QTest::addColumn<int>("processes");
    QTest::newRow("8 processes") << 8;
    QTest::newRow("16 processes") << 16;
}

// (a) N desks press "Buchen" on the same slot at the same moment, 20 times: each time exactly
// one is told "gebucht", the others are refused, and the file holds exactly that one booking.
void TestStorageConcurrency::sameSlotManyProcesses()
{
    QFETCH(int, processes);
    setUpLargePractice(*m_cli, 1);
    if (QTest::currentTestFailed())
        return;
    constexpr int rounds = 20;
    QSet<qint64> confirmed;
    for (int round = 0; round < rounds; ++round) {
        const QString start = nthSlot(round);
        std::vector<std::unique_ptr<QProcess>> running;
        for (int i = 0; i < processes; ++i)
            running.push_back(
                startCli(m_cli->dbPath(), bookArgs(1, start, QStringLiteral("Patient %1").arg(i))));
        int ok = 0;
        for (auto &p : running) {
            QVERIFY2(p->waitForFinished(60000), "empfang-cli hung");
            QCOMPARE(p->exitStatus(), QProcess::NormalExit);
            const QString err = QString::fromUtf8(p->readAllStandardError());
            if (p->exitCode() == 0) {
                ++ok;
                const auto doc = QJsonDocument::fromJson(p->readAllStandardOutput());
                confirmed.insert(doc.object().value(QStringLiteral("id")).toInteger());
            } else {
                QVERIFY2(p->exitCode() == 1, qPrintable(err));
                verifyMessage(CliRun{p->exitCode(), QString(), err});
            }
        }
        QVERIFY2(
            ok == 1,
            qPrintable(
                QStringLiteral("round %1: %2 processes confirmed the slot").arg(round).arg(ok)));
        const auto stored = storedBookings(m_cli->dbPath());
        const QString key = QStringLiteral("1@%1").arg(slotMs(start));
        QVERIFY2(stored.keys(key).size() == 1,
                 qPrintable(QStringLiteral("round %1: %2 stored bookings for the slot")
                                .arg(round)
                                .arg(stored.keys(key).size())));
    }
    const auto stored = storedBookings(m_cli->dbPath());
    QCOMPARE(stored.size(), rounds);
    for (qint64 id : confirmed)
        QVERIFY2(stored.contains(id), qPrintable(QStringLiteral("confirmed %1 lost").arg(id)));
    QCOMPARE(integrity(m_cli->dbPath()), QStringLiteral("ok"));
}

// (b) One desk books 200 appointments one after another while another keeps listing slots and
// appointments: every confirmed booking is in the file afterwards.
void TestStorageConcurrency::bookerBesideLister()
{
    setUpLargePractice(*m_cli, 1);
    if (QTest::currentTestFailed())
        return;
    constexpr int bookings = 200;
    const QString from = futureMonday().toString(Qt::ISODate);
    const QString to = futureMonday().addDays(14).toString(Qt::ISODate);
    const QList<QStringList> listings = {{QStringLiteral("slots"), QStringLiteral("--practitioner"),
                                          QStringLiteral("1"), QStringLiteral("--type"),
                                          QStringLiteral("1"), QStringLiteral("--from"), from,
                                          QStringLiteral("--to"), to},
                                         {QStringLiteral("appointments"), QStringLiteral("--from"),
                                          from, QStringLiteral("--to"), to},
                                         {QStringLiteral("practitioner"), QStringLiteral("list")}};
    std::unique_ptr<QProcess> lister;
    int listed = 0;
    QHash<qint64, QString> confirmed;
    for (int n = 0; n < bookings; ++n) {
        // waitForFinished(0) polls: without an event loop, state() would never change.
        if (!lister || lister->state() == QProcess::NotRunning || lister->waitForFinished(0)) {
            if (lister)
                QVERIFY2(lister->exitCode() == 0, lister->readAllStandardError().constData());
            lister = startCli(m_cli->dbPath(), listings.at(listed++ % listings.size()));
        }
        const QString start = nthSlot(n);
        auto booked = m_cli->run(bookArgs(1, start, QStringLiteral("Patient %1").arg(n)));
        QVERIFY2(booked.exitCode == 0, qPrintable(start + u' ' + booked.err));
        confirmed.insert(booked.json().object().value(QStringLiteral("id")).toInteger(),
                         QStringLiteral("1@%1").arg(slotMs(start)));
    }
    QVERIFY(lister->waitForFinished(60000));
    QVERIFY2(listed > 10, "the lister hardly ran beside the booker");
    const auto stored = storedBookings(m_cli->dbPath());
    int lost = 0;
    for (auto it = confirmed.cbegin(); it != confirmed.cend(); ++it)
        lost += stored.value(it.key()) == it.value() ? 0 : 1;
    QVERIFY2(lost == 0, qPrintable(QStringLiteral("%1 of %2 confirmed bookings lost (%3 listings)")
                                       .arg(lost)
                                       .arg(bookings)
                                       .arg(listed)));
    QCOMPARE(stored.size(), bookings);
    QCOMPARE(integrity(m_cli->dbPath()), QStringLiteral("ok"));
}

// (c) The GUI's BookingService in this process and empfang-cli processes on the same file at the
// same time, on different practitioners: while the CLI processes book, windows of this process
// open the database (with everything opening does), book one appointment and close again.
// Every booking either side confirmed is stored.
void TestStorageConcurrency::inProcessServiceBesideCli()
{
    setUpLargePractice(*m_cli, 2);
    if (QTest::currentTestFailed())
        return;
    const Clock clock;
    constexpr int batches = 25;
    constexpr int perBatch = 4;
    QHash<qint64, QString> confirmed;
    int guiSlot = 0;
    for (int batch = 0; batch < batches; ++batch) {
        // Practitioner 1 is booked by CLI processes, practitioner 2 by the in-process service.
        std::vector<Started> cli;
        for (int i = 0; i < perBatch; ++i) {
            const QString start = nthSlot(batch * perBatch + i);
            cli.push_back(Started{
                startCli(m_cli->dbPath(), bookArgs(1, start, QStringLiteral("CLI %1").arg(i))),
                start});
        }
        const auto cliRunning = [&cli] {
            return std::any_of(cli.begin(), cli.end(), [](const Started &s) {
                return s.process->state() != QProcess::NotRunning && !s.process->waitForFinished(0);
            });
        };
        int inBatch = 0;
        while (inBatch < 2 || (cliRunning() && inBatch < 40)) {
            auto opened = Database::open(m_cli->dbPath());
            QVERIFY2(opened, qPrintable(opened.error()));
            AvailabilityService availability(*opened.value(), clock);
            BookingService booking(*opened.value(), availability);
            const QString start = nthSlot(guiSlot++);
            BookingRequest request;
            request.practitionerId = 2;
            request.typeId = 1;
            request.startMs = slotMs(start);
            request.newPatientName = QStringLiteral("GUI %1").arg(guiSlot);
            auto id = booking.book(request);
            QVERIFY2(id, qPrintable(id.error()));
            confirmed.insert(id.value().id, QStringLiteral("2@%1").arg(slotMs(start)));
            ++inBatch;
        }
        for (Started &s : cli) {
            QVERIFY(s.process->state() == QProcess::NotRunning ||
                    s.process->waitForFinished(60000));
            QVERIFY2(s.process->exitCode() == 0, s.process->readAllStandardError().constData());
            const auto doc = QJsonDocument::fromJson(s.process->readAllStandardOutput());
            confirmed.insert(doc.object().value(QStringLiteral("id")).toInteger(),
                             QStringLiteral("1@%1").arg(slotMs(s.start)));
        }
    }
    const auto stored = storedBookings(m_cli->dbPath());
    int lost = 0;
    for (auto it = confirmed.cbegin(); it != confirmed.cend(); ++it)
        lost += stored.value(it.key()) == it.value() ? 0 : 1;
    QVERIFY2(
        lost == 0,
        qPrintable(
            QStringLiteral("%1 of %2 confirmed bookings lost").arg(lost).arg(confirmed.size())));
    QCOMPARE(stored.size(), confirmed.size());
    QCOMPARE(integrity(m_cli->dbPath()), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestStorageConcurrency)
#include "tst_storage_concurrency.moc"
