#include "google_authorization.h"

#include "google_logging.h"
#include "google_token_client.h"
#include "loopback_reply_handler.h"

#include <QDateTime>
#include <QOAuth2AuthorizationCodeFlow>
#include <QRandomGenerator>

namespace empfang {

namespace {

using Stage = QAbstractOAuth::Stage;

QString randomState()
{
    // URL-safe on purpose: Qt 6.4's own state may contain '+' and '/', which come back
    // re-encoded from some browsers and then no longer compare equal.
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / 4);
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

void replace(QMultiMap<QString, QVariant> *parameters, const QString &key, const QVariant &value)
{
    parameters->remove(key);
    parameters->insert(key, value);
}

} // namespace

GoogleAuthorization::GoogleAuthorization(QNetworkAccessManager *nam, GoogleEndpoints endpoints,
                                         QObject *parent)
    : QObject(parent), m_nam(nam), m_endpoints(std::move(endpoints))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        fail(tr("No answer arrived from the browser within %n minute(s). The connection was not "
                "made; please start again.",
                nullptr, int(std::max<qint64>(1, m_timeout.count() / 60000))));
    });
}

GoogleAuthorization::~GoogleAuthorization()
{
    stopListening();
    if (m_handler) {
        // The browser's page is written by a socket owned by the handler, and that write is
        // flushed only on the next event loop turns: deleting the handler at once would cut
        // the page off (seen with a rejected state). Let it live a little longer, closed.
        m_handler->setParent(nullptr);
        QTimer::singleShot(std::chrono::seconds(5), m_handler, &QObject::deleteLater);
    }
}

bool GoogleAuthorization::hasScope(const QStringList &granted, const char *scope)
{
    return granted.contains(QLatin1String(scope));
}

void GoogleAuthorization::start()
{
    if (m_running || m_flow)
        return;
    m_running = true;
    if (!m_endpoints.hasClient()) {
        QTimer::singleShot(0, this, [this] {
            fail(tr("No Google OAuth client is configured. Enter the client ID and secret of "
                    "the practice's Google Cloud project in the settings first."));
        });
        return;
    }
    m_handler = new LoopbackReplyHandler(this);
    if (!m_handler->isListening()) {
        QTimer::singleShot(0, this, [this] {
            fail(tr("Empfang could not open a local port on 127.0.0.1 to receive Google's "
                    "answer. Please try again."));
        });
        return;
    }
    m_tokenClient = new GoogleTokenClient(m_nam, m_endpoints, this);
    m_state = randomState();

    m_flow = new QOAuth2AuthorizationCodeFlow(m_nam, this);
    m_flow->setAuthorizationUrl(m_endpoints.authorizationUrl);
    m_flow->setAccessTokenUrl(m_endpoints.tokenUrl);
    m_flow->setClientIdentifier(m_endpoints.clientId);
    m_flow->setScope(GoogleEndpoints::requestedScope());
    m_flow->setState(m_state);
    m_flow->setModifyParametersFunction([this](Stage stage, QMultiMap<QString, QVariant> *p) {
        if (stage == Stage::RequestingAuthorization) {
            replace(p, QStringLiteral("code_challenge"), QString::fromLatin1(m_pkce.challenge()));
            replace(p, QStringLiteral("code_challenge_method"), QLatin1String(Pkce::kMethod));
            replace(p, QStringLiteral("access_type"), QStringLiteral("offline"));
            replace(p, QStringLiteral("prompt"), QStringLiteral("consent"));
        } else if (stage == Stage::RequestingAccessToken) {
            // Qt 6.4 passes the code on as it came in the redirect, still percent-encoded
            // ("4%2F0A…"), and encodes it once more. Google wants the decoded code: put in the
            // one we decoded ourselves, encoded exactly once (Qt sends these values verbatim).
            replace(p, QStringLiteral("code"), QUrl::toPercentEncoding(m_code));
            replace(p, QStringLiteral("code_verifier"), m_pkce.verifier());
            // Desktop clients need the secret even with PKCE ("client_secret is missing.").
            replace(p, QStringLiteral("client_secret"),
                    QUrl::toPercentEncoding(m_endpoints.clientSecret));
        }
    });
    // Our checks must run before the flow's own callback slot, which setReplyHandler()
    // connects: so connect first.
    connect(m_handler, &QAbstractOAuthReplyHandler::callbackReceived, this,
            &GoogleAuthorization::onCallback);
    connect(m_handler, &LoopbackReplyHandler::tokenResponse, this,
            &GoogleAuthorization::onTokenResponse);
    m_flow->setReplyHandler(m_handler);
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this,
            &GoogleAuthorization::authorizationUrl);

    m_timer.start(m_timeout);
    qCInfo(lcGoogle) << "authorization started, listening on 127.0.0.1 port" << m_handler->port();
    m_flow->grant();
}

void GoogleAuthorization::cancel()
{
    if (m_running)
        fail(tr("The connection to Google was cancelled."));
}

GoogleAuthorization::Tokens GoogleAuthorization::takeTokens()
{
    return std::exchange(m_tokens, Tokens{});
}

QString GoogleAuthorization::browserPage(const QString &heading, const QString &text)
{
    return QStringLiteral("<h1>%1</h1><p>%2</p><p>%3</p>")
        .arg(heading.toHtmlEscaped(), text.toHtmlEscaped(),
             tr("You can close this browser window and return to Empfang.").toHtmlEscaped());
}

void GoogleAuthorization::onCallback(const QVariantMap &data)
{
    if (!m_running || m_callbackSeen)
        return;
    // A second request to the listener (e.g. the browser asking for /favicon.ico) must not end
    // the attempt; only a request that carries an OAuth answer counts.
    const QString error = data.value(QStringLiteral("error")).toString();
    const QString code = data.value(QStringLiteral("code")).toString();
    const QString state = data.value(QStringLiteral("state")).toString();
    if (error.isEmpty() && code.isEmpty() && state.isEmpty())
        return;
    m_callbackSeen = true;

    QString reason;
    if (state != m_state) {
        // The flow itself ignores a wrong state silently and would keep waiting; we end here.
        qCWarning(lcGoogle) << "redirect with a wrong state rejected";
        reason = tr("Google's answer did not belong to this connection attempt (the security "
                    "check \"state\" failed). Nothing was stored. Please start the connection "
                    "again from Empfang.");
    } else if (error == QLatin1String("access_denied")) {
        reason = tr("Access was not allowed in the Google window. Nothing was stored; the "
                    "practitioner stays unconnected.");
    } else if (!error.isEmpty()) {
        reason =
            tr("Google reported an error (%1). Nothing was stored; please try again.").arg(error);
    } else if (code.isEmpty()) {
        reason = tr("Google's answer contained no authorization code. Please try again.");
    }
    if (!reason.isEmpty()) {
        m_handler->setCallbackText(browserPage(tr("Not connected"), reason));
        // Keep the flow from acting on this redirect at all.
        disconnect(m_handler, nullptr, m_flow, nullptr);
        fail(reason);
        return;
    }
    // Google's code contains '/'; whether it is still %2F-encoded here depends on the Qt
    // version, so decode exactly once (a real code never contains '%').
    m_code = code.contains(QLatin1Char('%')) ? QUrl::fromPercentEncoding(code.toUtf8()) : code;
    m_handler->setCallbackText(
        browserPage(tr("Connecting to Google …"),
                    tr("Empfang received Google's answer and is finishing the connection.")));
    // No second redirect can be valid: stop listening now. The redirect URI the token request
    // repeats is cached by the handler.
    m_handler->close();
}

void GoogleAuthorization::onTokenResponse(int httpStatus, const QVariantMap &values,
                                          const QString &networkError)
{
    if (!m_running)
        return;
    const QString googleError = values.value(QStringLiteral("error")).toString();
    const QString accessToken = values.value(QStringLiteral("access_token")).toString();
    if (httpStatus != 200 || !googleError.isEmpty() || accessToken.isEmpty()) {
        qCWarning(lcGoogle) << "code exchange failed:" << httpStatus << googleError;
        if (httpStatus == 0)
            fail(tr("Google could not be reached to finish the connection (%1). Please check "
                    "the internet connection and try again.")
                     .arg(networkError));
        else if (googleError == QLatin1String("invalid_grant"))
            fail(tr("Google did not accept the authorization (%1). This happens when the "
                    "security check (PKCE) fails or the code was already used. Please start "
                    "the connection again.")
                     .arg(values.value(QStringLiteral("error_description")).toString()));
        else if (googleError == QLatin1String("invalid_client") ||
                 googleError == QLatin1String("invalid_request"))
            fail(tr("Google did not accept the practice's OAuth client (%1). Please check the "
                    "client ID and secret in the settings.")
                     .arg(values.value(QStringLiteral("error_description")).toString()));
        else
            fail(tr("Google did not finish the connection (HTTP %1, %2). Please try again.")
                     .arg(httpStatus)
                     .arg(googleError.isEmpty() ? networkError : googleError));
        return;
    }
    m_tokens.accessToken = accessToken;
    m_tokens.refreshToken = values.value(QStringLiteral("refresh_token")).toString();
    const qint64 expiresIn = values.value(QStringLiteral("expires_in"), 3600).toLongLong();
    m_tokens.expiresAtMs = QDateTime::currentMSecsSinceEpoch() + expiresIn * 1000;
    QString scope = values.value(QStringLiteral("scope")).toString();
    if (scope.isEmpty()) // RFC 6749 5.1: omitted means "as requested"
        scope = GoogleEndpoints::requestedScope();
    const QStringList granted = scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);

    if (!hasScope(granted, GoogleEndpoints::kScopeReadonly)) {
        // Without busy times the connection would book over the practitioner's appointments:
        // refuse, and make Google forget what it just issued.
        const QString token =
            m_tokens.refreshToken.isEmpty() ? m_tokens.accessToken : m_tokens.refreshToken;
        m_tokens = Tokens{};
        const QString reason =
            tr("The permission to see the calendar's busy times was not granted. Without it "
               "Empfang could book over existing appointments, so the connection was refused "
               "and the access just given was withdrawn at Google. Please connect again and "
               "leave \"See calendars\" ticked.");
        m_tokenClient->revoke(token, [this, reason, granted](const GoogleTokenClient::Revoked &r) {
            fail(r.ok ? reason
                      : reason + QLatin1Char(' ') +
                            tr("Google could not be told (%1): please remove Empfang under "
                               "Google-Konto → Sicherheit → Drittanbieter-Zugriffe.")
                                .arg(r.error),
                 granted);
        });
        return;
    }
    if (m_tokens.refreshToken.isEmpty()) {
        m_tokens = Tokens{};
        fail(tr("Google did not issue a lasting access (no refresh token). Please try again."),
             granted);
        return;
    }
    m_readOnly = !hasScope(granted, GoogleEndpoints::kScopeEvents);
    succeed(granted);
}

void GoogleAuthorization::stopListening()
{
    m_timer.stop();
    if (m_handler && m_handler->isListening())
        m_handler->close();
}

void GoogleAuthorization::fail(const QString &error, const QStringList &scopes)
{
    if (!m_running)
        return;
    m_running = false;
    stopListening();
    m_tokens = Tokens{};
    qCInfo(lcGoogle) << "authorization failed";
    Q_EMIT finished(false, scopes, error);
}

void GoogleAuthorization::succeed(const QStringList &scopes)
{
    if (!m_running)
        return;
    m_running = false;
    stopListening();
    qCInfo(lcGoogle) << "authorization granted, scopes:" << scopes;
    Q_EMIT finished(true, scopes, QString());
}

} // namespace empfang
