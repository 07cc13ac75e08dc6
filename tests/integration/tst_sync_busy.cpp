// Google busy times shape the slot grid: one freeBusy per account, batched, cached, and a
// calendar Google could not answer for is "not synchronised", never free; a Google that cannot
// be reached at all leaves the cache in force ("offline").
#include "sync_fixture.h"

#include "storage/google_event_repository.h"

#include <QFile>
#include <QSqlQuery>

using namespace empfang;
using test::SyncFixture;

namespace {

QJsonObject googleEvent(const QString &start, const QString &end,
                        const QString &key = QStringLiteral("dateTime"))
{
    return {{QStringLiteral("start"), QJsonObject{{key, start}}},
            {QStringLiteral("end"), QJsonObject{{key, end}}},
            {QStringLiteral("summary"), QStringLiteral("Privat: Zahnarzt")}};
}

} // namespace

class TstSyncBusy : public test::SyncTestCase
{
    Q_OBJECT
    const Interval tuesday{SyncFixture::at(1, QTime(0, 0)), SyncFixture::at(2, QTime(0, 0))};

    void putForeign(const QJsonObject &e, const QString &calendar = QStringLiteral("primary"))
    {
        QCOMPARE(
            m_fake.post(QStringLiteral("/_fake/events"),
                        {{QStringLiteral("calendar"), calendar}, {QStringLiteral("event"), e}}),
            200);
    }
    bool free(qint64 pid, const QTime &t)
    {
        const QDate day = SyncFixture::monday().addDays(1);
        const qint64 start = SyncFixture::at(1, t);
        // Kept in a variable: a range-for over a temporary Result's value() would dangle.
        const auto offered = f->t.availability->freeSlots(pid, f->typeId, day, day);
        if (!offered)
            return false;
        for (const Interval &slot : offered.value()) {
            if (slot.startMs == start)
                return true;
        }
        return false;
    }

private slots:
    void foreignEventRemovesItsSlots()
    {
        QCOMPARE(f->sync->busyState(weber, tuesday).freshness, BusyCache::Freshness::Missing);
        putForeign(googleEvent(QStringLiteral("2026-12-08T09:00:00+01:00"),
                               QStringLiteral("2026-12-08T10:00:00+01:00")));
        QVERIFY(f->refresh(tuesday));
        QVERIFY(!free(weber, QTime(9, 0)));
        QVERIFY(!free(weber, QTime(9, 30)));
        QVERIFY(free(weber, QTime(10, 0)));
        QCOMPARE(f->sync->busyState(weber, tuesday).freshness, BusyCache::Freshness::Fresh);
        // Only intervals are stored: the title never reaches the database.
        QSqlQuery q(f->t.db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM busy_cache")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QFile file(f->t.path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("Zahnarzt"));
    }

    void transparentFreeAllDayBusyCancelledIgnored()
    {
        QJsonObject transparent = googleEvent(QStringLiteral("2026-12-08T09:00:00+01:00"),
                                              QStringLiteral("2026-12-08T10:00:00+01:00"));
        transparent.insert(QStringLiteral("transparency"), QStringLiteral("transparent"));
        putForeign(transparent);
        QJsonObject cancelled = googleEvent(QStringLiteral("2026-12-08T11:00:00+01:00"),
                                            QStringLiteral("2026-12-08T12:00:00+01:00"));
        cancelled.insert(QStringLiteral("status"), QStringLiteral("cancelled"));
        putForeign(cancelled);
        putForeign(googleEvent(QStringLiteral("2026-12-09"), QStringLiteral("2026-12-10"),
                               QStringLiteral("date")));
        QVERIFY(f->refresh({tuesday.startMs, tuesday.endMs + 24 * 3600 * 1000}));
        QVERIFY(free(weber, QTime(9, 0)));
        QVERIFY(free(weber, QTime(11, 0)));
        const QDate wednesday = SyncFixture::monday().addDays(2);
        QVERIFY(f->t.availability->freeSlots(weber, f->typeId, wednesday, wednesday)->isEmpty());
    }

    void perCalendarErrorMeansNotSynchronisedNeverFree()
    {
        const qint64 schulz = f->practitioner(
            QStringLiteral("Schulz"), {QStringLiteral("c_privat1234@group.calendar.google.com")});
        putForeign(googleEvent(QStringLiteral("2026-12-08T09:00:00+01:00"),
                               QStringLiteral("2026-12-08T10:00:00+01:00")),
                   QStringLiteral("c_privat1234@group.calendar.google.com"));
        QVERIFY(f->refresh(tuesday));
        QVERIFY(!free(schulz, QTime(9, 0)));
        m_fake.configure({{QStringLiteral("freebusy_errors"),
                           QJsonObject{{QStringLiteral("c_privat1234@group.calendar.google.com"),
                                        QStringLiteral("notFound")}}}});
        BusyRefresher::Summary summary;
        QVERIFY(f->refresh(tuesday, &summary));
        QCOMPARE(summary.notSynchronised, QList<qint64>{schulz});
        const auto state = f->sync->busyState(schulz, tuesday);
        QCOMPARE(state.freshness, BusyCache::Freshness::Error);
        QCOMPARE(state.error, QStringLiteral("notFound"));
        QVERIFY(summary.unreachable.isEmpty()); // Google answered: no "offline" about it
        QVERIFY(!free(schulz, QTime(9, 0)));    // the last known busy time still holds
        QCOMPARE(f->sync->busyState(weber, tuesday).freshness, BusyCache::Freshness::Fresh);

        // Google's answer "notFound" outweighs a later outage: still not synchronised.
        m_fake.fault({{QStringLiteral("endpoint"), QStringLiteral("freeBusy")},
                      {QStringLiteral("status"), 503},
                      {QStringLiteral("count"), 1}});
        QVERIFY(f->refresh(tuesday, &summary));
        QVERIFY(summary.unreachable.contains(schulz));
        QCOMPARE(f->sync->busyState(schulz, tuesday).freshness, BusyCache::Freshness::Error);
    }

    // Google not reached (503 for the whole request) after a good fetch: the cached busy times
    // still count, the state is "offline" (the desk keeps booking), and no error rows are
    // written that would outlive the outage.
    void unreachableGoogleKeepsCachedBusyTimes()
    {
        putForeign(googleEvent(QStringLiteral("2026-12-08T09:00:00+01:00"),
                               QStringLiteral("2026-12-08T10:00:00+01:00")));
        QVERIFY(f->refresh(tuesday));
        // Ten minutes pass (longer than the TTL) without a refresh.
        QSqlQuery q(f->t.db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE busy_fetch SET fetched_ms = fetched_ms - 600000")));
        const BusyCache::State before = f->sync->busyState(weber, tuesday);
        QCOMPARE(before.freshness, BusyCache::Freshness::Stale);
        const QList<Interval> cached = f->sync->cache().busy(weber, tuesday);
        QCOMPARE(cached.size(), 1);

        m_fake.fault({{QStringLiteral("endpoint"), QStringLiteral("freeBusy")},
                      {QStringLiteral("status"), 503},
                      {QStringLiteral("reason"), QStringLiteral("backendError")},
                      {QStringLiteral("count"), 1}});
        BusyRefresher::Summary summary;
        QVERIFY(f->refresh(tuesday, &summary));
        QCOMPARE(summary.unreachable, QList<qint64>{weber});
        QCOMPARE(summary.notSynchronised, QList<qint64>{weber}); // the CLI's "not refreshed"
        const BusyCache::State offline = f->sync->busyState(weber, tuesday);
        QCOMPARE(offline.freshness, BusyCache::Freshness::Offline);
        QCOMPARE(offline.fetchedMs, before.fetchedMs);
        // A sentence, not one of Google's one-word reasons: the CLI says "cannot be reached".
        QVERIFY2(offline.error.contains(u' '), qPrintable(offline.error));
        QCOMPARE(f->sync->cache().busy(weber, tuesday), cached);
        QVERIFY(!free(weber, QTime(9, 0)));
        QVERIFY(free(weber, QTime(10, 0)));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM busy_fetch WHERE error != ''")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        // Ends the read: a statement left open keeps this connection on its snapshot, and the
        // busy times are stored on the background connection (as another desk would).
        q.finish();

        // Google is back: fresh again, the outage forgotten.
        QVERIFY(f->refresh(tuesday, &summary));
        QVERIFY(summary.unreachable.isEmpty());
        const BusyCache::State back = f->sync->busyState(weber, tuesday);
        QCOMPARE(back.freshness, BusyCache::Freshness::Fresh);
        QVERIFY(back.error.isEmpty());
    }

    void unreachableWithNothingCachedIsOfflineWithoutBusyTimes()
    {
        putForeign(googleEvent(QStringLiteral("2026-12-08T09:00:00+01:00"),
                               QStringLiteral("2026-12-08T10:00:00+01:00")));
        // More than one: Qt resends a request once when the connection closes without answer.
        m_fake.fault({{QStringLiteral("endpoint"), QStringLiteral("freeBusy")},
                      {QStringLiteral("drop"), true},
                      {QStringLiteral("count"), 5}});
        BusyRefresher::Summary summary;
        QVERIFY(f->refresh(tuesday, &summary));
        QCOMPARE(summary.unreachable, QList<qint64>{weber});
        const BusyCache::State s = f->sync->busyState(weber, tuesday);
        QCOMPARE(s.freshness, BusyCache::Freshness::Offline);
        QCOMPARE(s.fetchedMs, qint64(0));
        QVERIFY(f->sync->cache().busy(weber, tuesday).isEmpty());
        QVERIFY(free(weber, QTime(9, 0))); // only Empfang's own appointments count
    }

    // The desk starts without internet: the access token (memory only) must be fetched again,
    // and the token endpoint cannot be reached. That is "offline", not "not connected": the
    // column keeps offering slots, and the connection stays intact.
    void unreachableTokenEndpointIsOfflineNotDisconnected()
    {
        QVERIFY(f->refresh(tuesday));
        f->connections->forgetAccessToken(weber);
        m_fake.fault({{QStringLiteral("endpoint"), QStringLiteral("token")},
                      {QStringLiteral("drop"), true},
                      {QStringLiteral("count"), 5}});
        QSqlQuery q(f->t.db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE busy_fetch SET fetched_ms = fetched_ms - 600000")));
        BusyRefresher::Summary summary;
        QVERIFY(f->refresh(tuesday, &summary));
        QCOMPARE(summary.unreachable, QList<qint64>{weber});
        QCOMPARE(f->sync->busyState(weber, tuesday).freshness, BusyCache::Freshness::Offline);
        QVERIFY(f->connections->connection(weber).isConnected());

        m_fake.fault({{QStringLiteral("clear"), true}});
        QVERIFY(f->refresh(tuesday, &summary));
        QVERIFY(summary.unreachable.isEmpty());
        QCOMPARE(f->sync->busyState(weber, tuesday).freshness, BusyCache::Freshness::Fresh);
    }

    // Google answered, but refused the request itself (a permanent failure): that is a verdict,
    // so "not synchronised" as before, never "offline".
    void permanentRequestFailureIsNotSynchronised()
    {
        m_fake.fault({{QStringLiteral("endpoint"), QStringLiteral("freeBusy")},
                      {QStringLiteral("status"), 403},
                      {QStringLiteral("reason"), QStringLiteral("forbidden")},
                      {QStringLiteral("count"), 1}});
        BusyRefresher::Summary summary;
        QVERIFY(f->refresh(tuesday, &summary));
        QCOMPARE(summary.notSynchronised, QList<qint64>{weber});
        QVERIFY(summary.unreachable.isEmpty());
        QCOMPARE(f->sync->busyState(weber, tuesday).freshness, BusyCache::Freshness::Error);
    }

    void ownEventsAreNotCountedTwice()
    {
        auto a = f->book(weber, SyncFixture::at(1, QTime(9, 0)));
        QVERIFY(a);
        QVERIFY(f->drain());
        QVERIFY(f->refresh(tuesday));
        QVERIFY(f->sync->cache().busy(weber, tuesday).isEmpty());
        // After a cancel (pushed), the time is free again everywhere.
        QVERIFY(f->t.booking->cancel(a->id));
        QVERIFY(f->drain());
        QVERIFY(f->refresh(tuesday));
        QVERIFY(free(weber, QTime(9, 0)));
    }

    void sixtyPractitionersNeedTwoRequestsForAWeek()
    {
        QList<qint64> all{weber};
        for (int i = 1; i < 60; ++i) {
            const QString id = QStringLiteral("c_p%1@group.calendar.google.com").arg(i);
            m_fake.post(QStringLiteral("/_fake/calendars"), {{QStringLiteral("id"), id}});
            all << f->practitioner(QStringLiteral("P%1").arg(i), {id}, false);
        }
        const Interval week{SyncFixture::at(0, QTime(0, 0)), SyncFixture::at(7, QTime(0, 0))};
        BusyRefresher::Summary summary;
        QVERIFY(f->refresh(week, &summary));
        QCOMPARE(summary.requests, 2);
        QCOMPARE(m_fake.requests(QStringLiteral("freeBusy")).size(), 2);
        QVERIFY(summary.notSynchronised.isEmpty());
        for (qint64 pid : all)
            QCOMPARE(f->sync->busyState(pid, week).freshness, BusyCache::Freshness::Fresh);
    }

    void longRangesAreSplit()
    {
        const Interval quarter{SyncFixture::at(0, QTime(0, 0)), SyncFixture::at(90, QTime(0, 0))};
        BusyRefresher::Summary summary;
        QVERIFY(f->refresh(quarter, &summary));
        QCOMPARE(summary.requests, 2);
    }

    void googleIsOnlyAskedForBusyTimesAndOurOwnEvents()
    {
        putForeign(googleEvent(QStringLiteral("2026-12-08T09:00:00+01:00"),
                               QStringLiteral("2026-12-08T10:00:00+01:00")));
        auto a = f->book(weber, SyncFixture::at(1, QTime(11, 0)));
        QVERIFY(f->drain());
        QVERIFY(f->refresh(tuesday));
        bool done = false;
        f->sync->reconcile(tuesday, [&] { done = true; });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
        const QString ownId = GoogleEventRepository(*f->t.db).find(a->id).value()->eventId;
        const QStringList allowed{QStringLiteral("token"),        QStringLiteral("freeBusy"),
                                  QStringLiteral("calendarList"), QStringLiteral("events.insert"),
                                  QStringLiteral("events.patch"), QStringLiteral("events.delete"),
                                  QStringLiteral("events.get"),   QStringLiteral("events.list")};
        const QJsonArray log = m_fake.get(QStringLiteral("/_fake/log")).array();
        QVERIFY(!log.isEmpty());
        for (const QJsonValue &v : log) {
            const QJsonObject r = v.toObject();
            const QString endpoint = r.value(QLatin1String("endpoint")).toString();
            QVERIFY2(allowed.contains(endpoint), qPrintable(endpoint));
            if (endpoint == QLatin1String("events.get"))
                QCOMPARE(r.value(QLatin1String("event")).toString(), ownId);
            if (endpoint == QLatin1String("events.list"))
                QVERIFY(r.value(QLatin1String("private_filter"))
                            .toString()
                            .startsWith(QStringLiteral("empfangDatabaseId=")));
        }
    }
};

QTEST_GUILESS_MAIN(TstSyncBusy)
#include "tst_sync_busy.moc"
