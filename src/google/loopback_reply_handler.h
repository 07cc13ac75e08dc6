#pragma once

#include <QOAuthHttpServerReplyHandler>

namespace empfang {

/// The loopback listener for the OAuth redirect, on 127.0.0.1 only, with two changes to Qt 6.4's
/// handler: it never takes part in a token request (GoogleAuthorization exchanges the code
/// itself through GoogleTokenClient: client authentication, no redirects, capped answers), and
/// the redirect URI stays the same after the listener is closed (Qt builds it from the live
/// port, which is 0 once closed).
class LoopbackReplyHandler : public QOAuthHttpServerReplyHandler
{
    Q_OBJECT
public:
    explicit LoopbackReplyHandler(QObject *parent = nullptr);

    QString callback() const override;
    void networkReplyFinished(QNetworkReply *reply) override;

private:
    QString m_callback;
};

} // namespace empfang
