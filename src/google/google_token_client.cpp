#include "google_token_client.h"

#include "google_logging.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace empfang {

namespace {

QByteArray formBody(const QList<QPair<QString, QString>> &fields)
{
    // Percent-encode every value ourselves: QUrlQuery leaves '+' and '/' alone, and a '+' in a
    // form body would arrive as a space.
    QByteArray body;
    for (const auto &[key, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

QNetworkRequest formRequest(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setTransferTimeout(GoogleTokenClient::kTransferTimeoutMs);
    return request;
}

} // namespace

GoogleTokenClient::GoogleTokenClient(QNetworkAccessManager *nam, GoogleEndpoints endpoints,
                                     QObject *parent)
    : QObject(parent), m_nam(nam), m_endpoints(std::move(endpoints))
{
}

QString GoogleTokenClient::describeFailure(QNetworkReply *reply, const QString &googleError)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0)
        return tr("Google could not be reached (%1). Please check the internet connection and "
                  "try again.")
            .arg(reply->errorString());
    if (status >= 500)
        return tr("Google reported a temporary problem (HTTP %1). Please try again in a few "
                  "minutes.")
            .arg(status);
    return tr("Google refused the request (HTTP %1, %2).")
        .arg(status)
        .arg(googleError.isEmpty() ? reply->errorString() : googleError);
}

void GoogleTokenClient::refresh(const QString &refreshToken,
                                std::function<void(const Refreshed &)> done)
{
    const QByteArray body =
        formBody({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                  {QStringLiteral("refresh_token"), refreshToken},
                  {QStringLiteral("client_id"), m_endpoints.clientId},
                  {QStringLiteral("client_secret"), m_endpoints.clientSecret}});
    QNetworkReply *reply = m_nam->post(formRequest(m_endpoints.tokenUrl), body);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        Refreshed r;
        const QString googleError = json.value(QLatin1String("error")).toString();
        const QString accessToken = json.value(QLatin1String("access_token")).toString();
        if (reply->error() == QNetworkReply::NoError && googleError.isEmpty() &&
            !accessToken.isEmpty()) {
            r.ok = true;
            r.accessToken = accessToken;
            const qint64 expiresIn = json.value(QLatin1String("expires_in")).toInteger(3600);
            r.expiresAtMs = QDateTime::currentMSecsSinceEpoch() + expiresIn * 1000;
            r.scope = json.value(QLatin1String("scope")).toString();
        } else if (googleError == QLatin1String("invalid_grant")) {
            r.invalidGrant = true;
            r.error = tr("Google no longer accepts the stored access: it was revoked in the "
                         "Google account or has expired.");
        } else if (reply->error() == QNetworkReply::NoError) {
            r.error = tr("Google sent an answer Empfang does not understand. Please try again "
                         "later.");
            r.transient = true;
        } else {
            r.error = describeFailure(reply, googleError);
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            r.transient = status == 0 || status == 429 || status >= 500;
        }
        qCInfo(lcGoogle) << "token refresh:" << (r.ok ? "ok" : "failed") << googleError;
        done(r);
    });
}

void GoogleTokenClient::revoke(const QString &token, std::function<void(const Revoked &)> done)
{
    const QByteArray body = formBody({{QStringLiteral("token"), token}});
    QNetworkReply *reply = m_nam->post(formRequest(m_endpoints.revokeUrl), body);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString googleError = QJsonDocument::fromJson(reply->readAll())
                                        .object()
                                        .value(QLatin1String("error"))
                                        .toString();
        Revoked r;
        // 400 invalid_token: Google already forgot this token; the goal is reached.
        r.ok = status == 200 || (status == 400 && googleError == QLatin1String("invalid_token"));
        if (!r.ok)
            r.error = describeFailure(reply, googleError);
        qCInfo(lcGoogle) << "revoke:" << status << googleError;
        done(r);
    });
}

} // namespace empfang
