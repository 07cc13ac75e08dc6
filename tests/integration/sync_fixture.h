#pragma once

#include "app/google_stack.h"
#include "fake_google_process.h"
#include "storage/appointment_type_repository.h"
#include "storage/google_connection_repository.h"
#include "storage/outbox_repository.h"
#include "storage/patient_repository.h"
#include "storage/practitioner_repository.h"
#include "storage/schedule_repository.h"
#include "sync/sync_service.h"
#include "test_database.h"

#include <QObject>
#include <QTest>

#include <memory>

namespace empfang::test {

/// The sync stack against the fake Google server: a real SQLite file, the real Secret Service
/// (run through with_keyring.sh), real HTTP. Booking uses the test clock; the sync uses the real
/// one, because retries wait real time.
struct SyncFixture
{
    static constexpr auto kAccount = "praxis.test@gmail.com";
    static const QDate monday() { return QDate(2026, 12, 7); }
    static qint64 at(int day, const QTime &t)
    {
        return TestDatabase::berlin(monday().addDays(day), t);
    }

    FakeGoogle &fake;
    TestDatabase t;
    Clock realClock;
    std::unique_ptr<GoogleStack> stack; // the app's wiring, with the fake's endpoints
    TokenStore *store = nullptr;        // the stack's: the real keychain
    GoogleConnectionService *connections = nullptr;
    CalendarClient *client = nullptr;
    SyncService *sync = nullptr;
    qint64 typeId = 0;
    qint64 patientId = 0;

    explicit SyncFixture(FakeGoogle &f) : fake(f)
    {
        GoogleStack::Options options;
        options.endpoints = fake.endpoints();
        options.transferTimeoutMs = 1500;
        stack = std::make_unique<GoogleStack>(*t.db, realClock, options);
        store = &stack->tokens();
        connections = &stack->connections();
        client = &stack->calendar();
        sync = &stack->sync();
        // Fast, deterministic retries: 20 ms base, 200 ms cap, half the ceiling each time.
        sync->setBackoff(Backoff(20, 200, [] { return 0.5; }));
        t.availability->setBusySource(sync->busySource());
        AppointmentType type;
        type.name = QStringLiteral("Krankengymnastik");
        type.minutes = 30;
        typeId = AppointmentTypeRepository(*t.db).add(type).value().id;
        patientId = PatientRepository(*t.db)
                        .add({0, QStringLiteral("Jürgen Müller"), {}, {}, {}})
                        .value()
                        .id;
    }

    /// A practitioner with weekday hours 8–17, connected to the fake's account (the refresh
    /// token goes into the keychain as after a real consent) unless `withToken` is false.
    qint64 practitioner(const QString &name, const QStringList &busy = {QStringLiteral("primary")},
                        bool withToken = true,
                        GoogleConnection::State state = GoogleConnection::State::Connected)
    {
        const qint64 pid = PractitionerRepository(*t.db).add(name).value().id;
        for (int wd = 1; wd <= 5; ++wd)
            ScheduleRepository(*t.db).addHours({0, pid, wd, QTime(8, 0), QTime(17, 0), {}, {}});
        GoogleConnection c;
        c.practitionerId = pid;
        c.state = state;
        c.grantedScopes = GoogleEndpoints::requestedScope().split(QLatin1Char(' '));
        c.busyCalendars = busy;
        c.googleAccount = QLatin1String(kAccount);
        GoogleConnectionRepository(*t.db).save(c);
        if (withToken) {
            const QString refresh =
                fake.request("POST", fake.url(QStringLiteral("/_fake/grant")), "{}")
                    .json()
                    .object()
                    .value(QLatin1String("refresh_token"))
                    .toString();
            bool written = false;
            store->write(pid, refresh, [&](const TokenStore::Answer &a) { written = a.ok(); });
            if (!QTest::qWaitFor([&] { return written; }, 10000))
                qWarning("keychain write did not finish");
        }
        return pid;
    }

    Result<Appointment> book(qint64 pid, qint64 start)
    {
        BookingRequest r;
        r.practitionerId = pid;
        r.typeId = typeId;
        r.startMs = start;
        r.patientId = patientId;
        return t.booking->book(r);
    }

    /// Pushes until nothing is due or pending (retries included), or the timeout.
    bool drain(int timeoutMs = 20000)
    {
        sync->pushNow();
        return QTest::qWaitFor(
            [&] {
                if (sync->isPushing())
                    return false;
                if (OutboxRepository(*t.db).counts().pending == 0)
                    return true;
                sync->pushNow();
                return false;
            },
            timeoutMs);
    }
    bool refresh(const Interval &range, BusyRefresher::Summary *summary = nullptr)
    {
        bool done = false;
        sync->refreshBusy(range, [&](const BusyRefresher::Summary &s) {
            done = true;
            if (summary)
                *summary = s;
        });
        return QTest::qWaitFor([&] { return done; }, 20000);
    }

    QJsonArray events(const QString &calendar = QStringLiteral("primary"))
    {
        QUrl u = fake.url(QStringLiteral("/_fake/events"));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("calendar"), calendar);
        u.setQuery(q);
        return fake.request("GET", u).json().array();
    }
    QJsonArray liveEvents(const QString &calendar = QStringLiteral("primary"))
    {
        QJsonArray live;
        for (const QJsonValue &v : events(calendar)) {
            if (v.toObject().value(QLatin1String("status")).toString() !=
                QLatin1String("cancelled"))
                live.append(v);
        }
        return live;
    }
    SyncState state(qint64 appointmentId)
    {
        const auto s = sync->appointmentSync(appointmentId);
        return s ? s->state : SyncState::Pending;
    }
    QString note(qint64 appointmentId)
    {
        const auto s = sync->appointmentSync(appointmentId);
        return s ? s->message : QString();
    }
};

/// What tst_sync_push, tst_sync_busy and tst_sync_parallel start from: the fake Google server
/// once per suite, a fresh SyncFixture `f` with Dr. Weber (`weber`) for every test function.
/// QTest runs these slots for each suite derived from it.
class SyncTestCase : public QObject
{
    Q_OBJECT

protected:
    FakeGoogle m_fake;
    std::unique_ptr<SyncFixture> f;
    qint64 weber = 0;

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run through tests/fakes/with_keyring.sh");
        QVERIFY(m_fake.start(QStringLiteral(EMPFANG_FAKE_GOOGLE)));
    }
    void init()
    {
        m_fake.reset();
        f = std::make_unique<SyncFixture>(m_fake);
        weber = f->practitioner(QStringLiteral("Dr. Weber"));
    }
    void cleanup() { f.reset(); }
};

} // namespace empfang::test
