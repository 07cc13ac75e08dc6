#pragma once

// Shared by the sync benchmarks: the SyncFixture of the integration tests (real SQLite, the
// real keychain through with_keyring.sh, the fake Google server over loopback HTTP) and a few
// helpers to print figures.
#include "sync_fixture.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <algorithm>
#include <cstdio>

namespace empfang::bench {

inline bool quick()
{
    return QCoreApplication::arguments().contains(QStringLiteral("--quick"));
}

/// The p-th percentile (0–100) of `values`, nearest rank.
inline double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype rank = std::clamp<qsizetype>(
        qsizetype(std::ceil(p / 100.0 * double(values.size()))) - 1, 0, values.size() - 1);
    return values.at(rank);
}

/// Starts the fake or exits: without it there is nothing to measure.
inline void startFake(test::FakeGoogle &fake)
{
    // The figures are the output; the product's info logging would bury them.
    QLoggingCategory::setFilterRules(QStringLiteral("empfang.*=false"));
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        std::fprintf(stderr, "run through tests/fakes/with_keyring.sh (needs the keychain)\n");
        std::exit(2);
    }
    if (!fake.start(QStringLiteral(EMPFANG_FAKE_GOOGLE))) {
        std::fprintf(stderr, "the fake Google server did not start\n");
        std::exit(2);
    }
}

/// A calendar of its own for practitioner `i` in the fake's account.
inline QString addCalendar(test::FakeGoogle &fake, int i)
{
    const QString id = QStringLiteral("c_bench%1@group.calendar.google.com").arg(i);
    fake.post(QStringLiteral("/_fake/calendars"), {{QStringLiteral("id"), id}});
    return id;
}

/// Connects practitioner `pid` to the fake as after a real consent: the connection row with
/// `calendars` as busy calendars under `account`, the refresh token in the keychain.
inline void connectToFake(Database &db, test::FakeGoogle &fake, TokenStore &store, qint64 pid,
                          const QStringList &calendars, const QString &account)
{
    GoogleConnection c;
    c.practitionerId = pid;
    c.state = GoogleConnection::State::Connected;
    c.grantedScopes = GoogleEndpoints::requestedScope().split(QLatin1Char(' '));
    c.busyCalendars = calendars;
    c.googleAccount = account;
    GoogleConnectionRepository(db).save(c);
    const QString refresh = fake.request("POST", fake.url(QStringLiteral("/_fake/grant")), "{}")
                                .json()
                                .object()
                                .value(QLatin1String("refresh_token"))
                                .toString();
    bool written = false;
    store.write(pid, refresh, [&](const TokenStore::Answer &a) { written = a.ok(); });
    if (!QTest::qWaitFor([&] { return written; }, 10000))
        qWarning("keychain write did not finish");
}

} // namespace empfang::bench
