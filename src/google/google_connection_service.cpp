#include "google_connection_service.h"

#include "google_authorization.h"
#include "google_calendar_list.h"
#include "google_logging.h"
#include "google_token_client.h"
#include "outstanding_work.h"
#include "privacy/privacy_notice.h"
#include "security/token_store.h"
#include "storage/consent_log.h"
#include "storage/database.h"
#include "storage/desk_repository.h"
#include "storage/google_connection_repository.h"
#include "storage/local_desk.h"

#include <QDateTime>
#include <QTimer>

namespace empfang {

namespace {

// Refresh this long before Google's expiry so a request never leaves with a dying token.
constexpr qint64 kRefreshMarginMs = 60 * 1000;

QString whereToRemove()
{
    return GoogleConnectionService::tr(
        "Please remove Empfang's access yourself in the Google account under "
        "Google-Konto → Sicherheit → Drittanbieter-Zugriffe.");
}

} // namespace

GoogleConnectionService::GoogleConnectionService(Database &db, TokenStore &tokens,
                                                 QNetworkAccessManager *nam,
                                                 GoogleEndpoints endpoints, QObject *parent)
    : QObject(parent), m_db(db), m_tokens(tokens), m_desk(LocalDesk::id()), m_nam(nam),
      m_endpoints(std::move(endpoints)),
      m_tokenClient(new GoogleTokenClient(nam, m_endpoints, this))
{
}

GoogleConnectionService::~GoogleConnectionService() = default;

void GoogleConnectionService::setEndpoints(const GoogleEndpoints &endpoints)
{
    m_endpoints = endpoints;
    m_tokenClient->setEndpoints(endpoints);
}

GoogleConnection GoogleConnectionService::connection(qint64 practitionerId) const
{
    auto found = GoogleConnectionRepository(m_db).find(practitionerId);
    if (found)
        return found.value();
    GoogleConnection none;
    none.practitionerId = practitionerId;
    return none;
}

bool GoogleConnectionService::isSyncDesk(qint64 practitionerId) const
{
    return connection(practitionerId).syncedBy(m_desk);
}

Status GoogleConnectionService::setState(qint64 practitionerId, GoogleConnection::State state,
                                         const QStringList &scopes, const QList<Consent> &consents,
                                         const std::optional<Desks> &desks)
{
    GoogleConnection c = connection(practitionerId);
    c.state = state;
    c.grantedScopes = scopes;
    const bool ended = state == GoogleConnection::State::None ||
                       state == GoogleConnection::State::RevokedExternally;
    if (ended) {
        // Forget what we learned from the account; the calendar choice goes with it.
        // (The desk columns are not saved from here: `desks` sets them.)
        c = GoogleConnection{};
        c.practitionerId = practitionerId;
        c.state = state;
    }
    // One transaction: the consent entries, the state and — when the connection ends — the
    // practitioner's busy times and fetch records either all change or none does.
    WriteTransaction tx(m_db);
    GoogleConnectionRepository repository(m_db);
    for (const Consent &consent : consents) {
        if (Status logged = logConsent(practitionerId, consent.action, consent.scopes); !logged)
            return logged;
    }
    if (Status saved = repository.save(c); !saved)
        return saved;
    if (desks) {
        if (Status set = repository.setDesks(practitionerId, desks->sync, desks->revoke); !set)
            return set;
        // The other desks show this desk by name from now on.
        if (desks->sync == m_desk) {
            if (Status seen = DeskRepository(m_db).seen(m_desk, LocalDesk::name(),
                                                        QDateTime::currentMSecsSinceEpoch());
                !seen)
                return seen;
        }
    }
    if (ended) {
        if (Status forgotten = repository.forgetBusyTimes(practitionerId); !forgotten)
            return forgotten;
    }
    if (!tx.commit())
        return Status::failure(m_db.lastFailure());
    Q_EMIT connectionChanged(practitionerId);
    return success();
}

Status GoogleConnectionService::logConsent(qint64 practitionerId, int action,
                                           const QStringList &scopes)
{
    const PrivacyNotice notice = PrivacyNotice::current();
    ConsentEntry e;
    e.practitionerId = practitionerId;
    e.action = ConsentEntry::Action(action);
    e.noticeVersion = notice.version();
    e.noticeSha256 = notice.sha256();
    e.grantedScopes = scopes.join(QLatin1Char(' '));
    auto recorded = ConsentLog(m_db).record(e);
    return recorded ? success() : Status::failure(recorded.error());
}

// ---- connect --------------------------------------------------------------------------------

void GoogleConnectionService::connectPractitioner(qint64 practitionerId, bool consentAccepted)
{
    QPointer<GoogleConnectionService> self(this);
    auto refuse = [self, practitionerId](const QString &message) {
        // Always asynchronous, like every other answer, so callers can connect afterwards.
        QTimer::singleShot(0, self, [self, practitionerId, message] {
            if (self)
                Q_EMIT self->connectFinished(practitionerId, false, message);
        });
    };
    if (!consentAccepted)
        return refuse(tr("Connecting needs the practitioner's consent: please read the privacy "
                         "notice and tick the consent box."));
    if (!PrivacyNotice::current().isValid())
        return refuse(tr("The privacy notice is missing from this build, so no consent can be "
                         "given. Please reinstall Empfang."));
    if (!m_endpoints.hasClient())
        return refuse(tr("Google is not set up for this practice yet: the practice's IT first "
                         "enters the practice's Google access under Settings → "
                         "Google-Kalender."));
    if (m_auth.contains(practitionerId))
        return refuse(tr("A connection for this practitioner is already being made."));

    auto *auth = new GoogleAuthorization(m_nam, m_endpoints, this);
    auth->setTimeout(m_timeout);
    m_auth.insert(practitionerId, auth);
    connect(
        auth, &GoogleAuthorization::authorizationUrl, this,
        [this, practitionerId](const QUrl &url) { Q_EMIT authorizationUrl(practitionerId, url); });
    connect(auth, &GoogleAuthorization::finished, this,
            [this, practitionerId](bool ok, const QStringList &scopes, const QString &error) {
                onAuthorizationFinished(practitionerId, ok, scopes, error);
            });
    // Without a keychain there is nowhere safe for the token: find out before the practitioner
    // goes through Google's consent for nothing.
    m_tokens.read(practitionerId, [self, practitionerId, auth](const TokenStore::Answer &a) {
        if (!self || !self->m_auth.contains(practitionerId))
            return;
        if (a.outcome == TokenStore::Outcome::Ok || a.outcome == TokenStore::Outcome::NotFound) {
            auth->start();
            return;
        }
        self->m_auth.remove(practitionerId);
        auth->deleteLater();
        self->finishConnect(practitionerId, false, a.message);
    });
}

void GoogleConnectionService::cancelConnect(qint64 practitionerId)
{
    if (GoogleAuthorization *auth = m_auth.value(practitionerId)) {
        if (auth->isRunning())
            auth->cancel();
        else
            finishConnect(practitionerId, false, tr("The connection to Google was cancelled."));
    }
}

void GoogleConnectionService::finishConnect(qint64 practitionerId, bool ok, const QString &message)
{
    if (GoogleAuthorization *auth = m_auth.take(practitionerId))
        auth->deleteLater();
    Q_EMIT connectFinished(practitionerId, ok, message);
}

void GoogleConnectionService::onAuthorizationFinished(qint64 practitionerId, bool ok,
                                                      const QStringList &scopes,
                                                      const QString &error)
{
    GoogleAuthorization *auth = m_auth.value(practitionerId);
    if (!ok || !auth)
        return finishConnect(practitionerId, false, error);
    const GoogleAuthorization::Tokens t = auth->takeTokens();
    storeGrant(practitionerId, scopes, auth->readOnly(), t.accessToken, t.refreshToken,
               t.expiresAtMs);
}

void GoogleConnectionService::storeGrant(qint64 practitionerId, const QStringList &scopes,
                                         bool readOnly, const QString &accessToken,
                                         const QString &refreshToken, qint64 expiresAtMs)
{
    QPointer<GoogleConnectionService> self(this);
    auto undo = [self, refreshToken, practitionerId](const QString &why) {
        // Google issued a token we cannot keep safely: make Google forget it too.
        self->m_tokenClient->revoke(
            refreshToken, QStringLiteral("refresh_token"),
            [self, practitionerId, why, work = OutstandingWork::begin("revoke after failed store")](
                const GoogleTokenClient::Revoked &r) {
                if (self)
                    self->finishConnect(practitionerId, false,
                                        r.ok ? why : why + QLatin1Char(' ') + whereToRemove());
            });
    };
    m_tokens.write(practitionerId, refreshToken, [=](const TokenStore::Answer &a) {
        if (!self)
            return;
        if (!a.ok())
            return undo(a.message);
        const Status stored = self->setState(
            practitionerId,
            readOnly ? GoogleConnection::State::ReadOnly : GoogleConnection::State::Connected,
            scopes, {{int(ConsentEntry::Action::Granted), scopes}}, Desks{self->m_desk, {}});
        if (!stored) {
            self->m_tokens.remove(practitionerId, [](const TokenStore::Answer &) {});
            return undo(stored.error());
        }
        self->m_access.insert(practitionerId, {accessToken, expiresAtMs});
        const QString message =
            readOnly ? tr("Connected read-only: Google allowed reading busy times but not writing "
                          "appointments. Busy times are taken into account; bookings are not "
                          "entered in the Google calendar. To change this, disconnect and "
                          "connect again with both permissions ticked.")
                     : tr("Connected with Google.");
        self->finishConnect(practitionerId, true, message);
        self->refreshCalendars(practitionerId);
    });
}

// ---- disconnect -----------------------------------------------------------------------------

void GoogleConnectionService::disconnectPractitioner(qint64 practitionerId)
{
    if (const GoogleConnection before = connection(practitionerId);
        before.isConnected() && !before.syncedBy(m_desk))
        return disconnectElsewhere(practitionerId, before);
    cancelConnect(practitionerId);
    const MemoryToken memory = m_access.take(practitionerId);
    QPointer<GoogleConnectionService> self(this);
    // Revoke at Google → state, consent entry and busy times in the database → keychain. The
    // database comes before the keychain so that a crash in between still shows "getrennt";
    // the whole chain is outstanding work, so no CLI command ends in the middle of it.
    const OutstandingWork::Token work = OutstandingWork::begin("disconnect");
    auto wipe = [self, practitionerId, work](bool revoked, const QString &revokeError) {
        if (!self)
            return;
        QStringList problems;
        const GoogleConnection before = self->connection(practitionerId);
        QList<Consent> consents;
        if (before.isConnected())
            consents << Consent{int(ConsentEntry::Action::Withdrawn), {}};
        if (Status s = self->setState(practitionerId, GoogleConnection::State::None, {}, consents,
                                      Desks{});
            !s)
            problems << s.error();
        self->m_tokens.remove(practitionerId, [self, practitionerId, revoked, revokeError, problems,
                                               work](const TokenStore::Answer &removed) {
            if (!self)
                return;
            QStringList all = problems;
            if (!removed.ok())
                all << removed.message;
            QString message = tr("The Google connection was removed.");
            if (!revoked)
                message = tr("The Google connection was removed from Empfang, but Google could "
                             "not be told (%1).")
                              .arg(revokeError) +
                          QLatin1Char(' ') + whereToRemove();
            if (!all.isEmpty())
                message += QLatin1Char(' ') + all.join(QLatin1Char(' '));
            Q_EMIT self->disconnectFinished(practitionerId, revoked, message);
        });
    };
    m_tokens.read(practitionerId, [self, practitionerId, memory,
                                   wipe](const TokenStore::Answer &a) {
        if (!self)
            return;
        // Revoking the refresh token revokes its access tokens too; without one, the access
        // token in memory is the best we have.
        const QString token = a.ok() ? a.secret : memory.token;
        if (token.isEmpty())
            return wipe(a.outcome == TokenStore::Outcome::NotFound, a.ok() ? QString() : a.message);
        self->m_tokenClient->revoke(
            token, a.ok() ? QStringLiteral("refresh_token") : QStringLiteral("access_token"),
            [wipe](const GoogleTokenClient::Revoked &r) { wipe(r.ok, r.error); });
    });
}

Status GoogleConnectionService::acknowledgeRevocation(qint64 practitionerId)
{
    if (connection(practitionerId).state != GoogleConnection::State::RevokedExternally)
        return success();
    return setState(practitionerId, GoogleConnection::State::None, {});
}

} // namespace empfang
