#pragma once

#include "google_endpoints.h"
#include "google_token_client.h"
#include "pkce.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;
class QOAuth2AuthorizationCodeFlow;

namespace empfang {

class LoopbackReplyHandler;

/// One interactive Google authorization: authorization code flow with PKCE S256 through the
/// system browser and a loopback listener on 127.0.0.1. Use once: start(), show the URL from
/// authorizationUrl() to the user, wait for finished(). Checks `state`, the granted scopes, and
/// refuses (revoking what Google issued) when busy times may not be read.
class GoogleAuthorization : public QObject
{
    Q_OBJECT
public:
    /// What Google issued. Handed to the caller once, then forgotten here.
    struct Tokens
    {
        QString accessToken;
        QString refreshToken;
        qint64 expiresAtMs = 0;
    };

    GoogleAuthorization(QNetworkAccessManager *nam, GoogleEndpoints endpoints,
                        QObject *parent = nullptr);
    ~GoogleAuthorization() override;

    /// How long the listener waits for the browser (default 300 s).
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    /// Starts listening and emits authorizationUrl(); failures come as finished(false, …).
    void start();
    /// Ends the attempt: closes the listener, emits finished(false, …) once.
    void cancel();
    bool isRunning() const { return m_running; }

    /// Valid after finished(true, …); moves the tokens out.
    Tokens takeTokens();
    /// Both scopes granted → false; only calendar.readonly → true.
    bool readOnly() const { return m_readOnly; }

    static bool hasScope(const QStringList &granted, const char *scope);

Q_SIGNALS:
    /// Open this in the system browser (GUI) or print it (CLI).
    void authorizationUrl(const QUrl &url);
    /// Exactly once per start(). `error` is a German sentence when !ok.
    void finished(bool ok, const QStringList &grantedScopes, const QString &error);

private:
    void onCallback(const QVariantMap &data);
    void onExchanged(const GoogleTokenClient::Exchanged &exchanged);
    /// Ends with `reason` after revoking `token` (what Google just issued) at Google.
    void refuse(const QString &reason, const QString &token, const QString &tokenTypeHint,
                const QStringList &granted);
    void fail(const QString &error, const QStringList &scopes = {});
    void succeed(const QStringList &scopes);
    void stopListening();
    static QString browserPage(const QString &heading, const QString &text);

    QNetworkAccessManager *m_nam;
    GoogleEndpoints m_endpoints;
    QOAuth2AuthorizationCodeFlow *m_flow = nullptr;
    LoopbackReplyHandler *m_handler = nullptr;
    GoogleTokenClient *m_tokenClient = nullptr;
    QTimer m_timer;
    std::chrono::milliseconds m_timeout{300000};
    Pkce m_pkce = Pkce::generate();
    QString m_state;
    QString m_code; // decoded, as Google issued it
    Tokens m_tokens;
    bool m_running = false;
    bool m_callbackSeen = false;
    bool m_readOnly = false;
};

} // namespace empfang
