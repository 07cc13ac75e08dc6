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
            fail(tr("Google is not set up for this practice yet: the practice's IT first enters "
                    "the practice's Google access under Settings → Google-Kalender."));
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
        }
    });
    // Our checks must run before the flow's own callback slot, which setReplyHandler()
    // connects: so connect first.
    connect(m_handler, &QAbstractOAuthReplyHandler::callbackReceived, this,
            &GoogleAuthorization::onCallback);
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
    // The code exchange is ours, not the flow's: Qt 6.4's would follow redirects, cannot
    // authenticate the client with HTTP Basic and swallows error bodies.
    disconnect(m_handler, nullptr, m_flow, nullptr);
    m_tokenClient->exchangeCode(m_code, QString::fromLatin1(m_pkce.verifier()),
                                m_handler->callback(),
                                [this](const GoogleTokenClient::Exchanged &e) { onExchanged(e); });
}

void GoogleAuthorization::onExchanged(const GoogleTokenClient::Exchanged &e)
{
    if (!m_running)
        return;
    const GoogleTokenClient::TokenAnswer &answer = e.answer;
    if (!e.answered) {
        qCWarning(lcGoogle) << "code exchange failed without an answer";
        return fail(e.error + QLatin1Char(' ') +
                    tr("The connection was not made; please start again."));
    }
    if (!answer.ok) {
        qCWarning(lcGoogle) << "code exchange failed:" << e.httpStatus << answer.googleError;
        const QString &googleError = answer.googleError;
        if (googleError == QLatin1String("invalid_grant"))
            return fail(tr("Google did not accept the authorization (%1). This happens when the "
                           "security check (PKCE) fails or the code was already used. Please "
                           "start the connection again.")
                            .arg(answer.googleErrorDescription));
        if (googleError == QLatin1String("invalid_client") ||
            googleError == QLatin1String("invalid_request"))
            return fail(tr("Google did not accept the practice's Google access (%1). Please ask "
                           "the practice's IT to check it under Settings → Google-Kalender.")
                            .arg(answer.googleErrorDescription));
        if (e.httpStatus == 200)
            // Garbled: whatever token it carried is withdrawn, nothing is kept.
            return refuse(tr("Google's answer could not be read (a token or the permissions "
                             "were missing or malformed). Nothing was stored; please try "
                             "again."),
                          answer.revocable, answer.revocableHint, {});
        return fail(tr("Google did not finish the connection (HTTP %1, %2). Please try again.")
                        .arg(e.httpStatus)
                        .arg(googleError.isEmpty() ? tr("no reason given") : googleError));
    }
    const QString scope =
        answer.scopeReported ? answer.scope : GoogleEndpoints::requestedScope(); // RFC 6749 5.1
    const QStringList granted = scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);

    QStringList beyond;
    for (const QString &s : granted) {
        if (s != QLatin1String(GoogleEndpoints::kScopeEvents) &&
            s != QLatin1String(GoogleEndpoints::kScopeReadonly))
            beyond << s;
    }
    if (!beyond.isEmpty()) {
        // The privacy notice promises exactly two permissions; a wider grant (full calendar,
        // mail …) is never kept, not even for a moment.
        qCWarning(lcGoogle) << "grant with scopes beyond the two refused:" << beyond;
        return refuse(tr("Google granted more than Empfang asked for (%1). Empfang may only use "
                         "\"calendar.events\" and \"calendar.readonly\", so the connection was "
                         "refused and the access was withdrawn at Google. Nothing was stored.")
                          .arg(beyond.join(QStringLiteral(", "))),
                      answer.revocable, answer.revocableHint, granted);
    }
    if (!hasScope(granted, GoogleEndpoints::kScopeReadonly)) {
        // Without busy times the connection would book over the practitioner's appointments:
        // refuse, and make Google forget what it just issued.
        return refuse(tr("The permission to see the calendar's busy times was not granted. "
                         "Without it Empfang could book over existing appointments, so the "
                         "connection was refused and the access just given was withdrawn at "
                         "Google. Please connect again and leave \"See calendars\" ticked."),
                      answer.revocable, answer.revocableHint, granted);
    }
    if (answer.refreshToken.isEmpty()) {
        return refuse(tr("Google did not issue a lasting access (no refresh token), so the "
                         "access just given was withdrawn at Google. Nothing was stored; please "
                         "try again."),
                      answer.revocable, answer.revocableHint, granted);
    }
    m_tokens.accessToken = answer.accessToken;
    m_tokens.refreshToken = answer.refreshToken;
    m_tokens.expiresAtMs = answer.expiresAtMs;
    m_readOnly = !hasScope(granted, GoogleEndpoints::kScopeEvents);
    succeed(granted);
}

void GoogleAuthorization::refuse(const QString &reason, const QString &token,
                                 const QString &tokenTypeHint, const QStringList &granted)
{
    m_tokens = Tokens{};
    if (token.isEmpty())
        return fail(reason, granted);
    m_tokenClient->revoke(token, tokenTypeHint,
                          [this, reason, granted](const GoogleTokenClient::Revoked &r) {
                              fail(r.ok ? reason
                                        : reason + QLatin1Char(' ') +
                                              tr("Google could not be told (%1): please remove "
                                                 "Empfang under Google-Konto → Sicherheit → "
                                                 "Drittanbieter-Zugriffe.")
                                                  .arg(r.error),
                                   granted);
                          });
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
