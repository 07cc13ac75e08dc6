#pragma once

#include "domain/result.h"
#include "google_endpoints.h"
#include "google_token_client.h"
#include "storage/google_connection.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace empfang {

class Database;
class TokenStore;
class GoogleAuthorization;

/// What status() reports about a practitioner; never contains a token.
struct GoogleStatus
{
    qint64 practitionerId = 0;
    GoogleConnection connection;
    enum class Keychain { Present, Absent, Unknown } keychain = Keychain::Unknown;
    QString keychainMessage; // German, when Unknown
};

/// The one entry point for a practitioner's Google connection, shared by the GUI and the CLI:
/// connect (consent → authorization → keychain → consent log), access tokens for the sync,
/// disconnect (revoke → wipe → log), status and calendar choice. Every operation is
/// asynchronous and answers through a signal or callback exactly once.
class GoogleConnectionService : public QObject
{
    Q_OBJECT
public:
    GoogleConnectionService(Database &db, TokenStore &tokens, QNetworkAccessManager *nam,
                            GoogleEndpoints endpoints, QObject *parent = nullptr);
    ~GoogleConnectionService() override;

    const GoogleEndpoints &endpoints() const { return m_endpoints; }
    /// This desk (LocalDesk::id()): connecting here makes it the practitioner's sync desk.
    const QString &deskId() const { return m_desk; }
    /// True when this desk talks to Google for the practitioner (docs/ARCHITECTURE.md §8).
    bool isSyncDesk(qint64 practitionerId) const;
    /// New endpoints/client (e.g. after the settings dialog saved a client); used from the next
    /// request on, attempts already running keep theirs.
    void setEndpoints(const GoogleEndpoints &endpoints);
    void setAuthorizationTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    /// Starts connecting. `consentAccepted` is the ticked checkbox of the consent screen (the
    /// CLI's --accept-privacy-notice). Emits authorizationUrl(), then connectFinished().
    void connectPractitioner(qint64 practitionerId, bool consentAccepted);
    void cancelConnect(qint64 practitionerId);
    bool isConnecting(qint64 practitionerId) const { return m_auth.contains(practitionerId); }

    /// Revokes at Google and wipes locally (even when revoking fails). Emits
    /// disconnectFinished().
    void disconnectPractitioner(qint64 practitionerId);

    /// A valid access token (refreshed a minute before expiry), or a German error. On
    /// `invalid_grant` the connection is wiped and revokedExternally() emitted.
    void accessToken(qint64 practitionerId, std::function<void(const Result<QString> &)> done);
    /// Google refused the access token (401): the next accessToken() refreshes. Used by the
    /// CalendarClient, which replays the request once with the new token.
    void forgetAccessToken(qint64 practitionerId) { m_access.remove(practitionerId); }
    /// True when the last accessToken() failure of this practitioner was only that Google's
    /// token endpoint could not be reached: the connection stands, the caller retries later
    /// (and the grid works offline) instead of treating the practitioner as disconnected.
    bool tokenUnreachable(qint64 practitionerId) const
    {
        return m_tokenUnreachable.contains(practitionerId);
    }

    /// State from the database plus whether the keychain holds a token.
    void status(qint64 practitionerId, std::function<void(const GoogleStatus &)> done);
    /// The stored connection (state None when never connected).
    GoogleConnection connection(qint64 practitionerId) const;

    /// Fetches calendarList and stores it; emits calendarsChanged() or calendarsFailed().
    void refreshCalendars(qint64 practitionerId);
    /// Which calendars count as busy and which receives bookings.
    Status setCalendars(qint64 practitionerId, const QStringList &busyCalendars,
                        const QString &bookingCalendar);

    /// After a `revoked_externally`, the UI's "understood" (state back to not connected).
    Status acknowledgeRevocation(qint64 practitionerId);

    /// Brings this desk's keychain in line with the shared database (docs/ARCHITECTURE.md §8):
    /// adopts a connection from before desks existed when the token is here, revokes at Google
    /// and deletes a token whose practitioner was disconnected at another desk, and deletes a
    /// token whose practitioner is now synced by another desk. `practitionerId` 0 = all.
    void tidyKeychain(qint64 practitionerId = 0);
    /// The revocations at Google this desk still owes (tried again when Google was offline).
    void revokeWhatIsOwed();

Q_SIGNALS:
    void authorizationUrl(qint64 practitionerId, const QUrl &url);
    /// ok: connected (message says "read-only" when only busy times may be read).
    void connectFinished(qint64 practitionerId, bool ok, const QString &message);
    /// revokedAtGoogle false: wiped locally only; `message` tells where to remove the access.
    void disconnectFinished(qint64 practitionerId, bool revokedAtGoogle, const QString &message);
    /// The practitioner withdrew access in the Google account; the connection was wiped.
    void revokedExternally(qint64 practitionerId, const QString &message);
    /// Any change of the stored state (connected, read-only, scopes, calendars).
    void connectionChanged(qint64 practitionerId);
    void calendarsChanged(qint64 practitionerId);
    void calendarsFailed(qint64 practitionerId, const QString &message);

private:
    struct MemoryToken
    {
        QString token;
        qint64 expiresAtMs = 0;
    };
    void onAuthorizationFinished(qint64 practitionerId, bool ok, const QStringList &scopes,
                                 const QString &error);
    void storeGrant(qint64 practitionerId, const QStringList &scopes, bool readOnly,
                    const QString &accessToken, const QString &refreshToken, qint64 expiresAtMs);
    void finishConnect(qint64 practitionerId, bool ok, const QString &message);
    void resolveWaiting(qint64 practitionerId, const Result<QString> &result);
    /// A consent log entry to write with a state change.
    struct Consent
    {
        int action = 0; // ConsentEntry::Action
        QStringList scopes;
    };
    void onRefreshed(qint64 practitionerId, const QString &refreshToken,
                     const GoogleTokenClient::Refreshed &refreshed);
    /// Ends the connection because of Google's side: database first (state
    /// revoked_externally, `consents`, busy times gone), then the keychain; `revokeToken`, when
    /// set, is revoked at Google too. Emits revokedExternally(`message`).
    void wipeRevokedExternally(qint64 practitionerId, const QString &message,
                               const QList<Consent> &consents, const QString &revokeToken = {});
    /// Who syncs and who still has to revoke after a state change.
    struct Desks
    {
        QString sync;
        QString revoke;
    };
    /// State, consent entries, desks and (for None / RevokedExternally) the busy times, in one
    /// transaction; connectionChanged() after the commit.
    Status setState(qint64 practitionerId, GoogleConnection::State state, const QStringList &scopes,
                    const QList<Consent> &consents = {},
                    const std::optional<Desks> &desks = std::nullopt);
    /// Disconnect at a desk that does not hold the token: the database says "getrennt" at once
    /// for every desk; the sync desk revokes and deletes when it runs.
    void disconnectElsewhere(qint64 practitionerId, const GoogleConnection &before);
    void tidyOne(const GoogleConnection &c);
    Status logConsent(qint64 practitionerId, int action, const QStringList &scopes);

    Database &m_db;
    TokenStore &m_tokens;
    QString m_desk;
    QSet<qint64> m_tidying;
    QNetworkAccessManager *m_nam;
    GoogleEndpoints m_endpoints;
    GoogleTokenClient *m_tokenClient;
    std::chrono::milliseconds m_timeout{300000};
    QHash<qint64, GoogleAuthorization *> m_auth;
    QHash<qint64, MemoryToken> m_access; // in memory only, by design
    QSet<qint64> m_tokenUnreachable;
    QHash<qint64, QList<std::function<void(const Result<QString> &)>>> m_waiting;
};

} // namespace empfang
