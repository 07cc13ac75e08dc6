#pragma once

#include "google/google_endpoints.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

namespace empfang::test {

/// tests/fakes/fake_google.py as a child process, plus the test's side of it: control calls
/// and a "browser" that follows the authorization URL to the app's loopback listener.
/// (Tests may wait with QSignalSpy; product code never does.)
class FakeGoogle
{
public:
    static constexpr auto kClientId = "empfang-test.apps.googleusercontent.com";
    static constexpr auto kClientSecret = "GOCSPX-fake-secret";
    QUrl base; // http://127.0.0.1:<port>
    /// Debian's /usr/bin/python3 for tests/fakes/strict_oauth_server.py (python3-oauthlib).
    QString interpreter = QStringLiteral("python3");

    /// `port` 0: a free one. A restart on the same port with the same `--state-file` is an
    /// outage of Google that ends (see fake_google.py).
    bool start(const QString &script, quint16 port = 0, const QStringList &extraArgs = {})
    {
        m_process.setProgram(interpreter);
        m_process.setArguments(
            QStringList{script, QStringLiteral("--port"), QString::number(port)} + extraArgs);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return false;
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(10000))
                return false;
        }
        base = QUrl(QString::fromUtf8(m_process.readLine().trimmed()));
        return base.isValid() && base.host() == QLatin1String("127.0.0.1");
    }
    ~FakeGoogle() { stop(); }
    /// Google goes away: connections are refused until start() again.
    void stop()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }

    GoogleEndpoints endpoints() const
    {
        GoogleEndpoints e;
        e.authorizationUrl = url(QStringLiteral("/o/oauth2/v2/auth"));
        e.tokenUrl = url(QStringLiteral("/token"));
        e.revokeUrl = url(QStringLiteral("/revoke"));
        e.apiUrl = url(QStringLiteral("/calendar/v3"));
        e.clientId = QLatin1String(kClientId);
        e.clientSecret = QLatin1String(kClientSecret);
        return e;
    }
    /// Points EMPFANG_GOOGLE_* at the fake, as the CLI and the demo would see it.
    void exportEnvironment() const
    {
        const GoogleEndpoints e = endpoints();
        qputenv("EMPFANG_GOOGLE_AUTH_URL", e.authorizationUrl.toEncoded());
        qputenv("EMPFANG_GOOGLE_TOKEN_URL", e.tokenUrl.toEncoded());
        qputenv("EMPFANG_GOOGLE_REVOKE_URL", e.revokeUrl.toEncoded());
        qputenv("EMPFANG_GOOGLE_API_URL", e.apiUrl.toEncoded());
        qputenv("EMPFANG_GOOGLE_CLIENT_ID", kClientId);
        qputenv("EMPFANG_GOOGLE_CLIENT_SECRET", kClientSecret);
    }
    QUrl url(const QString &path) const
    {
        QUrl u = base;
        u.setPath(path);
        return u;
    }

    struct Response
    {
        int status = 0;
        QByteArray body;
        QByteArray location;
        QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    };
    /// One request, redirects not followed.
    Response request(const QByteArray &verb, const QUrl &target, const QByteArray &body = {},
                     const QByteArray &contentType = "application/json")
    {
        QNetworkRequest r(target);
        r.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                       QNetworkRequest::ManualRedirectPolicy);
        if (!body.isEmpty() || verb == "POST")
            r.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        QNetworkReply *reply = m_nam.sendCustomRequest(r, verb, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(20000);
        Response response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.body = reply->readAll();
        response.location = reply->rawHeader("Location");
        reply->deleteLater();
        return response;
    }
    QJsonDocument get(const QString &path) { return request("GET", url(path)).json(); }
    int post(const QString &path, const QJsonObject &body = {})
    {
        return request("POST", url(path), QJsonDocument(body).toJson()).status;
    }
    void reset() { post(QStringLiteral("/_fake/reset")); }
    /// The events of the primary calendar that are not deleted.
    QJsonArray liveEvents()
    {
        QJsonArray live;
        for (const QJsonValue &v : get(QStringLiteral("/_fake/events")).array()) {
            if (v.toObject().value(QStringLiteral("status")).toString() !=
                QLatin1String("cancelled"))
                live.append(v);
        }
        return live;
    }
    void configure(const QJsonObject &config) { post(QStringLiteral("/_fake/config"), config); }
    void fault(const QJsonObject &fault) { post(QStringLiteral("/_fake/fault"), fault); }

    /// Every code and token the fake issued.
    QStringList issuedSecrets()
    {
        const QJsonObject o = get(QStringLiteral("/_fake/tokens")).object();
        QStringList all;
        for (const char *key : {"codes", "access_tokens", "refresh_tokens"}) {
            for (const QJsonValue &v : o.value(QLatin1String(key)).toArray())
                all << v.toString();
        }
        return all;
    }
    QStringList refreshTokens()
    {
        QStringList all;
        for (const QJsonValue &v : get(QStringLiteral("/_fake/tokens"))
                                       .object()
                                       .value(QLatin1String("refresh_tokens"))
                                       .toArray())
            all << v.toString();
        return all;
    }
    /// Requests seen on `endpoint` ("auth", "token", "revoke", "calendarList").
    QList<QJsonObject> requests(const QString &endpoint, const QString &grantType = {})
    {
        QList<QJsonObject> seen;
        for (const QJsonValue &v : get(QStringLiteral("/_fake/log")).array()) {
            const QJsonObject o = v.toObject();
            if (o.value(QLatin1String("endpoint")).toString() == endpoint &&
                (grantType.isEmpty() ||
                 o.value(QLatin1String("grant_type")).toString() == grantType))
                seen << o;
        }
        return seen;
    }

    /// The browser's part: GET the authorization URL at the fake, take its redirect. Returns
    /// the redirect target (the app's loopback URL with code and state).
    QUrl authorize(const QUrl &authorizationUrl)
    {
        const Response r = request("GET", authorizationUrl);
        if (r.status != 302)
            return {};
        return QUrl::fromEncoded(r.location);
    }
    /// GET the loopback URL (what the browser does after Google's redirect); the page text.
    Response land(const QUrl &loopback) { return request("GET", loopback); }

private:
    QProcess m_process;
    QNetworkAccessManager m_nam;
};

} // namespace empfang::test
