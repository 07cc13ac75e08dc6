#include "google_http.h"

#include "google_logging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace empfang {

namespace {

struct Exchange
{
    QByteArray body;
    GoogleHttp::Failure forced = GoogleHttp::Failure::None; // set before an abort()
    QString technical;
};

// Only the origin of a redirect target goes to the log: its path and query are the server's
// and may carry anything.
QString originOf(const QUrl &url)
{
    return url
        .adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment |
                  QUrl::RemoveUserInfo)
        .toString();
}

} // namespace

int GoogleHttp::deadlineMs()
{
    bool ok = false;
    const int fromEnv = qEnvironmentVariableIntValue("EMPFANG_GOOGLE_DEADLINE_MS", &ok);
    return ok && fromEnv > 0 ? fromEnv : kDeadlineMs;
}

QString GoogleHttp::Reply::message() const
{
    switch (failure) {
    case Failure::None:
        return {};
    case Failure::Network:
        return tr("Google could not be reached. Please check the internet connection and try "
                  "again.");
    case Failure::Redirect:
        return tr("Google's server answered with a redirect to another address (HTTP %1). "
                  "Empfang follows no redirects, so no access data was sent anywhere else. "
                  "Please check the Google addresses in the settings, or try again later.")
            .arg(status);
    case Failure::TooLarge:
        return tr("Google's answer was far larger than expected and was cut off; none of it was "
                  "used. Please try again later.");
    case Failure::Deadline:
        return tr("Google did not finish its answer within %n second(s); the request was cut "
                  "off. Please try again later.",
                  nullptr, std::max(1, deadlineMs() / 1000));
    }
    return {};
}

void GoogleHttp::send(QNetworkAccessManager *nam, QNetworkRequest request, const QByteArray &verb,
                      const QByteArray &body, qint64 maxBytes, QObject *context, Callback done)
{
    // Qt 6 follows redirects by default, re-sending the body (code, verifier, client secret,
    // refresh token) and, for same-scheme hops, the Authorization header.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    const int deadline = deadlineMs();
    if (request.transferTimeout() <= 0 || request.transferTimeout() > deadline)
        request.setTransferTimeout(deadline);
    QNetworkReply *reply = nam->sendCustomRequest(request, verb, body);
    auto exchange = std::make_shared<Exchange>();
    auto cut = [reply, exchange](GoogleHttp::Failure why, const QString &technical) {
        if (exchange->forced != GoogleHttp::Failure::None || reply->isFinished())
            return;
        exchange->forced = why;
        exchange->technical = technical;
        reply->abort(); // emits finished()
    };

    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, maxBytes, cut] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 300 && status < 400) {
            const QUrl target =
                reply->url().resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
            return cut(Failure::Redirect,
                       QStringLiteral("HTTP %1 to %2").arg(status).arg(originOf(target)));
        }
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (announced > maxBytes)
            cut(Failure::TooLarge, QStringLiteral("Content-Length %1").arg(announced));
    });
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [reply, exchange, maxBytes, cut] {
        // Read as it arrives, so the cap bounds memory, not only what we look at.
        exchange->body += reply->read(maxBytes + 1 - exchange->body.size());
        if (exchange->body.size() > maxBytes) {
            exchange->body.clear();
            cut(Failure::TooLarge, QStringLiteral("more than %1 bytes").arg(maxBytes));
        }
    });
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, reply, [deadline, cut] {
        cut(Failure::Deadline, QStringLiteral("overall deadline of %1 ms").arg(deadline));
    });
    timer->start(deadline);

    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    QObject::connect(reply, &QNetworkReply::finished, reply,
                     [reply, exchange, maxBytes, guard, hasContext, done = std::move(done), verb] {
                         reply->deleteLater();
                         Reply r;
                         r.status =
                             reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                         if (exchange->forced == Failure::None && reply->isOpen())
                             exchange->body += reply->read(maxBytes + 1 - exchange->body.size());
                         if (exchange->forced != Failure::None) {
                             r.failure = exchange->forced;
                             r.technical = exchange->technical;
                         } else if (r.status >= 300 && r.status < 400) {
                             r.failure = Failure::Redirect; // metaDataChanged came too late
                             r.technical = QStringLiteral("HTTP %1").arg(r.status);
                         } else if (exchange->body.size() > maxBytes) {
                             r.failure = Failure::TooLarge;
                         } else if (r.status == 0) {
                             r.failure = Failure::Network;
                             r.technical = reply->errorString();
                         } else {
                             r.failure = Failure::None;
                             r.body = std::move(exchange->body);
                             r.retryAfter = reply->rawHeader("Retry-After");
                         }
                         if (r.failure != Failure::None && r.failure != Failure::Network)
                             qCWarning(lcGoogle).noquote()
                                 << "request" << verb << originOf(reply->url())
                                 << "cut off:" << int(r.failure) << r.technical;
                         if (guard || !hasContext)
                             done(r);
                     });
}

} // namespace empfang
