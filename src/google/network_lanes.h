#pragma once

#include "google_http.h"

#include <QList>

#include <memory>

class QNetworkAccessManager;

namespace empfang {

/// Spreads Google requests over a few QNetworkAccessManagers ("lanes") so that more than six
/// can be on their way at once.
///
/// Why: a QNetworkAccessManager opens at most six HTTP/1.1 connections per server and queues
/// the rest. The busy times of 50 Google accounts are 50 freeBusy requests (one token each, so
/// they cannot share a request); at 200 ms per request that is nine rounds, about two seconds,
/// while the desk waits for the grid's busy times. Each further lane is a manager of its own
/// with six more connections (over HTTP/2, Google's protocol, one more multiplexed connection).
///
/// Why bounded (kMaxLanes): the point is a few rounds instead of nine, not one connection per
/// account. Google limits requests per project and user per minute and answers bursts with
/// rateLimitExceeded; a practice's router or proxy counts open connections; each manager has a
/// thread and a connection cache of its own. Three lanes, eighteen requests at once, bring 50
/// accounts down to three rounds.
///
/// The first lane is the manager handed in (the app's only one); the others are made only when a
/// request finds every lane made so far full, so a desk with a handful of practitioners never
/// opens a second. A manager of a subclass (a test's replaying network) stays the only lane.
/// Requests go out in the order they are sent: nothing is held back or reordered here, so the
/// callers' rules for retries and pauses (RetryGate, the outbox's backoff, one write per
/// appointment at a time) stay as they are.
class NetworkLanes
{
public:
    /// Qt's limit of HTTP/1.1 connections per server and QNetworkAccessManager.
    static constexpr int kConnectionsPerLane = 6;
    static constexpr int kMaxLanes = 3;

    explicit NetworkLanes(QNetworkAccessManager *primary, int maxLanes = kMaxLanes);
    ~NetworkLanes();
    NetworkLanes(const NetworkLanes &) = delete;
    NetworkLanes &operator=(const NetworkLanes &) = delete;

    /// At most `lanes` managers (at least 1: only the one handed in). Lanes already made stay.
    void setMaxLanes(int lanes);
    /// GoogleHttp::send() on the lane with the most room.
    void send(const QNetworkRequest &request, const QByteArray &verb, const QByteArray &body,
              qint64 maxBytes, QObject *context, GoogleHttp::Callback done);

    int lanes() const { return int(m_lanes.size()); }
    int inFlight() const;

private:
    struct Lane
    {
        QNetworkAccessManager *nam = nullptr;
        std::unique_ptr<QNetworkAccessManager> owned; // null for the primary
        int inFlight = 0;
    };
    std::shared_ptr<Lane> pick();

    QList<std::shared_ptr<Lane>> m_lanes;
    int m_maxLanes;
};

} // namespace empfang
