#include "sync_ui_fixture.h"

#include <QStandardPaths>

namespace empfang::test {

using namespace sync_ui;

void SyncUiFixture::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "run through tests/fakes/with_keyring.sh (a session bus with gnome-keyring)");
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(*QCoreApplication::instance());
    QVERIFY(m_fake.start(QStringLiteral(EMPFANG_FAKE_GOOGLE)));
}

void SyncUiFixture::init()
{
    m_fake.reset();
    m_f = std::make_unique<GuiFixture>();
    m_google = std::make_unique<GoogleStack>(
        *m_f->db, m_realClock, GoogleStack::Options{m_fake.endpoints(), nullptr, nullptr, 1500});
    // Booking runs on the fixture's clock, the sync on the real one: retries wait real time.
    m_sync = &m_google->sync();
    m_sync->setBackoff(Backoff(20, 200, [] { return 0.5; }));
}

void SyncUiFixture::cleanup()
{
    m_window.reset();
    m_sync = nullptr;
    m_google.reset();
    m_f.reset();
}

void SyncUiFixture::connectPractitioner(const QStringList &busy)
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

void SyncUiFixture::putForeign(const QJsonObject &event, const QString &calendar)
{
    QCOMPARE(m_fake.post(QStringLiteral("/_fake/events"), {{QStringLiteral("calendar"), calendar},
                                                           {QStringLiteral("event"), event}}),
             200);
}

void SyncUiFixture::openWindow()
{
    m_window = std::make_unique<MainWindow>(*m_f->services);
    m_window->setSyncService(m_sync);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_view = m_window->scheduleView();
}

const ScheduleColumn *SyncUiFixture::tuesdayColumn() const
{
    for (const ScheduleColumn &c : m_view->data().columns) {
        if (c.day == tuesday() && c.practitioner.id == m_f->practitionerId)
            return &c;
    }
    return nullptr;
}

bool SyncUiFixture::waitForFreshTuesday()
{
    return QTest::qWaitFor(
        [this] {
            const ScheduleColumn *c = tuesdayColumn();
            return c && c->google.freshness == GoogleColumn::Freshness::Fresh;
        },
        20000);
}

bool SyncUiFixture::offered(qint64 startMs) const
{
    for (const FreeSlot &s : m_view->displayedFreeSlots()) {
        if (s.practitionerId == m_f->practitionerId && s.span.startMs == startMs)
            return true;
    }
    return false;
}

QPointer<BookingDialog> SyncUiFixture::bookAt(qint64 startMs, const QString &patient)
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

QJsonArray SyncUiFixture::liveEvents(const QString &calendar)
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

std::optional<SyncBadge> SyncUiFixture::badge(qint64 appointmentId) const
{
    const auto it = m_view->data().sync.constFind(appointmentId);
    if (it == m_view->data().sync.cend())
        return std::nullopt;
    return *it;
}

qint64 SyncUiFixture::bookDirectly(qint64 startMs)
{
    BookingRequest r;
    r.practitionerId = m_f->practitionerId;
    r.typeId = m_f->typeId;
    r.startMs = startMs;
    r.newPatientName = QStringLiteral("Lukas Weber");
    auto booked = m_f->booking->book(r);
    return booked ? booked->id : 0;
}

} // namespace empfang::test
