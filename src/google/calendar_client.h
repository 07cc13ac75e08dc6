#pragma once

#include "google_http.h"
#include "network_lanes.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>
#include <QUrlQuery>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace empfang {

class GoogleConnectionService;

/// The Calendar v3 calls of the sync: freeBusy and events insert/get/patch/delete/list (the
/// calendar list stays with GoogleConnectionService). One place adds the Authorization header
/// (token from GoogleConnectionService), replays once after a refresh on 401, and maps HTTP
/// status + Google's error `reason` to what the caller should do. Every call answers exactly
/// once, asynchronously, on the shared QNetworkAccessManager — and, when more than six requests
/// are on their way at once (the busy times of many accounts), on a few more (NetworkLanes).
class CalendarClient : public QObject
{
    Q_OBJECT
public:
    enum class Operation { FreeBusy, Insert, Get, Patch, Delete, List };
    enum class Outcome {
        Ok,
        AlreadyDone,  // insert: 409 (the id exists); delete: 404/410 (already gone)
        Gone,         // get/patch: 404/410 or status "cancelled" — deleted in Google
        Conflict,     // patch: 412, the etag no longer matches
        RetryLater,   // 429, 403 rate limits, 5xx, timeouts, network, malformed answers
        RefreshToken, // 401 even after one refresh and replay
        NotConnected, // no access token: not connected, keychain unavailable, revoked
        Permanent,    // 400, 403 forbidden, 404 calendar …: retrying will not help
    };
    struct Reply
    {
        Outcome outcome = Outcome::RetryLater;
        int httpStatus = 0;
        QString reason;          // Google's error reason, e.g. "rateLimitExceeded"
        QJsonObject json;        // the answer (List: {"items": all pages})
        QString message;         // German, when not Ok/AlreadyDone
        qint64 retryAfterMs = 0; // 429/503 with Retry-After: wait at least this long (0: none)
    };
    using Callback = std::function<void(const Reply &)>;

    CalendarClient(GoogleConnectionService &connections, QNetworkAccessManager *nam,
                   QObject *parent = nullptr);

    void setTransferTimeout(int ms) { m_timeoutMs = ms; }
    /// At most this many QNetworkAccessManagers (NetworkLanes::kMaxLanes by default); 1 sends
    /// everything through the one handed in (a test's replaying network).
    void setMaxLanes(int lanes) { m_lanes.setMaxLanes(lanes); }
    /// Requests sent and not yet answered (for tests and benches).
    int inFlight() const { return m_lanes.inFlight(); }
    int lanes() const { return m_lanes.lanes(); }

    void freeBusy(qint64 practitionerId, const QJsonObject &body, Callback done);
    void insertEvent(qint64 practitionerId, const QString &calendarId, const QJsonObject &event,
                     Callback done);
    void getEvent(qint64 practitionerId, const QString &calendarId, const QString &eventId,
                  Callback done);
    void patchEvent(qint64 practitionerId, const QString &calendarId, const QString &eventId,
                    const QString &etag, const QJsonObject &patch, Callback done);
    void deleteEvent(qint64 practitionerId, const QString &calendarId, const QString &eventId,
                     Callback done);
    /// events.list with `filter` (e.g. privateExtendedProperty, timeMin/timeMax), every page.
    void listEvents(qint64 practitionerId, const QString &calendarId, const QUrlQuery &filter,
                    Callback done);

    /// The central mapping, public for its unit test.
    static Outcome classify(Operation op, int httpStatus, const QString &reason,
                            bool transportFailed);
    static QString describe(Outcome outcome, int httpStatus, const QString &reason);

Q_SIGNALS:
    /// Every finished request (for the request counters of benchmarks and the UI's "last
    /// contact with Google").
    void requestFinished(qint64 practitionerId, int operation, int httpStatus);

private:
    struct Call
    {
        qint64 practitionerId = 0;
        Operation op = Operation::Get;
        QByteArray verb;
        QString path;
        QUrlQuery query;
        QByteArray body;
        QString etag;
        bool replayed = false;
    };
    void send(Call call, Callback done);
    void sendWithToken(const Call &call, const QString &token, Callback done);
    void finish(const Call &call, const GoogleHttp::Reply &reply, Callback done);
    void listPage(qint64 practitionerId, const QString &calendarId, QUrlQuery filter,
                  QJsonObject collected, Callback done);
    static QString eventsPath(const QString &calendarId);

    GoogleConnectionService &m_connections;
    NetworkLanes m_lanes;
    int m_timeoutMs = 30000;
};

} // namespace empfang
