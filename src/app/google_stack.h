#pragma once

#include "google/calendar_client.h"
#include "google/google_connection_service.h"
#include "google/google_endpoints.h"
#include "security/token_store.h"
#include "sync/sync_service.h"

#include <QNetworkAccessManager>
#include <QObject>

#include <memory>

namespace empfang {

class Clock;
class Database;
class WorkerConnection;

/// The Google side of one process, wired in one place for the window, empfang-cli and the
/// tests (docs/ARCHITECTURE.md §1): network access, the token store (the OS keychain unless
/// given), the connection service, the Calendar client and the sync service. The members are
/// declared in construction order, so destruction runs the other way round: the sync service
/// goes first, while the client, the connection service, the token store and the network
/// access it uses still exist.
///
/// The sync service is built on first use: `connect`, `disconnect` and `status` of empfang-cli
/// need the connection service only and must not start pushing the outbox.
class GoogleStack : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        GoogleEndpoints endpoints = GoogleEndpoints::load();
        TokenStore *tokens = nullptr;             // null: the OS keychain, owned by the stack
        QNetworkAccessManager *network = nullptr; // null: one of its own
        int transferTimeoutMs = 0;                // per request; 0 keeps the client's default
        WorkerConnection *background = nullptr;   // null: one of its own (busy times stored)
    };

    GoogleStack(Database &db, const Clock &clock, QObject *parent = nullptr);
    GoogleStack(Database &db, const Clock &clock, const Options &options,
                QObject *parent = nullptr);
    ~GoogleStack() override;

    QNetworkAccessManager &network() { return *m_network; }
    TokenStore &tokens() { return *m_tokens; }
    GoogleConnectionService &connections() { return m_connections; }
    CalendarClient &calendar() { return m_calendar; }
    /// The sync service, built now if it was not yet (not started: see SyncService::start).
    SyncService &sync();
    SyncService *syncIfBuilt() const { return m_sync.get(); }

private:
    std::unique_ptr<QNetworkAccessManager> m_ownNetwork;
    QNetworkAccessManager *m_network;
    std::unique_ptr<TokenStore> m_ownTokens;
    TokenStore *m_tokens;
    GoogleConnectionService m_connections;
    CalendarClient m_calendar;
    Database &m_db;
    const Clock &m_clock;
    std::unique_ptr<WorkerConnection> m_ownBackground;
    WorkerConnection *m_background;
    std::unique_ptr<SyncService> m_sync;
};

} // namespace empfang
