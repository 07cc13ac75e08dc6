// The outbox sends independent appointments to Google together (issue 11): with 300 ms latency
// on every request, six bookings are in flight at once instead of one after another, and one
// appointment's writes still go out one by one, so Google ends up exactly as Empfang. The busy
// times of many Google accounts, and the access tokens fetched before them, go out on a few
// connections more than Qt's six per server (NetworkLanes): 18 at once, not more.
#include "google/network_lanes.h"
#include "sync_fixture.h"

#include <algorithm>

using namespace empfang;
using test::SyncFixture;

class TstSyncParallel : public test::SyncTestCase
{
    Q_OBJECT
    static constexpr int kLatencyMs = 300;

    QList<double> arrivals(const QString &endpoint)
    {
        QList<double> at;
        for (const QJsonObject &r : m_fake.requests(endpoint))
            at << r.value(QLatin1String("at")).toDouble() * 1000.0;
        std::sort(at.begin(), at.end());
        return at;
    }

    // 24 practitioners more, each with a Google account of their own (and a calendar of their
    // own in the fake's one account), and Dr. Weber: 25 freeBusy requests, each with its own
    // token.
    static constexpr int kAccounts = 25;
    static constexpr int kAtOnce = NetworkLanes::kConnectionsPerLane * NetworkLanes::kMaxLanes;
    static_assert(kAccounts > kAtOnce);
    void connectManyAccounts()
    {
        for (int i = 1; i < kAccounts; ++i) {
            const QString calendar = QStringLiteral("c_konto%1@group.calendar.google.com").arg(i);
            m_fake.post(QStringLiteral("/_fake/calendars"), {{QStringLiteral("id"), calendar}});
            const qint64 pid = f->practitioner(QStringLiteral("Dr. Konto %1").arg(i), {calendar});
            GoogleConnection c = GoogleConnectionRepository(*f->t.db).find(pid).value();
            c.googleAccount = QStringLiteral("praxis%1@gmail.com").arg(i);
            QVERIFY(GoogleConnectionRepository(*f->t.db).save(c));
        }
    }
    // The first `kAtOnce` requests arrived within a fraction of the latency (Qt alone sends six
    // at a time: the seventh would arrive one latency after the first), the next one only after
    // an answer (not more than the bound).
    static void verifyBounded(const QList<double> &at)
    {
        QVERIFY2(at.at(kAtOnce - 1) - at.first() < 0.6 * kLatencyMs,
                 qPrintable(QStringLiteral("the first %1 requests spread over %2 ms")
                                .arg(kAtOnce)
                                .arg(at.at(kAtOnce - 1) - at.first())));
        QVERIFY2(at.at(kAtOnce) - at.first() >= 0.9 * kLatencyMs,
                 qPrintable(QStringLiteral("request %1 came %2 ms after the first")
                                .arg(kAtOnce + 1)
                                .arg(at.at(kAtOnce) - at.first())));
    }

private slots:
    void independentBookingsAreInFlightTogether()
    {
        QList<qint64> ids;
        for (int i = 0; i < 6; ++i) {
            auto a = f->book(weber, SyncFixture::at(1, QTime(8 + i, 0)));
            QVERIFY2(a, qPrintable(a.error()));
            ids << a->id;
        }
        m_fake.fault({{QStringLiteral("endpoint"), QStringLiteral("*")},
                      {QStringLiteral("count"), 1000},
                      {QStringLiteral("delay_ms"), kLatencyMs}});
        QVERIFY(f->drain(30000));
        QCOMPARE(f->liveEvents().size(), 6);
        for (qint64 id : ids)
            QCOMPARE(f->state(id), SyncState::Synced);
        // One after another, the sixth insert would arrive at least 5 × 300 ms after the first.
        const QList<double> at = arrivals(QStringLiteral("events.insert"));
        QCOMPARE(at.size(), 6);
        QVERIFY2(
            at.last() - at.first() < 2.5 * kLatencyMs,
            qPrintable(QStringLiteral("inserts spread over %1 ms").arg(at.last() - at.first())));
    }

    void oneAppointmentsWritesStayInOrder()
    {
        auto a = f->book(weber, SyncFixture::at(1, QTime(9, 0)));
        QVERIFY2(a, qPrintable(a.error()));
        QVERIFY(f->drain());
        QCOMPARE(f->state(a->id), SyncState::Synced);
        m_fake.fault({{QStringLiteral("endpoint"), QStringLiteral("*")},
                      {QStringLiteral("count"), 1000},
                      {QStringLiteral("delay_ms"), kLatencyMs}});
        // Moved, and while the patch is on its way, moved again and then cancelled; with other
        // bookings going out at the same time.
        QVERIFY(f->t.booking->move(a->id, SyncFixture::at(1, QTime(11, 0))));
        f->sync->pushNow();
        QVERIFY(QTest::qWaitFor(
            [&] { return !m_fake.requests(QStringLiteral("events.patch")).isEmpty(); }, 10000));
        QVERIFY(f->t.booking->move(a->id, SyncFixture::at(1, QTime(12, 0))));
        for (int i = 0; i < 4; ++i)
            QVERIFY(f->book(weber, SyncFixture::at(2, QTime(8 + i, 0))));
        f->sync->pushNow();
        QVERIFY(f->t.booking->cancel(a->id));
        QVERIFY(f->drain(30000));

        // Google as Empfang: the four new bookings, not the cancelled appointment.
        QCOMPARE(f->liveEvents().size(), 4);
        // Every write of the moved appointment started only after the one before had its
        // answer (each answer takes the 300 ms latency).
        QList<double> own;
        QStringList order;
        QList<std::pair<double, QString>> writes;
        for (const QJsonValue &v : m_fake.get(QStringLiteral("/_fake/log")).array()) {
            const QJsonObject r = v.toObject();
            const QString endpoint = r.value(QLatin1String("endpoint")).toString();
            if ((endpoint == QLatin1String("events.patch") ||
                 endpoint == QLatin1String("events.delete")))
                writes << std::pair{r.value(QLatin1String("at")).toDouble() * 1000.0, endpoint};
        }
        std::sort(writes.begin(), writes.end());
        for (const auto &[at, endpoint] : writes) {
            own << at;
            order << endpoint;
        }
        QVERIFY2(order.size() >= 2 && order.last() == QLatin1String("events.delete"),
                 qPrintable(order.join(u' ')));
        for (qsizetype i = 1; i < own.size(); ++i)
            QVERIFY2(own.at(i) - own.at(i - 1) >= kLatencyMs * 0.9,
                     qPrintable(QStringLiteral("%1 and %2 overlapped: %3 ms apart")
                                    .arg(order.at(i - 1), order.at(i))
                                    .arg(own.at(i) - own.at(i - 1))));
    }
    void accessTokensOfManyAccountsGoOutTogether()
    {
        // The first busy refresh of the day first asks Google for an access token per account:
        // those go to the token endpoint, a server of its own, on lanes of their own. The
        // refresh tokens come from the keychain one after another (QtKeychain runs one job at
        // a time), so the requests do not start together; what counts is how many are on
        // their way at once: Qt alone never has a seventh out before an answer came back.
        connectManyAccounts();
        if (QTest::currentTestFailed())
            return;
        constexpr int kTokenLatencyMs = 900;
        m_fake.fault({{QStringLiteral("endpoint"), QStringLiteral("token")},
                      {QStringLiteral("count"), 1000},
                      {QStringLiteral("delay_ms"), kTokenLatencyMs}});
        const Interval week{SyncFixture::at(0, QTime(0, 0)), SyncFixture::at(5, QTime(0, 0))};
        BusyRefresher::Summary summary;
        QVERIFY(f->refresh(week, &summary));
        const QList<double> at = arrivals(QStringLiteral("token"));
        QCOMPARE(at.size(), kAccounts);
        // Requests that arrived within less than one latency of each other were on their way
        // at the same time.
        qsizetype together = 0;
        for (qsizetype i = 0, j = 0; i < at.size(); ++i) {
            while (at.at(i) - at.at(j) >= 0.9 * kTokenLatencyMs)
                ++j;
            together = std::max(together, i - j + 1);
        }
        QVERIFY2(
            together > NetworkLanes::kConnectionsPerLane && together <= kAtOnce,
            qPrintable(QStringLiteral("%1 token requests on their way at once").arg(together)));
    }
    void busyTimesOfManyAccountsGoOutTogether()
    {
        connectManyAccounts();
        if (QTest::currentTestFailed())
            return;
        const Interval first{SyncFixture::at(14, QTime(0, 0)), SyncFixture::at(15, QTime(0, 0))};
        BusyRefresher::Summary summary;
        QVERIFY(f->refresh(first, &summary)); // the access tokens, without latency
        QCOMPARE(summary.requests, kAccounts);
        const qsizetype before = m_fake.requests(QStringLiteral("freeBusy")).size();
        m_fake.fault({{QStringLiteral("endpoint"), QStringLiteral("freeBusy")},
                      {QStringLiteral("count"), 1000},
                      {QStringLiteral("delay_ms"), kLatencyMs}});
        const Interval week{SyncFixture::at(0, QTime(0, 0)), SyncFixture::at(5, QTime(0, 0))};
        QVERIFY(f->refresh(week, &summary));
        QCOMPARE(summary.notSynchronised.size(), 0);
        const QList<double> at = arrivals(QStringLiteral("freeBusy")).mid(before);
        QCOMPARE(at.size(), kAccounts);
        verifyBounded(at);
        QCOMPARE(f->client->lanes(), NetworkLanes::kMaxLanes);
        QCOMPARE(f->client->inFlight(), 0);
    }
};

QTEST_GUILESS_MAIN(TstSyncParallel)
#include "tst_sync_parallel.moc"
