#include "google_stack.h"

#include "security/keychain_token_store.h"
#include "storage/worker_connection.h"

namespace empfang {

namespace {

std::unique_ptr<QNetworkAccessManager> networkUnless(QNetworkAccessManager *given)
{
    return given ? nullptr : std::make_unique<QNetworkAccessManager>();
}

std::unique_ptr<TokenStore> keychainUnless(TokenStore *given)
{
    if (given)
        return nullptr;
    auto keychain = std::make_unique<KeychainTokenStore>();
    keychain->setObjectName(QStringLiteral("keychainTokenStore"));
    return keychain;
}

} // namespace

GoogleStack::GoogleStack(Database &db, const Clock &clock, QObject *parent)
    : GoogleStack(db, clock, Options{}, parent)
{
}

GoogleStack::GoogleStack(Database &db, const Clock &clock, const Options &options, QObject *parent)
    : QObject(parent), m_ownNetwork(networkUnless(options.network)),
      m_network(options.network ? options.network : m_ownNetwork.get()),
      m_ownTokens(keychainUnless(options.tokens)),
      m_tokens(options.tokens ? options.tokens : m_ownTokens.get()),
      m_connections(db, *m_tokens, m_network, options.endpoints),
      m_calendar(m_connections, m_network), m_db(db), m_clock(clock),
      m_ownBackground(options.background
                          ? nullptr
                          : std::make_unique<WorkerConnection>(db, QStringLiteral("background"))),
      m_background(options.background ? options.background : m_ownBackground.get())
{
    setObjectName(QStringLiteral("googleStack"));
    m_connections.setObjectName(QStringLiteral("googleConnectionService"));
    if (options.transferTimeoutMs > 0)
        m_calendar.setTransferTimeout(options.transferTimeoutMs);
}

SyncService &GoogleStack::sync()
{
    if (!m_sync)
        m_sync =
            std::make_unique<SyncService>(m_db, m_connections, m_calendar, m_clock, *m_background);
    return *m_sync;
}

GoogleStack::~GoogleStack()
{
    // Objects a caller parented to the stack (a change feed, a timer) may use the sync service:
    // they go before the members, not after them as QObject would do it.
    const QObjectList kids = children();
    qDeleteAll(kids);
}

} // namespace empfang
