// Google sync with several desks (issue 14, docs/ARCHITECTURE.md §8): two desks, each with its
// own keychain (its own Secret Service), on one throwaway PostgreSQL cluster, against the fake
// Google server. Desk A connects the practitioner and runs `sync --follow` as a desk's window
// would; desk B books, asks for busy times, disconnects and reconnects with empfang-cli.
#include "cli_harness.h"
#include "desk_session.h"
#include "fake_google_process.h"
#include "postgres_cluster.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

#include <functional>
#include <memory>

using namespace empfang;
using namespace empfang::test;

namespace {

const QString kPid = QStringLiteral("1");

/// Waits up to `ms` for `condition`, looking every 100 ms.
bool eventually(const std::function<bool()> &condition, int ms = 20000)
{
    QElapsedTimer t;
    t.start();
    while (!condition()) {
        if (t.elapsed() > ms)
            return false;
        QTest::qWait(100);
    }
    return true;
}

} // namespace

class TstDesksGoogle : public QObject
{
    Q_OBJECT

    FakeGoogle m_fake;
    QString m_db;
    QDate m_day;
    std::unique_ptr<DeskSession> m_a;
    std::unique_ptr<DeskSession> m_b;

    DeskSession::Run at(DeskSession &desk, const QStringList &arguments)
    {
        return desk.run(QStringList{QStringLiteral("--db"), m_db} + arguments);
    }
    QJsonDocument jsonAt(DeskSession &desk, const QStringList &arguments)
    {
        const auto r = at(desk, QStringList{QStringLiteral("--json")} + arguments);
        return QJsonDocument::fromJson(r.out.toUtf8());
    }
    /// The practitioner connects at `desk`, the test playing the browser.
    bool connectAt(DeskSession &desk)
    {
        QProcess *p = desk.start({QStringLiteral("--db"), m_db, QStringLiteral("connect"),
                                  QStringLiteral("--practitioner"), kPid,
                                  QStringLiteral("--accept-privacy-notice")});
        while (!p->canReadLine() && p->state() == QProcess::Running)
            p->waitForReadyRead(15000);
        const QUrl url(QString::fromUtf8(p->readLine()).trimmed());
        if (!url.isValid())
            return false;
        m_fake.land(m_fake.authorize(url));
        if (!p->waitForFinished(60000) || p->exitCode() != 0) {
            qWarning() << p->readAllStandardError();
            return false;
        }
        return true;
    }
    /// Desk A's sync, as its window would run it.
    QProcess *follow(DeskSession &desk)
    {
        return desk.start(
            {QStringLiteral("--db"), m_db, QStringLiteral("sync"), QStringLiteral("--follow")});
    }
    DeskSession::Run bookAt(DeskSession &desk, const QTime &time)
    {
        return at(desk, {QStringLiteral("book"), QStringLiteral("--practitioner"), kPid,
                         QStringLiteral("--type"), QStringLiteral("1"), QStringLiteral("--start"),
                         iso(m_day, time), QStringLiteral("--patient"),
                         QStringLiteral("Patient %1").arg(time.toString(QStringLiteral("HHmm")))});
    }
    QJsonArray liveEvents() { return m_fake.liveEvents(); }
    /// Successful events.insert calls per event id.
    QJsonObject inserts() { return m_fake.get(QStringLiteral("/_fake/inserts")).object(); }
    QJsonObject statusAt(DeskSession &desk)
    {
        const QJsonArray all = jsonAt(desk, {QStringLiteral("status")}).array();
        return all.isEmpty() ? QJsonObject() : all.first().toObject();
    }
    bool revokedAtGoogle()
    {
        const QJsonArray tokens = m_fake.get(QStringLiteral("/_fake/log")).array();
        for (const QJsonValue &v : tokens) {
            if (v.toObject().value(QStringLiteral("path")).toString() == QLatin1String("/revoke"))
                return true;
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(PostgresCluster::shared().isRunning(),
                 qPrintable(PostgresCluster::shared().error()));
        QVERIFY(m_fake.start(QStringLiteral(EMPFANG_FAKE_GOOGLE)));
        m_fake.exportEnvironment(); // inherited by every desk's empfang-cli
        m_day = futureMonday();
    }
    void init()
    {
        m_fake.reset();
        m_db = PostgresCluster::shared().createDatabase();
        m_a = std::make_unique<DeskSession>(QStringLiteral("Empfang vorne"));
        m_b = std::make_unique<DeskSession>(QStringLiteral("Empfang hinten"));
        setUpPractice(CliHarness(m_db));
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY(connectAt(*m_a));
    }
    void cleanup()
    {
        m_a.reset();
        m_b.reset();
    }

    // Bookings made at B go out through A, each exactly once; B holds no token.
    void bookingsAtOtherDeskArriveOnce()
    {
        follow(*m_a);
        for (int h : {8, 9, 10}) {
            const auto r = bookAt(*m_b, QTime(h, 0));
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QVERIFY2(r.err.contains(QStringLiteral("Empfang vorne")), qPrintable(r.err));
        }
        QVERIFY2(eventually([this] { return liveEvents().size() == 3; }),
                 qPrintable(QString::number(liveEvents().size())));
        QTest::qWait(1000); // nothing more comes
        QCOMPARE(liveEvents().size(), 3);
        for (const QJsonValue &count : inserts())
            QCOMPARE(count.toInt(), 1);
        QVERIFY(!m_a->keychainEntry(1).isEmpty());
        QVERIFY(m_b->keychainEntry(1).isEmpty());
        const QJsonObject s = statusAt(*m_b);
        QCOMPARE(s.value(QStringLiteral("syncDesk")).toString(), QStringLiteral("Empfang vorne"));
        QCOMPARE(s.value(QStringLiteral("syncDeskIsThisDesk")).toBool(), false);
        QCOMPARE(s.value(QStringLiteral("syncDeskSilent")).toBool(), false);
        QVERIFY(eventually([&] { return statusAt(*m_b).value(QStringLiteral("waiting")) == 0; }));
        QVERIFY(!statusAt(*m_b).value(QStringLiteral("lastSync")).isNull());
    }

    // A killed with SIGKILL in the middle of sending, then started again: every booking is in
    // Google once — no write lost, none doubled.
    void killedSyncDeskRestartsWithoutDoubles()
    {
        for (int m = 0; m < 8; ++m) {
            const auto r = bookAt(*m_b, QTime(8, 0).addSecs(m * 30 * 60));
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        // Google answers slowly, so the kill lands while writes are under way.
        m_fake.fault({{QStringLiteral("endpoint"), QStringLiteral("*")},
                      {QStringLiteral("count"), 100},
                      {QStringLiteral("delay_ms"), 400}});
        QProcess *first = follow(*m_a);
        QVERIFY(eventually([this] { return liveEvents().size() >= 1; }));
        ::kill(pid_t(first->processId()), SIGKILL);
        first->waitForFinished(5000);
        const qsizetype beforeRestart = liveEvents().size();
        qInfo() << "events in Google when A was killed:" << beforeRestart;
        QVERIFY(beforeRestart < 8);
        m_fake.fault({{QStringLiteral("clear"), true}});
        follow(*m_a);
        QVERIFY2(eventually([this] { return liveEvents().size() == 8; }),
                 qPrintable(QString::number(liveEvents().size())));
        QTest::qWait(1000);
        QCOMPARE(liveEvents().size(), 8);
        QVERIFY(eventually([&] { return statusAt(*m_b).value(QStringLiteral("waiting")) == 0; }));
    }

    // Three syncs of the sync desk started at once (the window, a cron job, an admin) while
    // Google answers slowly: every write is requested from Google once — the claim in the
    // database, not the 409 of a repeated insert, keeps them apart.
    void concurrentSyncsSendEachWriteOnce()
    {
        for (int m = 0; m < 6; ++m) {
            const auto r = bookAt(*m_b, QTime(8, 0).addSecs(m * 30 * 60));
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        m_fake.fault({{QStringLiteral("endpoint"), QStringLiteral("events.insert")},
                      {QStringLiteral("count"), 100},
                      {QStringLiteral("delay_ms"), 300}});
        QList<QProcess *> syncs;
        for (int i = 0; i < 3; ++i)
            syncs << m_a->start({QStringLiteral("--db"), m_db, QStringLiteral("sync")});
        for (QProcess *p : std::as_const(syncs)) {
            QVERIFY(p->waitForFinished(60000));
            QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
        }
        int insertRequests = 0;
        for (const QJsonValue &v : m_fake.get(QStringLiteral("/_fake/log")).array()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("method")).toString() == QLatin1String("POST") &&
                o.value(QStringLiteral("path")).toString().endsWith(QLatin1String("/events")))
                ++insertRequests;
        }
        QCOMPARE(liveEvents().size(), 6);
        QCOMPARE(insertRequests, 6);
    }

    // On the shared database: three syncs at desk A store busy times (each on its background
    // connection, Google answering late) while desk B books four times at the same moment.
    // Every booking B was told about is stored, and every process ends cleanly.
    void bookingsBesideStoringBusyTimesAreAllKept()
    {
        m_fake.post(
            QStringLiteral("/_fake/events"),
            {{QStringLiteral("calendar"), QStringLiteral("primary")},
             {QStringLiteral("event"),
              QJsonObject{{QStringLiteral("summary"), QStringLiteral("Privat")},
                          {QStringLiteral("start"),
                           QJsonObject{{QStringLiteral("dateTime"), iso(m_day, QTime(12, 0))}}},
                          {QStringLiteral("end"),
                           QJsonObject{{QStringLiteral("dateTime"), iso(m_day, QTime(13, 0))}}}}}});
        m_fake.fault({{QStringLiteral("endpoint"), QStringLiteral("freeBusy")},
                      {QStringLiteral("count"), 100},
                      {QStringLiteral("delay_ms"), 300}});
        QList<QProcess *> syncs, bookings;
        for (int i = 0; i < 3; ++i)
            syncs << m_a->start({QStringLiteral("--db"), m_db, QStringLiteral("sync")});
        const QList<QTime> times{QTime(8, 0), QTime(8, 30), QTime(9, 0), QTime(9, 30)};
        for (const QTime &t : times)
            bookings << m_b->start(
                {QStringLiteral("--db"), m_db, QStringLiteral("book"),
                 QStringLiteral("--practitioner"), kPid, QStringLiteral("--type"),
                 QStringLiteral("1"), QStringLiteral("--start"), iso(m_day, t),
                 QStringLiteral("--patient"),
                 QStringLiteral("Patient %1").arg(t.toString(QStringLiteral("HHmm")))});
        for (QProcess *p : syncs + bookings) {
            QVERIFY(p->waitForFinished(60000));
            QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0,
                     p->readAllStandardError().constData());
        }
        const QString d = m_day.toString(Qt::ISODate);
        const QJsonArray stored =
            jsonAt(*m_b, {QStringLiteral("appointments"), QStringLiteral("--from"), d,
                          QStringLiteral("--to"), d})
                .array();
        QCOMPARE(stored.size(), times.size());
    }

    // Busy times in Google reach B's slots through A.
    void busyTimesReachOtherDesk()
    {
        follow(*m_a);
        m_fake.post(
            QStringLiteral("/_fake/events"),
            {{QStringLiteral("calendar"), QStringLiteral("primary")},
             {QStringLiteral("event"),
              QJsonObject{{QStringLiteral("summary"), QStringLiteral("Privat")},
                          {QStringLiteral("start"),
                           QJsonObject{{QStringLiteral("dateTime"), iso(m_day, QTime(10, 0))}}},
                          {QStringLiteral("end"),
                           QJsonObject{{QStringLiteral("dateTime"), iso(m_day, QTime(11, 0))}}}}}});
        const QString d = m_day.toString(Qt::ISODate);
        const QJsonArray offered =
            jsonAt(*m_b, {QStringLiteral("slots"), QStringLiteral("--practitioner"), kPid,
                          QStringLiteral("--type"), QStringLiteral("1"), QStringLiteral("--from"),
                          d, QStringLiteral("--to"), d})
                .array();
        QStringList starts;
        for (const QJsonValue &v : offered)
            starts << QDateTime::fromString(v.toObject().value(QStringLiteral("start")).toString(),
                                            Qt::ISODate)
                          .toTimeZone(berlin())
                          .time()
                          .toString(QStringLiteral("HH:mm"));
        QVERIFY2(starts.contains(QStringLiteral("09:00")), qPrintable(starts.join(u' ')));
        QVERIFY2(!starts.contains(QStringLiteral("10:00")), qPrintable(starts.join(u' ')));
        QVERIFY2(!starts.contains(QStringLiteral("10:30")), qPrintable(starts.join(u' ')));
        // Booking into the Google appointment is refused at B as well.
        const auto r = bookAt(*m_b, QTime(10, 0));
        QCOMPARE(r.exitCode, 1);
    }

    // Disconnect at B while A is not running: "getrennt" at once everywhere, nothing more is
    // written; A revokes and wipes its key when it starts.
    void disconnectAtOtherDeskRevokesWhenSyncDeskRuns()
    {
        // Booked while A is off: the write waits in the shared outbox.
        const auto booked = bookAt(*m_b, QTime(9, 0));
        QVERIFY2(booked.exitCode == 0, qPrintable(booked.err));
        const auto d =
            at(*m_b, {QStringLiteral("disconnect"), QStringLiteral("--practitioner"), kPid});
        QVERIFY2(d.exitCode == 0, qPrintable(d.err));
        QVERIFY2((d.out + d.err).contains(QStringLiteral("Empfang vorne")),
                 qPrintable(d.out + d.err));
        const QJsonObject s = statusAt(*m_b);
        QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("none"));
        QCOMPARE(s.value(QStringLiteral("revocationPendingAt")).toString(),
                 QStringLiteral("Empfang vorne"));
        const QJsonArray log = jsonAt(*m_b, {QStringLiteral("consent-log")}).array();
        QCOMPARE(log.last().toObject().value(QStringLiteral("action")).toString(),
                 QStringLiteral("withdrawn"));
        QCOMPARE(log.last().toObject().value(QStringLiteral("desk")).toString(),
                 QStringLiteral("Empfang hinten"));
        QVERIFY(!m_a->keychainEntry(1).isEmpty()); // A did not run yet
        QVERIFY(!revokedAtGoogle());

        follow(*m_a);
        QVERIFY(eventually([this] { return m_a->keychainEntry(1).isEmpty(); }));
        QVERIFY(revokedAtGoogle());
        QVERIFY(eventually(
            [&] { return statusAt(*m_b).value(QStringLiteral("revocationPendingAt")).isNull(); }));
        QTest::qWait(2000);
        QCOMPARE(liveEvents().size(), 0); // the waiting write never left after the withdrawal
    }

    // Connecting again at B makes B the sync desk; A, running, deletes its key at once and
    // stops sending; B's bookings arrive once.
    void connectingElsewhereMovesTheSyncDesk()
    {
        follow(*m_a);
        QVERIFY(connectAt(*m_b));
        QVERIFY(!m_b->keychainEntry(1).isEmpty());
        QVERIFY(eventually([this] { return m_a->keychainEntry(1).isEmpty(); }));
        QCOMPARE(statusAt(*m_a).value(QStringLiteral("syncDesk")).toString(),
                 QStringLiteral("Empfang hinten"));
        const QJsonArray log = jsonAt(*m_a, {QStringLiteral("consent-log")}).array();
        QCOMPARE(log.last().toObject().value(QStringLiteral("action")).toString(),
                 QStringLiteral("granted"));
        QCOMPARE(log.last().toObject().value(QStringLiteral("desk")).toString(),
                 QStringLiteral("Empfang hinten"));
        const auto r = bookAt(*m_b, QTime(11, 0));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(eventually([this] { return liveEvents().size() == 1; }));
        QTest::qWait(1000);
        QCOMPARE(liveEvents().size(), 1);
        for (const QJsonValue &count : inserts())
            QCOMPARE(count.toInt(), 1);
    }
};

QTEST_MAIN(TstDesksGoogle)
#include "tst_desks_google.moc"
