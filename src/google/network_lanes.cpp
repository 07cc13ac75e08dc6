#include "network_lanes.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>

#include <algorithm>

namespace empfang {

NetworkLanes::NetworkLanes(QNetworkAccessManager *primary, int maxLanes)
    : m_maxLanes(std::max(1, maxLanes))
{
    auto lane = std::make_shared<Lane>();
    lane->nam = primary;
    m_lanes << lane;
}

NetworkLanes::~NetworkLanes() = default;

void NetworkLanes::setMaxLanes(int lanes)
{
    m_maxLanes = std::max(1, lanes);
}

int NetworkLanes::inFlight() const
{
    int n = 0;
    for (const auto &lane : m_lanes)
        n += lane->inFlight;
    return n;
}

std::shared_ptr<NetworkLanes::Lane> NetworkLanes::pick()
{
    // The first lane with a free connection, in the order the lanes were made: the primary
    // carries everything until it is full.
    for (const auto &lane : m_lanes) {
        if (lane->inFlight < kConnectionsPerLane)
            return lane;
    }
    const QNetworkAccessManager *primary = m_lanes.first()->nam;
    // A manager of a subclass answers requests its own way (a test's replaying network, a
    // proxy wrapper): a plain manager beside it would go around it, so it stays the only lane.
    const bool plain = primary->metaObject() == &QNetworkAccessManager::staticMetaObject;
    if (plain && m_lanes.size() < m_maxLanes) {
        auto lane = std::make_shared<Lane>();
        lane->owned = std::make_unique<QNetworkAccessManager>();
        lane->nam = lane->owned.get();
        // Whatever the app set on its manager holds for every lane (GoogleHttp sets redirects
        // and timeouts per request anyway).
        lane->nam->setProxy(primary->proxy());
        lane->nam->setStrictTransportSecurityEnabled(primary->isStrictTransportSecurityEnabled());
        lane->nam->setRedirectPolicy(primary->redirectPolicy());
        lane->nam->setTransferTimeout(primary->transferTimeout());
        m_lanes << lane;
        return lane;
    }
    // Every lane full: the manager queues the request; the least loaded one frees up first.
    return *std::min_element(m_lanes.cbegin(), m_lanes.cend(), [](const auto &a, const auto &b) {
        return a->inFlight < b->inFlight;
    });
}

void NetworkLanes::send(const QNetworkRequest &request, const QByteArray &verb,
                        const QByteArray &body, qint64 maxBytes, QObject *context,
                        GoogleHttp::Callback done)
{
    const std::shared_ptr<Lane> lane = pick();
    ++lane->inFlight;
    // Weak: the answer's callback must not keep a lane (and its manager) alive.
    std::weak_ptr<Lane> weak = lane;
    GoogleHttp::send(lane->nam, request, verb, body, maxBytes, context,
                     [weak, done = std::move(done)](const GoogleHttp::Reply &reply) {
                         if (const auto l = weak.lock())
                             --l->inFlight;
                         done(reply);
                     });
}

} // namespace empfang
