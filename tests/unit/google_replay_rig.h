#pragma once

#include "app/google_stack.h"
#include "memory_token_store.h"
#include "replay_network.h"
#include "storage/google_connection_repository.h"
#include "storage/practitioner_repository.h"
#include "test_database.h"

#include <QTest>

#include <memory>
#include <optional>

namespace empfang::test {

/// The in-process Google stack of the replay tests: a real database, the MemoryTokenStore, the
/// app's GoogleStack (GoogleConnectionService, CalendarClient, SyncService) — and a
/// ReplayNetwork where the internet would be. Member order is construction order: the stack
/// goes before the network and the store it uses.
struct GoogleReplayRig
{
    static QString fixture(const QString &name)
    {
        return QStringLiteral(EMPFANG_GOOGLE_REPLIES "/") + name;
    }
    static QString fixture(const char *name) { return fixture(QString::fromLatin1(name)); }
    static GoogleEndpoints endpoints()
    {
        GoogleEndpoints e = GoogleEndpoints::defaults();
        e.clientId = QStringLiteral("replay-client.apps.googleusercontent.com");
        e.clientSecret = QStringLiteral("replay-secret");
        return e;
    }

    GoogleReplayRig()
    {
        auto p = PractitionerRepository(*t.db).add(QStringLiteral("Dr. Replay"));
        if (!p)
            qFatal("no practitioner: %s", qPrintable(p.error()));
        practitionerId = p->id;
        // Every answer comes from the replaying network: no request may go out on a lane of
        // its own (that would be the real internet).
        client.setMaxLanes(1);
    }

    /// Connected with both scopes; the refresh token in the store.
    void connect(const QStringList &scopes = {QLatin1String(GoogleEndpoints::kScopeEvents),
                                              QLatin1String(GoogleEndpoints::kScopeReadonly)})
    {
        GoogleConnection c;
        c.practitionerId = practitionerId;
        c.state = scopes.contains(QLatin1String(GoogleEndpoints::kScopeEvents))
                      ? GoogleConnection::State::Connected
                      : GoogleConnection::State::ReadOnly;
        c.grantedScopes = scopes;
        if (Status s = GoogleConnectionRepository(*t.db).save(c); !s)
            qFatal("connection not saved: %s", qPrintable(s.error()));
        tokens.entries.insert(practitionerId, QStringLiteral("1//replay-refresh-token"));
    }

    /// The next token request is answered with `name`.
    void answerToken(const QString &name = QStringLiteral("token_refresh_calendar_200.http"))
    {
        nam.queueFile("POST", QStringLiteral("/token"), fixture(name));
    }

    TestDatabase t;
    ReplayNetwork nam;
    MemoryTokenStore tokens;
    GoogleStack stack{*t.db, t.clock, GoogleStack::Options{endpoints(), &tokens, &nam, 0}};
    GoogleConnectionService &service = stack.connections();
    CalendarClient &client = stack.calendar();
    qint64 practitionerId = 0;
};

/// Waits for a callback API: `start(done)` is given a callback that stores the answer.
template <typename T, typename Start> std::optional<T> waitFor(Start start, int timeoutMs = 5000)
{
    auto answer = std::make_shared<std::optional<T>>();
    start([answer](const T &a) { *answer = a; });
    if (!QTest::qWaitFor([answer] { return answer->has_value(); }, timeoutMs))
        return std::nullopt; // the caller's QVERIFY says so
    return *answer;
}

} // namespace empfang::test
