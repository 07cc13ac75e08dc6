#include "google_token_client.h"

#include "google_logging.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QUrl>

#include <cmath>

namespace empfang {

namespace {

QByteArray formEncode(const QString &value)
{
    // Percent-encode every value ourselves: QUrlQuery leaves '+' and '/' alone, and a '+' in a
    // form body would arrive as a space.
    return QUrl::toPercentEncoding(value);
}

QByteArray formBody(const QList<QPair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &[key, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += formEncode(key) + '=' + formEncode(value);
    }
    return body;
}

QString googleErrorOf(const QByteArray &body)
{
    const QJsonValue error = QJsonDocument::fromJson(body).object().value(QLatin1String("error"));
    return error.isString() ? error.toString() : QString();
}

} // namespace

GoogleTokenClient::GoogleTokenClient(QNetworkAccessManager *nam, GoogleEndpoints endpoints,
                                     QObject *parent)
    : QObject(parent), m_lanes(nam), m_endpoints(std::move(endpoints))
{
}

QString GoogleTokenClient::describeStatus(int status, const QString &googleError)
{
    if (status >= 500)
        return tr("Google reported a temporary problem (HTTP %1). Please try again in a few "
                  "minutes.")
            .arg(status);
    return tr("Google refused the request (HTTP %1, %2).")
        .arg(status)
        .arg(googleError.isEmpty() ? tr("no reason given") : googleError);
}

GoogleTokenClient::TokenAnswer GoogleTokenClient::parseTokenAnswer(const QByteArray &body,
                                                                   qint64 nowMs)
{
    TokenAnswer a;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return a;
    const QJsonObject json = doc.object();
    if (json.value(QLatin1String("error")).isString()) {
        a.googleError = json.value(QLatin1String("error")).toString();
        a.googleErrorDescription = json.value(QLatin1String("error_description")).toString();
        return a;
    }
    const QJsonValue access = json.value(QLatin1String("access_token"));
    const QJsonValue refresh = json.value(QLatin1String("refresh_token"));
    const QJsonValue scope = json.value(QLatin1String("scope"));
    // Whatever was issued must be revocable even when the answer is refused below.
    a.revocable = refresh.isString() && !refresh.toString().isEmpty() ? refresh.toString()
                                                                      : access.toString();
    a.revocableHint = refresh.isString() && !refresh.toString().isEmpty()
                          ? QStringLiteral("refresh_token")
                          : QStringLiteral("access_token");
    // A token that is not a non-empty string, or a scope that is not a string, is a garbled
    // answer: nothing of it is used.
    if (!access.isString() || access.toString().isEmpty())
        return a;
    if (!refresh.isUndefined() && (!refresh.isString() || refresh.toString().isEmpty()))
        return a;
    if (!scope.isUndefined() && !scope.isString())
        return a;
    a.accessToken = access.toString();
    a.refreshToken = refresh.toString();
    a.scopeReported = scope.isString();
    a.scope = scope.toString();
    // expires_in: a positive whole number of seconds; anything else (a string, 0, -5, a year)
    // counts as Google's usual hour, so a broken value can neither keep a token forever nor
    // make every request refresh first.
    qint64 expiresIn = kDefaultExpiresInSeconds;
    const QJsonValue expires = json.value(QLatin1String("expires_in"));
    if (expires.isDouble()) {
        const double seconds = expires.toDouble();
        if (seconds > 0 && seconds <= double(kMaxExpiresInSeconds) &&
            std::floor(seconds) == seconds)
            expiresIn = qint64(seconds);
    }
    a.expiresAtMs = nowMs + expiresIn * 1000;
    a.ok = true;
    return a;
}

void GoogleTokenClient::post(const QUrl &url, const QList<QPair<QString, QString>> &fields,
                             GoogleHttp::Callback done)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    // RFC 6749 §2.3.1: id and secret form-encoded, joined by ':', in Base64.
    if (m_endpoints.hasClient())
        request.setRawHeader("Authorization", "Basic " + (formEncode(m_endpoints.clientId) + ':' +
                                                          formEncode(m_endpoints.clientSecret))
                                                             .toBase64());
    m_lanes.send(request, "POST", formBody(fields), GoogleHttp::kOAuthMaxBytes, this,
                 std::move(done));
}

void GoogleTokenClient::exchangeCode(const QString &code, const QString &verifier,
                                     const QString &redirectUri,
                                     std::function<void(const Exchanged &)> done)
{
    post(m_endpoints.tokenUrl,
         {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
          {QStringLiteral("code"), code},
          {QStringLiteral("code_verifier"), verifier},
          {QStringLiteral("redirect_uri"), redirectUri},
          {QStringLiteral("client_id"), m_endpoints.clientId},
          {QStringLiteral("client_secret"), m_endpoints.clientSecret}},
         [done = std::move(done)](const GoogleHttp::Reply &reply) {
             Exchanged e;
             e.httpStatus = reply.status;
             e.answered = reply.answered();
             if (!e.answered) {
                 e.error = reply.message();
             } else {
                 e.answer = parseTokenAnswer(reply.body, QDateTime::currentMSecsSinceEpoch());
                 if (reply.status != 200)
                     e.answer.ok = false;
             }
             qCInfo(lcGoogle) << "code exchange:" << reply.status << e.answer.googleError;
             done(e);
         });
}

void GoogleTokenClient::refresh(const QString &refreshToken,
                                std::function<void(const Refreshed &)> done)
{
    post(m_endpoints.tokenUrl,
         {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
          {QStringLiteral("refresh_token"), refreshToken},
          {QStringLiteral("client_id"), m_endpoints.clientId},
          {QStringLiteral("client_secret"), m_endpoints.clientSecret}},
         [done = std::move(done)](const GoogleHttp::Reply &reply) {
             Refreshed r;
             const TokenAnswer a =
                 parseTokenAnswer(reply.body, QDateTime::currentMSecsSinceEpoch());
             if (!reply.answered()) {
                 r.error = reply.message();
                 r.transient = true;
             } else if (reply.status == 200 && a.ok) {
                 r.ok = true;
                 r.accessToken = a.accessToken;
                 r.expiresAtMs = a.expiresAtMs;
                 r.scopeReported = a.scopeReported;
                 r.scope = a.scope;
             } else if (a.googleError == QLatin1String("invalid_grant")) {
                 r.invalidGrant = true;
                 r.error = tr("Google no longer accepts the stored access: it was revoked in the "
                              "Google account or has expired.");
             } else if (reply.status == 200) {
                 r.error = tr("Google sent an answer Empfang does not understand. Please try "
                              "again later.");
                 r.transient = true;
             } else {
                 r.error = describeStatus(reply.status, a.googleError);
                 r.transient = reply.status == 429 || reply.status >= 500;
             }
             qCInfo(lcGoogle) << "token refresh:" << (r.ok ? "ok" : "failed") << reply.status
                              << a.googleError;
             done(r);
         });
}

void GoogleTokenClient::revoke(const QString &token, const QString &tokenTypeHint,
                               std::function<void(const Revoked &)> done)
{
    post(m_endpoints.revokeUrl,
         {{QStringLiteral("token"), token}, {QStringLiteral("token_type_hint"), tokenTypeHint}},
         [done = std::move(done)](const GoogleHttp::Reply &reply) {
             const QString googleError = googleErrorOf(reply.body);
             Revoked r;
             // 400 invalid_token: Google already forgot this token; the goal is reached. Only
             // an answer of the endpoint itself counts: a redirect is a failure.
             r.ok = reply.answered() &&
                    (reply.status == 200 ||
                     (reply.status == 400 && googleError == QLatin1String("invalid_token")));
             if (!r.ok)
                 r.error =
                     reply.answered() ? describeStatus(reply.status, googleError) : reply.message();
             qCInfo(lcGoogle) << "revoke:" << reply.status << googleError;
             done(r);
         });
}

} // namespace empfang
