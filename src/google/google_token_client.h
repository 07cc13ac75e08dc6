#pragma once

#include "google_endpoints.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace empfang {

/// The two plain token-endpoint calls outside the interactive flow: refreshing an access token
/// and revoking a token. Done by hand rather than through QOAuth2AuthorizationCodeFlow because
/// we must see Google's error body (`invalid_grant` = revoked in the Google account), which
/// Qt 6.4's flow swallows.
class GoogleTokenClient : public QObject
{
    Q_OBJECT
public:
    struct Refreshed
    {
        bool ok = false;
        bool invalidGrant = false; // the refresh token is dead: revoked or expired at Google
        QString accessToken;
        qint64 expiresAtMs = 0;
        QString scope; // as Google returned it (may be empty = unchanged)
        QString error; // German, when !ok
        // Google could not be asked (network, timeout, 429, 5xx, garbled answer): the
        // connection itself is fine, so callers treat it like any "try again later".
        bool transient = false;
    };
    struct Revoked
    {
        bool ok = false; // Google confirmed, or said the token was already invalid
        QString error;   // German, when !ok
    };

    GoogleTokenClient(QNetworkAccessManager *nam, GoogleEndpoints endpoints,
                      QObject *parent = nullptr);

    void setEndpoints(const GoogleEndpoints &endpoints) { m_endpoints = endpoints; }

    void refresh(const QString &refreshToken, std::function<void(const Refreshed &)> done);
    void revoke(const QString &token, std::function<void(const Revoked &)> done);

    /// German sentence for a failed network/HTTP exchange with Google.
    static QString describeFailure(QNetworkReply *reply, const QString &googleError);

    static constexpr int kTransferTimeoutMs = 30000;

private:
    QNetworkAccessManager *m_nam;
    GoogleEndpoints m_endpoints;
};

} // namespace empfang
