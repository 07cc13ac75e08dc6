#pragma once

#include <QString>
#include <QUrl>

class QSettings;

namespace empfang {

/// Where Google's OAuth and Calendar endpoints are, and which OAuth client the practice uses.
/// Google's real endpoints by default; tests and the demo point them at the fake server through
/// EMPFANG_GOOGLE_* environment variables or the settings file (environment wins).
class GoogleEndpoints
{
public:
    static constexpr auto kScopeEvents = "https://www.googleapis.com/auth/calendar.events";
    static constexpr auto kScopeReadonly = "https://www.googleapis.com/auth/calendar.readonly";

    QUrl authorizationUrl;
    QUrl tokenUrl;
    QUrl revokeUrl;
    QUrl apiUrl; // base, e.g. https://www.googleapis.com/calendar/v3 (no trailing slash)
    QString clientId;
    QString clientSecret; // of a "Desktop app" client: not confidential, per Google

    /// Google's production endpoints, no client.
    static GoogleEndpoints defaults();
    /// Defaults, overridden by `settings` (google/authUrl, google/tokenUrl, google/revokeUrl,
    /// google/apiUrl, google/clientId, google/clientSecret), then by the environment.
    static GoogleEndpoints load(const QSettings &settings);
    /// Same with the application's default QSettings.
    static GoogleEndpoints load();

    /// True when any endpoint differs from Google's: the GUI shows a banner then, because
    /// tokens would go somewhere other than Google.
    bool isOverridden() const;
    bool hasClient() const { return !clientId.isEmpty(); }

    /// A URL below apiUrl, e.g. api("users/me/calendarList").
    QUrl api(const QString &path) const;

    /// The two scopes we ask for, space separated, in this order.
    static QString requestedScope();
};

} // namespace empfang
