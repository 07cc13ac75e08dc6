// The Google sync in the reception window, against the fake Google server and the real Secret
// Service (run through tests/fakes/with_keyring.sh): busy blocks instead of free slots, badges,
// retry, "not synchronised" columns and the fresh check before a booking or a move.
#include "app/fresh_check.h"
#include "app/google_stack.h"
#include "booking/booking_service.h"
#include "booking_dialog.h"
#include "fake_google_process.h"
#include "google/google_connection_service.h"
#include "gui_fixture.h"
#include "localization.h"
#include "main_window.h"
#include "message_box.h"
#include "move_dialog.h"
#include "schedule_sync_painter.h"
#include "schedule_view.h"
#include "storage/google_connection_repository.h"
#include "sync/sync_service.h"
#include "sync_controller.h"

#include <QAction>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimeEdit>

using namespace empfang;
using empfang::test::GuiFixture;

namespace {

constexpr auto kAccount = "praxis.test@gmail.com";
constexpr auto kPrivate = "c_privat1234@group.calendar.google.com";

QJsonObject googleEvent(const QString &start, const QString &end)
{
    return {{QStringLiteral("start"), QJsonObject{{QStringLiteral("dateTime"), start}}},
            {QStringLiteral("end"), QJsonObject{{QStringLiteral("dateTime"), end}}},
            {QStringLiteral("summary"), QStringLiteral("Privat: Zahnarzt")}};
}

QDate tuesday()
{
    return GuiFixture::monday().addDays(1);
}

qint64 tuesdayAt(int hour, int minute = 0)
{
    return test::TestDatabase::berlin(tuesday(), QTime(hour, minute));
}

} // namespace

class TestSyncUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void foreignEventReplacesFreeSlotsWithBusyBlock();
    void bookingReachesGoogleOnceAndBadgeTurnsSynced();
    void permanentFailureShowsBadgeAndRetrySucceeds();
    void perCalendarErrorIsNotSynchronisedNeverFree();
    void offlineColumnOffersSlotsAndBookingIsPushedLater();
    void freshCheckRefusesSlotTakenInGoogleMeanwhile();
    void offlineFreshCheckBooksAnyway();
    void freshCheckRefusesMoveToTimeTakenInGoogle();
    void eventMovedInGoogleIsShownNotApplied();
    void withoutSyncNothingChanges();

private:
    void connectPractitioner(const QStringList &busy = {QStringLiteral("primary")});
    void putForeign(const QJsonObject &event, const QString &calendar = QStringLiteral("primary"));
    void openWindow();
    bool waitForFreshTuesday();
    const ScheduleColumn *tuesdayColumn() const;
    bool offered(qint64 startMs) const;
    QPointer<BookingDialog> bookAt(qint64 startMs, const QString &patient);
    QJsonArray liveEvents(const QString &calendar = QStringLiteral("primary"));
    std::optional<SyncBadge> badge(qint64 appointmentId) const;
    qint64 bookDirectly(qint64 startMs);

    test::FakeGoogle m_fake;
    Clock m_realClock;
    std::unique_ptr<GuiFixture> m_f;
    std::unique_ptr<GoogleStack> m_google; // as the app wires it, with the fake's endpoints
    SyncService *m_sync = nullptr;
    std::unique_ptr<MainWindow> m_window;
    ScheduleView *m_view = nullptr;
};

void TestSyncUi::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "run through tests/fakes/with_keyring.sh (a session bus with gnome-keyring)");
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(*QCoreApplication::instance());
    QVERIFY(m_fake.start(QStringLiteral(EMPFANG_FAKE_GOOGLE)));
}

void TestSyncUi::init()
{
    m_fake.reset();
    m_f = std::make_unique<GuiFixture>();
    m_google = std::make_unique<GoogleStack>(
        *m_f->db, m_realClock, GoogleStack::Options{m_fake.endpoints(), nullptr, nullptr, 1500});
    // Booking runs on the fixture's clock, the sync on the real one: retries wait real time.
    m_sync = &m_google->sync();
    m_sync->setBackoff(Backoff(20, 200, [] { return 0.5; }));
}

void TestSyncUi::cleanup()
{
    m_window.reset();
    m_sync = nullptr;
    m_google.reset();
    m_f.reset();
}

void TestSyncUi::connectPractitioner(const QStringList &busy)
{
    GoogleConnection c;
    c.practitionerId = m_f->practitionerId;
    c.state = GoogleConnection::State::Connected;
    c.grantedScopes = GoogleEndpoints::requestedScope().split(QLatin1Char(' '));
    c.busyCalendars = busy;
    c.googleAccount = QLatin1String(kAccount);
    QVERIFY(GoogleConnectionRepository(*m_f->db).save(c));
    // The refresh token goes into the keychain as after a real consent.
    const QString refresh = m_fake.request("POST", m_fake.url(QStringLiteral("/_fake/grant")), "{}")
                                .json()
                                .object()
                                .value(QLatin1String("refresh_token"))
                                .toString();
    bool written = false;
    m_google->tokens().write(m_f->practitionerId, refresh,
                             [&](const TokenStore::Answer &a) { written = a.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(written, 10000);
}

void TestSyncUi::putForeign(const QJsonObject &event, const QString &calendar)
{
    QCOMPARE(m_fake.post(QStringLiteral("/_fake/events"), {{QStringLiteral("calendar"), calendar},
                                                           {QStringLiteral("event"), event}}),
             200);
}

void TestSyncUi::openWindow()
{
    m_window = std::make_unique<MainWindow>(*m_f->services);
    m_window->setSyncService(m_sync);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_view = m_window->scheduleView();
}

const ScheduleColumn *TestSyncUi::tuesdayColumn() const
{
    for (const ScheduleColumn &c : m_view->data().columns) {
        if (c.day == tuesday() && c.practitioner.id == m_f->practitionerId)
            return &c;
    }
    return nullptr;
}

bool TestSyncUi::waitForFreshTuesday()
{
    return QTest::qWaitFor(
        [this] {
            const ScheduleColumn *c = tuesdayColumn();
            return c && c->google.freshness == GoogleColumn::Freshness::Fresh;
        },
        20000);
}

bool TestSyncUi::offered(qint64 startMs) const
{
    for (const FreeSlot &s : m_view->displayedFreeSlots()) {
        if (s.practitionerId == m_f->practitionerId && s.span.startMs == startMs)
            return true;
    }
    return false;
}

QPointer<BookingDialog> TestSyncUi::bookAt(qint64 startMs, const QString &patient)
{
    const QRect r = m_view->freeSlotRect(m_f->practitionerId, startMs);
    if (r.isEmpty())
        return nullptr;
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, r.center());
    QPointer<BookingDialog> dialog =
        m_window->findChild<BookingDialog *>(QStringLiteral("bookingDialog"));
    if (!dialog)
        return nullptr;
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("patientSearch")), patient);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("bookButton")),
                      Qt::LeftButton);
    return dialog;
}

QJsonArray TestSyncUi::liveEvents(const QString &calendar)
{
    QUrl u = m_fake.url(QStringLiteral("/_fake/events"));
    u.setQuery(QStringLiteral("calendar=") + calendar);
    QJsonArray live;
    for (const QJsonValue &v : m_fake.request("GET", u).json().array()) {
        if (v.toObject().value(QLatin1String("status")).toString() != QLatin1String("cancelled"))
            live.append(v);
    }
    return live;
}

std::optional<SyncBadge> TestSyncUi::badge(qint64 appointmentId) const
{
    const auto it = m_view->data().sync.constFind(appointmentId);
    if (it == m_view->data().sync.cend())
        return std::nullopt;
    return *it;
}

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

void TestSyncUi::freshCheckRefusesSlotTakenInGoogleMeanwhile()
{
    connectPractitioner();
    openWindow();
    QVERIFY(waitForFreshTuesday());
    QVERIFY(offered(tuesdayAt(10)));
    // Taken in Google a moment ago; the grid does not know yet.
    putForeign(googleEvent(QStringLiteral("2026-12-08T10:00:00+01:00"),
                           QStringLiteral("2026-12-08T10:30:00+01:00")));
    QPointer<BookingDialog> dialog = bookAt(tuesdayAt(10), QStringLiteral("Erika Mustermann"));
    QVERIFY(dialog);
    // Asynchronous: the dialog says what it does, and Book cannot be pressed twice.
    QVERIFY(dialog->isCheckingGoogle());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("bookingGoogleCheck"))->isVisible());
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("bookButton"))->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isCheckingGoogle(), 10000);
    QVERIFY(dialog);
    QCOMPARE(dialog->errorText(),
             BookingDialog::tr("This time is now taken in the practitioner's Google calendar. "
                               "Nothing was booked – please choose another time."));
    QVERIFY(m_f->stored().isEmpty());
    QCOMPARE(liveEvents().size(), 1); // only the foreign one
    dialog->reject();
}

void TestSyncUi::offlineFreshCheckBooksAnyway()
{
    connectPractitioner();
    openWindow();
    QVERIFY(waitForFreshTuesday());
    m_fake.fault({{QStringLiteral("endpoint"), QStringLiteral("freeBusy")},
                  {QStringLiteral("drop"), true},
                  {QStringLiteral("count"), 5}});
    QPointer<BookingDialog> dialog = bookAt(tuesdayAt(10), QStringLiteral("Erika Mustermann"));
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 10000);
    QCOMPARE(m_f->stored().size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(liveEvents().size(), 1, 20000);
}

qint64 TestSyncUi::bookDirectly(qint64 startMs)
{
    BookingRequest r;
    r.practitionerId = m_f->practitionerId;
    r.typeId = m_f->typeId;
    r.startMs = startMs;
    r.newPatientName = QStringLiteral("Lukas Weber");
    auto booked = m_f->booking->book(r);
    return booked ? booked->id : 0;
}

void TestSyncUi::freshCheckRefusesMoveToTimeTakenInGoogle()
{
    connectPractitioner();
    const qint64 id = bookDirectly(tuesdayAt(10));
    QVERIFY(id);
    openWindow();
    QVERIFY(waitForFreshTuesday());
    QVERIFY(offered(tuesdayAt(11)));
    // Taken in Google after the grid loaded; only the fresh check can know.
    putForeign(googleEvent(QStringLiteral("2026-12-08T11:00:00+01:00"),
                           QStringLiteral("2026-12-08T11:30:00+01:00")));
    QVERIFY(m_view->selectAppointment(id));
    m_window->findChild<QAction *>(QStringLiteral("actionMove"))->trigger();
    QPointer<MoveDialog> dialog = m_window->findChild<MoveDialog *>(QStringLiteral("moveDialog"));
    QVERIFY(dialog);
    dialog->findChild<QDateEdit *>(QStringLiteral("moveDate"))->setDate(tuesday());
    dialog->findChild<QTimeEdit *>(QStringLiteral("moveTime"))->setTime(QTime(11, 0));
    auto *move = dialog->findChild<QPushButton *>(QStringLiteral("moveButton"));
    move->click();
    // Asynchronous, like booking: the dialog says what it does, Move cannot be pressed twice.
    QVERIFY(dialog->isCheckingGoogle());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("moveGoogleCheck"))->isVisible());
    QVERIFY(!move->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isCheckingGoogle(), 10000);
    QVERIFY(dialog);
    QCOMPARE(dialog->errorText(), FreshCheck::movedTakenText());
    QCOMPARE(m_f->stored().first().span.startMs, tuesdayAt(10));
    dialog->reject();

    // Dragged there instead: refused with the same words, the appointment stays.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    emit m_view->appointmentDropped(id, m_f->practitionerId, tuesdayAt(11));
    QTRY_COMPARE_WITH_TIMEOUT(MessageBox::lastText(), FreshCheck::movedTakenText(), 10000);
    QCOMPARE(m_f->stored().first().span.startMs, tuesdayAt(10));
    // A free time is still a plain move.
    emit m_view->appointmentDropped(id, m_f->practitionerId, tuesdayAt(9));
    QTRY_COMPARE_WITH_TIMEOUT(m_f->stored().first().span.startMs, tuesdayAt(9), 10000);
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
