// The Google sync in the reception window, against the fake Google server and the real Secret
// Service (run through tests/fakes/with_keyring.sh): busy blocks instead of free slots, badges,
// retry, "not synchronised" columns, a move in Google shown and not applied. The fresh check
// before a booking or a move: test_fresh_check_ui; the fixture: sync_ui_fixture.h.
#include "sync_ui_fixture.h"

using namespace empfang;
using namespace empfang::test::sync_ui;
using empfang::test::GuiFixture;

class TestSyncUi : public test::SyncUiFixture
{
    Q_OBJECT

private slots:
    void foreignEventReplacesFreeSlotsWithBusyBlock();
    void bookingReachesGoogleOnceAndBadgeTurnsSynced();
    void permanentFailureShowsBadgeAndRetrySucceeds();
    void perCalendarErrorIsNotSynchronisedNeverFree();
    void offlineColumnOffersSlotsAndBookingIsPushedLater();
    void eventMovedInGoogleIsShownNotApplied();
    void withoutSyncNothingChanges();
};

void TestSyncUi::foreignEventReplacesFreeSlotsWithBusyBlock()
{
    connectPractitioner();
    putForeign(googleEvent(QStringLiteral("2026-12-08T09:00:00+01:00"),
                           QStringLiteral("2026-12-08T10:00:00+01:00")));
    openWindow();
    QVERIFY(waitForFreshTuesday());
    const ScheduleColumn *c = tuesdayColumn();
    QCOMPARE(c->google.busy.size(), 1);
    QCOMPARE(c->google.busy.first(), (Interval{tuesdayAt(9), tuesdayAt(10)}));
    for (const FreeSlot &s : m_view->displayedFreeSlots()) {
        if (s.practitionerId == m_f->practitionerId)
            QVERIFY2(!s.span.overlaps({tuesdayAt(9), tuesdayAt(10)}),
                     qPrintable(QDateTime::fromMSecsSinceEpoch(s.span.startMs).toString()));
    }
    QVERIFY(offered(tuesdayAt(8)));
    QVERIFY(offered(tuesdayAt(10)));
    // Only the interval reached Empfang, not the title.
    QFile file(m_f->path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("Zahnarzt"));
}

void TestSyncUi::bookingReachesGoogleOnceAndBadgeTurnsSynced()
{
    connectPractitioner();
    openWindow();
    QVERIFY(waitForFreshTuesday());
    QPointer<BookingDialog> dialog = bookAt(tuesdayAt(10), QStringLiteral("Erika Mustermann"));
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 10000);
    QCOMPARE(m_f->stored().size(), 1);
    const qint64 id = m_f->stored().first().id;
    QTRY_VERIFY_WITH_TIMEOUT(badge(id) && badge(id)->state == SyncState::Synced, 20000);
    const QJsonArray events = liveEvents();
    QCOMPARE(events.size(), 1);
    QVERIFY(!QJsonDocument(events).toJson().contains("Mustermann"));
    QCOMPARE(m_fake.requests(QStringLiteral("events.insert")).size(), 1);
}

void TestSyncUi::permanentFailureShowsBadgeAndRetrySucceeds()
{
    connectPractitioner();
    openWindow();
    QVERIFY(waitForFreshTuesday());
    m_fake.fault({{QStringLiteral("endpoint"), QStringLiteral("events.insert")},
                  {QStringLiteral("status"), 403},
                  {QStringLiteral("reason"), QStringLiteral("forbidden")},
                  {QStringLiteral("count"), 1}});
    QPointer<BookingDialog> dialog = bookAt(tuesdayAt(10), QStringLiteral("Erika Mustermann"));
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 10000);
    const qint64 id = m_f->stored().first().id;
    QTRY_VERIFY_WITH_TIMEOUT(badge(id) && badge(id)->state == SyncState::Failed, 20000);
    QVERIFY(!badge(id)->message.isEmpty());
    QCOMPARE(liveEvents().size(), 0);

    // The context menu says why and offers the retry.
    QVERIFY(m_view->selectAppointment(id));
    auto *info = m_window->findChild<QAction *>(QStringLiteral("actionSyncInfo"));
    auto *retry = m_window->findChild<QAction *>(QStringLiteral("actionRetrySync"));
    QVERIFY(info && retry);
    QVERIFY(info->isVisible());
    QVERIFY(info->text().contains(badge(id)->message));
    QVERIFY(retry->isVisible() && retry->isEnabled());
    retry->trigger(); // the fault was used up: Google accepts now
    QTRY_VERIFY_WITH_TIMEOUT(badge(id) && badge(id)->state == SyncState::Synced, 20000);
    QCOMPARE(liveEvents().size(), 1);
    QVERIFY(m_view->selectAppointment(id));
    QVERIFY(!retry->isEnabled());
}

void TestSyncUi::perCalendarErrorIsNotSynchronisedNeverFree()
{
    connectPractitioner({QLatin1String(kPrivate)});
    putForeign(googleEvent(QStringLiteral("2026-12-08T09:00:00+01:00"),
                           QStringLiteral("2026-12-08T10:00:00+01:00")),
               QLatin1String(kPrivate));
    m_fake.configure({{QStringLiteral("freebusy_errors"),
                       QJsonObject{{QLatin1String(kPrivate), QStringLiteral("notFound")}}}});
    openWindow();
    QTRY_VERIFY_WITH_TIMEOUT(
        tuesdayColumn() && tuesdayColumn()->google.error == QLatin1String("notFound"), 20000);
    const ScheduleColumn *c = tuesdayColumn();
    QCOMPARE(c->google.freshness, GoogleColumn::Freshness::Unsynchronised);
    QVERIFY(c->freeSlots.isEmpty());
    QVERIFY(c->google.withheldSlots > 0);
    for (const FreeSlot &s : m_view->displayedFreeSlots())
        QVERIFY(s.practitionerId != m_f->practitionerId);

    // Google going away on top of that changes nothing: its "notFound" still stands.
    m_fake.fault({{QStringLiteral("endpoint"), QStringLiteral("*")},
                  {QStringLiteral("drop"), true},
                  {QStringLiteral("count"), 100000}});
    bool refreshed = false;
    m_sync->refreshBusy({tuesdayAt(0), tuesdayAt(23)},
                        [&](const BusyRefresher::Summary &) { refreshed = true; });
    QTRY_VERIFY_WITH_TIMEOUT(refreshed, 20000);
    QTest::qWait(500); // the debounced reload
    c = tuesdayColumn();
    QCOMPARE(c->google.freshness, GoogleColumn::Freshness::Unsynchronised);
    QVERIFY(c->freeSlots.isEmpty());
    m_fake.fault({{QStringLiteral("clear"), true}});
}

void TestSyncUi::offlineColumnOffersSlotsAndBookingIsPushedLater()
{
    connectPractitioner();
    putForeign(googleEvent(QStringLiteral("2026-12-08T09:00:00+01:00"),
                           QStringLiteral("2026-12-08T10:00:00+01:00")));
    openWindow();
    QVERIFY(waitForFreshTuesday());

    // Google goes away (every request dropped, as with a dead line) and ten minutes pass.
    m_fake.fault({{QStringLiteral("endpoint"), QStringLiteral("*")},
                  {QStringLiteral("drop"), true},
                  {QStringLiteral("count"), 100000}});
    QSqlQuery q(m_f->db->connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE busy_fetch SET fetched_ms = fetched_ms - 600000")));
    const qint64 fetched =
        m_sync->busyState(m_f->practitionerId, {tuesdayAt(0), tuesdayAt(23)}).fetchedMs;
    QVERIFY(fetched > 0);
    m_sync->refreshBusy({tuesdayAt(0), tuesdayAt(23)});
    QTRY_VERIFY_WITH_TIMEOUT(tuesdayColumn() && tuesdayColumn()->google.freshness ==
                                                    GoogleColumn::Freshness::Offline,
                             20000);
    const ScheduleColumn *c = tuesdayColumn();
    QCOMPARE(c->google.withheldSlots, 0);
    QCOMPARE(c->google.fetchedMs, fetched);
    QCOMPARE(c->google.busy, (QList<Interval>{{tuesdayAt(9), tuesdayAt(10)}}));
    QVERIFY(!offered(tuesdayAt(9))); // the last known busy time still holds
    QVERIFY(offered(tuesdayAt(10)));
    QCOMPARE(ScheduleSyncPainter::freshnessTexts(c->google, m_view->data().zone).first(),
             ScheduleSyncPainter::tr("offline"));
    const QString tip = ScheduleSyncPainter::freshnessTooltip(c->google, m_view->data().zone);
    QVERIFY2(tip.contains(QDateTime::fromMSecsSinceEpoch(fetched, m_view->data().zone)
                              .toString(QStringLiteral("HH:mm"))),
             qPrintable(tip));

    // Booked from the grid at once (the fresh check cannot reach Google either); it waits.
    QPointer<BookingDialog> dialog = bookAt(tuesdayAt(10), QStringLiteral("Erika Mustermann"));
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 10000);
    QCOMPARE(m_f->stored().size(), 1);
    const qint64 id = m_f->stored().first().id;
    QTRY_VERIFY_WITH_TIMEOUT(badge(id), 5000);
    QTest::qWait(1000); // a few retries against the dead line
    QCOMPARE(badge(id)->state, SyncState::Pending);
    QVERIFY(m_fake.get(QStringLiteral("/_fake/inserts")).object().isEmpty());

    // Google is back: the booking arrives exactly once.
    m_fake.fault({{QStringLiteral("clear"), true}});
    QTRY_VERIFY_WITH_TIMEOUT(badge(id) && badge(id)->state == SyncState::Synced, 20000);
    const QJsonObject inserts = m_fake.get(QStringLiteral("/_fake/inserts")).object();
    QCOMPARE(inserts.size(), 1);
    QCOMPARE(inserts.begin().value().toInt(), 1);
    QCOMPARE(liveEvents().size(), 2); // the foreign one and ours
    m_sync->refreshBusy({tuesdayAt(0), tuesdayAt(23)});
    QVERIFY(waitForFreshTuesday());
}

void TestSyncUi::eventMovedInGoogleIsShownNotApplied()
{
    connectPractitioner();
    openWindow();
    QVERIFY(waitForFreshTuesday());
    QPointer<BookingDialog> dialog = bookAt(tuesdayAt(10), QStringLiteral("Erika Mustermann"));
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 10000);
    const qint64 id = m_f->stored().first().id;
    QTRY_VERIFY_WITH_TIMEOUT(badge(id) && badge(id)->state == SyncState::Synced, 20000);
    const QString eventId = liveEvents().first().toObject().value(QLatin1String("id")).toString();
    putForeign(
        {{QStringLiteral("id"), eventId},
         {QStringLiteral("start"),
          QJsonObject{{QStringLiteral("dateTime"), QStringLiteral("2026-12-08T11:00:00+01:00")}}},
         {QStringLiteral("end"),
          QJsonObject{{QStringLiteral("dateTime"), QStringLiteral("2026-12-08T11:30:00+01:00")}}}});
    m_sync->reconcile({tuesdayAt(0), tuesdayAt(23)});
    QTRY_VERIFY_WITH_TIMEOUT(badge(id) && badge(id)->state == SyncState::Conflict, 20000);
    const QString notice = m_window->syncController()->noticeText();
    QVERIFY2(notice.contains(QStringLiteral("Erika Mustermann")), qPrintable(notice));
    QVERIFY(notice.contains(badge(id)->message));
    // Nothing changes silently: Empfang keeps its time until the receptionist decides.
    QCOMPARE(m_f->stored().first().span.startMs, tuesdayAt(10));
}

void TestSyncUi::withoutSyncNothingChanges()
{
    connectPractitioner();
    m_window = std::make_unique<MainWindow>(*m_f->services);
    m_view = m_window->scheduleView();
    const ScheduleColumn *c = tuesdayColumn();
    QVERIFY(c);
    QCOMPARE(c->google.freshness, GoogleColumn::Freshness::NotConnected);
    QVERIFY(offered(tuesdayAt(9)));
    QVERIFY(m_view->data().sync.isEmpty());
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("actionRetrySync"))->isVisible());
}

QTEST_MAIN(TestSyncUi)
#include "test_sync_ui.moc"
