#include "loopback_reply_handler.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

namespace empfang {

LoopbackReplyHandler::LoopbackReplyHandler(QObject *parent)
    // Explicitly 127.0.0.1: never all interfaces, so nobody on the practice network can inject a
    // code into the listener.
    : QOAuthHttpServerReplyHandler(QHostAddress(QHostAddress::LocalHost), 0, parent)
{
    if (isListening()) {
        // Google accepts any port for loopback redirects of Desktop clients; the trailing
        // slash matches the path Qt's handler answers on.
        m_callback = QStringLiteral("http://127.0.0.1:%1/").arg(port());
    }
}

QString LoopbackReplyHandler::callback() const
{
    return m_callback;
}

void LoopbackReplyHandler::networkReplyFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const QJsonDocument json = QJsonDocument::fromJson(body);
    const QString networkError =
        reply->error() == QNetworkReply::NoError ? QString() : reply->errorString();
    Q_EMIT tokenResponse(status, json.object().toVariantMap(), networkError);
}

} // namespace empfang
