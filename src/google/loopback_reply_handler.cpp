#include "loopback_reply_handler.h"

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
    // Not reached: Qt's flow is cut off from the handler before it could request a token.
    reply->deleteLater();
}

} // namespace empfang
