#include "google_endpoints.h"

#include <QSettings>

namespace empfang {

namespace {

struct Source
{
    const char *env;
    const char *settingsKey;
};

QString pick(const QSettings *settings, Source source, const QString &fallback)
{
    // The environment wins over the settings file so a test or a demo run never touches the
    // practice's configuration.
    const QString fromEnv = qEnvironmentVariable(source.env).trimmed();
    if (!fromEnv.isEmpty())
        return fromEnv;
    if (settings) {
        const QString fromSettings =
            settings->value(QLatin1String(source.settingsKey)).toString().trimmed();
        if (!fromSettings.isEmpty())
            return fromSettings;
    }
    return fallback;
}

GoogleEndpoints loadFrom(const QSettings *settings)
{
    GoogleEndpoints e = GoogleEndpoints::defaults();
    auto url = [&](Source s, const QUrl &fallback) {
        const QUrl u(pick(settings, s, fallback.toString()));
        return u.isValid() && !u.scheme().isEmpty() ? u : fallback;
    };
    e.authorizationUrl = url({"EMPFANG_GOOGLE_AUTH_URL", "google/authUrl"}, e.authorizationUrl);
    e.tokenUrl = url({"EMPFANG_GOOGLE_TOKEN_URL", "google/tokenUrl"}, e.tokenUrl);
    e.revokeUrl = url({"EMPFANG_GOOGLE_REVOKE_URL", "google/revokeUrl"}, e.revokeUrl);
    e.apiUrl = url({"EMPFANG_GOOGLE_API_URL", "google/apiUrl"}, e.apiUrl);
    e.clientId = pick(settings, {"EMPFANG_GOOGLE_CLIENT_ID", "google/clientId"}, {});
    e.clientSecret = pick(settings, {"EMPFANG_GOOGLE_CLIENT_SECRET", "google/clientSecret"}, {});
    return e;
}

} // namespace

GoogleEndpoints GoogleEndpoints::defaults()
{
    GoogleEndpoints e;
    e.authorizationUrl = QUrl(QStringLiteral("https://accounts.google.com/o/oauth2/v2/auth"));
    e.tokenUrl = QUrl(QStringLiteral("https://oauth2.googleapis.com/token"));
    e.revokeUrl = QUrl(QStringLiteral("https://oauth2.googleapis.com/revoke"));
    e.apiUrl = QUrl(QStringLiteral("https://www.googleapis.com/calendar/v3"));
    return e;
}

GoogleEndpoints GoogleEndpoints::load(const QSettings &settings)
{
    return loadFrom(&settings);
}

GoogleEndpoints GoogleEndpoints::load()
{
    const QSettings settings;
    return loadFrom(&settings);
}

bool GoogleEndpoints::isOverridden() const
{
    const GoogleEndpoints d = defaults();
    return authorizationUrl != d.authorizationUrl || tokenUrl != d.tokenUrl ||
           revokeUrl != d.revokeUrl || apiUrl != d.apiUrl;
}

QUrl GoogleEndpoints::api(const QString &path) const
{
    QUrl u = apiUrl;
    QString base = u.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    QString rest = path;
    while (rest.startsWith(QLatin1Char('/')))
        rest.remove(0, 1);
    u.setPath(base + QLatin1Char('/') + rest);
    return u;
}

QString GoogleEndpoints::requestedScope()
{
    return QLatin1String(kScopeEvents) + QLatin1Char(' ') + QLatin1String(kScopeReadonly);
}

} // namespace empfang
