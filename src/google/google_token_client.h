#pragma once

#include "google_endpoints.h"
#include "google_http.h"
#include "network_lanes.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;

namespace empfang {

/// Every call to the token and revoke endpoints: the code exchange of the interactive flow,
/// refreshing an access token and revoking a token. Done by hand rather than through
/// QOAuth2AuthorizationCodeFlow because we must see the error body (`invalid_grant` = revoked in
/// the Google account), authenticate the client with HTTP Basic, and send every request through
/// GoogleHttp (no redirects, capped answers, a deadline).
///
/// Client authentication: RFC 6749 §2.3.1 HTTP Basic (client id and secret, form-encoded), so
/// any standard OAuth 2.0 server accepts it; client_id and client_secret also stay in the body
/// of token requests, the form Google documents for Desktop clients ("client_secret is
/// missing." without it).
class GoogleTokenClient : public QObject
{
    Q_OBJECT
public:
    /// A token endpoint answer, checked field by field.
    struct TokenAnswer
    {
        bool ok = false; // a usable access token arrived
        QString accessToken;
        QString refreshToken; // empty when the answer had none (normal for a refresh)
        qint64 expiresAtMs = 0;
        bool scopeReported = false; // `scope` present (absent = as requested, RFC 6749 5.1)
        QString scope;
        // What to revoke when the answer is refused: the refresh token if one came, else the
        // access token (set also when `ok` is false because another field was garbled).
        QString revocable;
        QString revocableHint;
        QString googleError; // `error` of an error answer, e.g. "invalid_grant"
        QString googleErrorDescription;
    };
    struct Refreshed
    {
        bool ok = false;
        bool invalidGrant = false; // the refresh token is dead: revoked or expired at Google
        QString accessToken;
        qint64 expiresAtMs = 0;
        bool scopeReported = false;
        QString scope; // as Google returned it, when scopeReported
        QString error; // German, when !ok
        // Google could not be asked (network, timeout, 429, 5xx, garbled answer): the
        // connection itself is fine, so callers treat it like any "try again later".
        bool transient = false;
    };
    struct Exchanged
    {
        int httpStatus = 0;
        bool answered = false; // an HTTP answer arrived (else `error` says why not)
        TokenAnswer answer;
        QString error; // German, when the exchange failed before Google could answer
    };
    struct Revoked
    {
        bool ok = false; // Google confirmed, or said the token was already invalid
        QString error;   // German, when !ok
    };

    GoogleTokenClient(QNetworkAccessManager *nam, GoogleEndpoints endpoints,
                      QObject *parent = nullptr);

    void setEndpoints(const GoogleEndpoints &endpoints) { m_endpoints = endpoints; }

    /// The authorization code exchange (with the PKCE verifier).
    void exchangeCode(const QString &code, const QString &verifier, const QString &redirectUri,
                      std::function<void(const Exchanged &)> done);
    void refresh(const QString &refreshToken, std::function<void(const Refreshed &)> done);
    /// RFC 7009 with `token_type_hint`: "refresh_token" or "access_token".
    void revoke(const QString &token, const QString &tokenTypeHint,
                std::function<void(const Revoked &)> done);

    /// Parses a token endpoint body strictly: access_token/refresh_token non-empty strings,
    /// scope a string, expires_in a positive whole number of at most one day (else 3600 s).
    static TokenAnswer parseTokenAnswer(const QByteArray &body, qint64 nowMs);

    /// German sentence for an HTTP answer with an error status.
    static QString describeStatus(int status, const QString &googleError);

    static constexpr qint64 kMaxExpiresInSeconds = 24 * 60 * 60;
    static constexpr qint64 kDefaultExpiresInSeconds = 3600;

private:
    void post(const QUrl &url, const QList<QPair<QString, QString>> &fields,
              GoogleHttp::Callback done);

    // Refreshes of many accounts at once (the first busy refresh of a practice with 50
    // connected practitioners) go out on up to NetworkLanes::kMaxLanes managers, like the
    // calendar requests that wait for them: the token endpoint is a server of its own, and one
    // manager would send them six at a time.
    NetworkLanes m_lanes;
    GoogleEndpoints m_endpoints;
};

} // namespace empfang
