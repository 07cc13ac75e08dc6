#pragma once

#include <QOAuthHttpServerReplyHandler>
#include <QVariantMap>

namespace empfang {

/// The loopback listener for the OAuth redirect, on 127.0.0.1 only, with two changes to Qt 6.4's
/// handler: the token response is handed over raw (Qt 6.4 drops HTTP error bodies such as
/// `invalid_grant` and then simply never finishes), and the redirect URI stays the same after
/// the listener is closed (Qt builds it from the live port, which is 0 once closed).
class LoopbackReplyHandler : public QOAuthHttpServerReplyHandler
{
    Q_OBJECT
public:
    explicit LoopbackReplyHandler(QObject *parent = nullptr);

    QString callback() const override;
    void networkReplyFinished(QNetworkReply *reply) override;

Q_SIGNALS:
    /// The token endpoint answered. `httpStatus` 0 = no HTTP answer (network error).
    void tokenResponse(int httpStatus, const QVariantMap &values, const QString &networkError);

private:
    QString m_callback;
};

} // namespace empfang
