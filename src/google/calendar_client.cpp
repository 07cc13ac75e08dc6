#include "calendar_client.h"

#include "google_connection_service.h"
#include "google_http.h"
#include "google_logging.h"
#include "retry_after.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>

namespace empfang {

namespace {

// What we read of an event: enough to reconcile our own events, nothing about anybody else's.
constexpr auto kEventFields = "id,etag,status,start,end,extendedProperties";

bool isRateLimit(const QString &reason)
{
    return reason == QLatin1String("rateLimitExceeded") ||
           reason == QLatin1String("userRateLimitExceeded") ||
           reason == QLatin1String("quotaExceeded");
}

QString errorReason(const QJsonObject &json)
{
    const QJsonObject error = json.value(QLatin1String("error")).toObject();
    const QJsonArray errors = error.value(QLatin1String("errors")).toArray();
    if (!errors.isEmpty())
        return errors.at(0).toObject().value(QLatin1String("reason")).toString();
    return error.value(QLatin1String("status")).toString();
}

} // namespace

CalendarClient::CalendarClient(GoogleConnectionService &connections, QNetworkAccessManager *nam,
                               QObject *parent)
    : QObject(parent), m_connections(connections), m_lanes(nam)
{
}

CalendarClient::Outcome CalendarClient::classify(Operation op, int status, const QString &reason,
                                                 bool transportFailed)
{
    if (transportFailed || status == 0)
        return Outcome::RetryLater; // timeouts, refused or dropped connections
    if (status >= 200 && status < 300)
        return Outcome::Ok;
    if (status == 401)
        return Outcome::RefreshToken;
    if (status == 409 && op == Operation::Insert)
        return Outcome::AlreadyDone; // our client-chosen id exists: an earlier try got through
    if ((status == 404 || status == 410) && op == Operation::Delete)
        return Outcome::AlreadyDone;
    if ((status == 404 || status == 410) && (op == Operation::Get || op == Operation::Patch))
        return Outcome::Gone;
    if (status == 412)
        return Outcome::Conflict;
    if (status == 429 || status >= 500 || status == 408)
        return Outcome::RetryLater;
    if (status == 403 && isRateLimit(reason))
        return Outcome::RetryLater; // 403 and 429 rate limits mean the same [ERR]
    return Outcome::Permanent; // 400, 403 forbidden/insufficient scope, 404 calendar, 409 other
}

QString CalendarClient::describe(Outcome outcome, int status, const QString &reason)
{
    switch (outcome) {
    case Outcome::Ok:
    case Outcome::AlreadyDone:
        return {};
    case Outcome::Gone:
        return tr("The event no longer exists in the Google calendar.");
    case Outcome::Conflict:
        return tr("The event was changed in the Google calendar meanwhile.");
    case Outcome::RetryLater:
        if (status == 0)
            return tr("Google could not be reached. Empfang will try again automatically.");
        return tr("Google is busy or had a temporary problem (HTTP %1). Empfang will try again "
                  "automatically.")
            .arg(status);
    case Outcome::RefreshToken:
        return tr("Google did not accept the access. Please check the Google connection of "
                  "this practitioner in the settings.");
    case Outcome::NotConnected:
        return tr("This practitioner is not connected with Google.");
    case Outcome::Permanent:
        if (status == 403)
            return tr("Google does not allow Empfang to write to this calendar (%1). Please "
                      "choose another calendar or connect again, then try again.")
                .arg(reason);
        if (status == 404)
            return tr("Google does not know the chosen calendar. Please choose the calendar "
                      "again in the settings, then try again.");
        return tr("Google refused the change (HTTP %1, %2). Please check the appointment and "
                  "try again.")
            .arg(status)
            .arg(reason);
    }
    return {};
}

QString CalendarClient::eventsPath(const QString &calendarId)
{
    // Decoded path: QUrl encodes what needs encoding (e.g. '#' in holiday calendar ids).
    return QStringLiteral("calendars/") + calendarId + QStringLiteral("/events");
}

void CalendarClient::freeBusy(qint64 practitionerId, const QJsonObject &body, Callback done)
{
    Call c{practitionerId,
           Operation::FreeBusy,
           "POST",
           QStringLiteral("freeBusy"),
           {},
           QJsonDocument(body).toJson(QJsonDocument::Compact),
           {},
           false};
    send(std::move(c), std::move(done));
}

void CalendarClient::insertEvent(qint64 practitionerId, const QString &calendarId,
                                 const QJsonObject &event, Callback done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("sendUpdates"), QStringLiteral("none"));
    q.addQueryItem(QStringLiteral("fields"), QLatin1String(kEventFields));
    send({practitionerId,
          Operation::Insert,
          "POST",
          eventsPath(calendarId),
          q,
          QJsonDocument(event).toJson(QJsonDocument::Compact),
          {},
          false},
         std::move(done));
}

void CalendarClient::getEvent(qint64 practitionerId, const QString &calendarId,
                              const QString &eventId, Callback done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("fields"), QLatin1String(kEventFields));
    send({practitionerId,
          Operation::Get,
          "GET",
          eventsPath(calendarId) + u'/' + eventId,
          q,
          {},
          {},
          false},
         std::move(done));
}

void CalendarClient::patchEvent(qint64 practitionerId, const QString &calendarId,
                                const QString &eventId, const QString &etag,
                                const QJsonObject &patch, Callback done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("sendUpdates"), QStringLiteral("none"));
    q.addQueryItem(QStringLiteral("fields"), QLatin1String(kEventFields));
    send({practitionerId, Operation::Patch, "PATCH", eventsPath(calendarId) + u'/' + eventId, q,
          QJsonDocument(patch).toJson(QJsonDocument::Compact), etag, false},
         std::move(done));
}

void CalendarClient::deleteEvent(qint64 practitionerId, const QString &calendarId,
                                 const QString &eventId, Callback done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("sendUpdates"), QStringLiteral("none"));
    send({practitionerId,
          Operation::Delete,
          "DELETE",
          eventsPath(calendarId) + u'/' + eventId,
          q,
          {},
          {},
          false},
         std::move(done));
}

void CalendarClient::listEvents(qint64 practitionerId, const QString &calendarId,
                                const QUrlQuery &filter, Callback done)
{
    listPage(practitionerId, calendarId, filter, QJsonObject{}, std::move(done));
}

void CalendarClient::listPage(qint64 practitionerId, const QString &calendarId, QUrlQuery filter,
                              QJsonObject collected, Callback done)
{
    QUrlQuery q = filter;
    q.removeAllQueryItems(QStringLiteral("fields"));
    q.addQueryItem(QStringLiteral("fields"),
                   QStringLiteral("items(%1),nextPageToken").arg(QLatin1String(kEventFields)));
    QPointer<CalendarClient> self(this);
    send({practitionerId, Operation::List, "GET", eventsPath(calendarId), q, {}, {}, false},
         [self, practitionerId, calendarId, filter, collected,
          done = std::move(done)](const Reply &page) mutable {
             if (!self)
                 return;
             if (page.outcome != Outcome::Ok)
                 return done(page);
             QJsonArray items = collected.value(QLatin1String("items")).toArray();
             for (const QJsonValue &v : page.json.value(QLatin1String("items")).toArray())
                 items.append(v);
             collected.insert(QStringLiteral("items"), items);
             const QString next = page.json.value(QLatin1String("nextPageToken")).toString();
             if (next.isEmpty()) {
                 Reply all = page;
                 all.json = collected;
                 return done(all);
             }
             filter.removeAllQueryItems(QStringLiteral("pageToken"));
             filter.addQueryItem(QStringLiteral("pageToken"), next);
             self->listPage(practitionerId, calendarId, filter, collected, std::move(done));
         });
}

void CalendarClient::send(Call call, Callback done)
{
    QPointer<CalendarClient> self(this);
    m_connections.accessToken(call.practitionerId, [self, call, done = std::move(done)](
                                                       const Result<QString> &token) mutable {
        if (!self)
            return;
        if (!token) {
            Reply r;
            r.outcome = self->m_connections.tokenUnreachable(call.practitionerId)
                            ? Outcome::RetryLater
                            : Outcome::NotConnected;
            r.message = token.error();
            return done(r);
        }
        self->sendWithToken(call, token.value(), std::move(done));
    });
}

void CalendarClient::sendWithToken(const Call &call, const QString &token, Callback done)
{
    QUrl url = m_connections.endpoints().api(call.path);
    if (!call.query.isEmpty())
        url.setQuery(call.query);
    QNetworkRequest request(url);
    // The one place the access token goes on the wire; it is never logged, and GoogleHttp
    // follows no redirect, so it never goes anywhere else.
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setTransferTimeout(m_timeoutMs);
    if (!call.etag.isEmpty())
        request.setRawHeader("If-Match", call.etag.toUtf8()); // verbatim, quotes included
    if (!call.body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    m_lanes.send(request, call.verb, call.body, GoogleHttp::kApiMaxBytes, this,
                 [this, call, done = std::move(done)](const GoogleHttp::Reply &reply) mutable {
                     finish(call, reply, std::move(done));
                 });
}

void CalendarClient::finish(const Call &call, const GoogleHttp::Reply &reply, Callback done)
{
    Reply r;
    r.httpStatus = reply.status;
    if (!reply.answered()) {
        // No usable answer (unreachable, redirected, oversized, too slow): nothing of it is
        // read, and the request counts as not done — the outbox keeps it for later.
        static const char *const reasons[] = {"", "", "redirect", "responseTooLarge",
                                              "deadlineExceeded"};
        r.outcome = Outcome::RetryLater;
        r.reason = QLatin1String(reasons[int(reply.failure)]);
        r.message = reply.message();
        if (reply.failure == GoogleHttp::Failure::Network)
            r.httpStatus = 0;
        qCDebug(lcGoogle) << "calendar" << call.verb << int(call.op) << "practitioner"
                          << call.practitionerId << "-> no answer" << int(reply.failure);
        Q_EMIT requestFinished(call.practitionerId, int(call.op), r.httpStatus);
        return done(r);
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &parseError);
    r.json = doc.object();
    r.reason = errorReason(r.json);
    r.outcome = classify(call.op, r.httpStatus, r.reason, false);
    if (r.outcome == Outcome::RetryLater)
        r.retryAfterMs = RetryAfter::parseMs(reply.retryAfter, QDateTime::currentDateTimeUtc());
    // A 2xx with a body we cannot read is as good as no answer: try again later.
    if (r.outcome == Outcome::Ok && call.op != Operation::Delete &&
        (parseError.error != QJsonParseError::NoError || !doc.isObject())) {
        r.outcome = Outcome::RetryLater;
        r.reason = QStringLiteral("malformedResponse");
    }
    qCDebug(lcGoogle) << "calendar" << call.verb << int(call.op) << "practitioner"
                      << call.practitionerId << "->" << r.httpStatus << r.reason;
    Q_EMIT requestFinished(call.practitionerId, int(call.op), r.httpStatus);
    if (r.outcome == Outcome::RefreshToken && !call.replayed) {
        // The access token was not accepted (expired early, revoked): one refresh, one replay.
        m_connections.forgetAccessToken(call.practitionerId);
        Call again = call;
        again.replayed = true;
        return send(std::move(again), std::move(done));
    }
    r.message = describe(r.outcome, r.httpStatus, r.reason);
    done(r);
}

} // namespace empfang
