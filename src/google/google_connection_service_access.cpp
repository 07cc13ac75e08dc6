// GoogleConnectionService, second half: access tokens, revocation detected on refresh, status
// and calendars. Split only to keep each file readable in one sitting.
#include "google_calendar_list.h"
#include "google_connection_service.h"
#include "google_logging.h"
#include "google_token_client.h"
#include "outstanding_work.h"
#include "security/token_store.h"
#include "storage/consent_log.h"
#include "storage/desk_repository.h"
#include "storage/google_connection_repository.h"

#include <QDateTime>
#include <QTimer>

namespace empfang {

void GoogleConnectionService::accessToken(qint64 practitionerId,
                                          std::function<void(const Result<QString> &)> done)
{
    // Another desk holds the token and talks to Google for this practitioner (or the
    // connection was ended there): from that moment this desk sends nothing.
    if (const GoogleConnection c = connection(practitionerId);
        !c.syncedBy(m_desk) || !c.revokeDesk.isEmpty()) {
        m_access.remove(practitionerId);
        const QString why =
            c.revokeDesk.isEmpty()
                ? tr("This practitioner's Google calendar is synchronised by the desk \"%1\".")
                      .arg(DeskRepository(m_db).nameOf(c.syncDesk))
                : tr("This practitioner is not connected with Google.");
        QTimer::singleShot(0, this,
                           [done = std::move(done), why] { done(Result<QString>::failure(why)); });
        return;
    }
    const MemoryToken memory = m_access.value(practitionerId);
    if (!memory.token.isEmpty() &&
        memory.expiresAtMs - 60 * 1000 > QDateTime::currentMSecsSinceEpoch()) {
        QTimer::singleShot(0, this,
                           [done = std::move(done), token = memory.token] { done(token); });
        return;
    }
    // One refresh per practitioner at a time; everyone asking meanwhile gets its result.
    auto &waiting = m_waiting[practitionerId];
    waiting << std::move(done);
    if (waiting.size() > 1)
        return;
    QPointer<GoogleConnectionService> self(this);
    m_tokens.read(practitionerId, [self, practitionerId](const TokenStore::Answer &a) {
        if (!self)
            return;
        if (a.outcome == TokenStore::Outcome::NotFound)
            return self->resolveWaiting(
                practitionerId,
                Result<QString>::failure(tr("This practitioner is not connected with Google.")));
        if (!a.ok())
            return self->resolveWaiting(practitionerId, Result<QString>::failure(a.message));
        self->m_tokenClient->refresh(a.secret, [self, practitionerId, refresh = a.secret,
                                                work = OutstandingWork::begin("token refresh")](
                                                   const GoogleTokenClient::Refreshed &r) {
            if (self)
                self->onRefreshed(practitionerId, refresh, r);
        });
    });
}

void GoogleConnectionService::onRefreshed(qint64 practitionerId, const QString &refreshToken,
                                          const GoogleTokenClient::Refreshed &r)
{
    if (r.transient && !r.ok)
        m_tokenUnreachable.insert(practitionerId);
    else
        m_tokenUnreachable.remove(practitionerId);
    const GoogleConnection c = connection(practitionerId);
    if (r.invalidGrant) {
        QList<Consent> consents;
        if (c.isConnected())
            consents << Consent{int(ConsentEntry::Action::RevokedExternally), c.grantedScopes};
        wipeRevokedExternally(
            practitionerId,
            tr("The access to the Google calendar was withdrawn in the Google account (or has "
               "expired). Empfang removed the stored access; busy times are no longer read and "
               "bookings no longer written. Connect again to resume."),
            consents);
        return resolveWaiting(practitionerId, Result<QString>::failure(r.error));
    }
    if (!r.ok)
        return resolveWaiting(practitionerId, Result<QString>::failure(r.error));
    // The practitioner may have taken back a permission in the Google account. An absent
    // `scope` means "unchanged" (RFC 6749 5.1).
    const QStringList scopes = r.scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (r.scopeReported && c.isConnected() &&
        !scopes.contains(QLatin1String(GoogleEndpoints::kScopeReadonly))) {
        // Without busy times Empfang would book over the practitioner's appointments, the same
        // rule as when connecting: the connection ends, and what is left of the access is
        // withdrawn at Google.
        wipeRevokedExternally(
            practitionerId,
            tr("The permission to see the calendar's busy times was withdrawn in the Google "
               "account. Without it Empfang could book over existing appointments, so it ended "
               "the connection and removed the stored access. Connect again with \"See "
               "calendars\" ticked to resume."),
            {{int(ConsentEntry::Action::ScopesReduced), scopes},
             {int(ConsentEntry::Action::Withdrawn), {}}},
            refreshToken);
        return resolveWaiting(
            practitionerId,
            Result<QString>::failure(tr("The permission to see busy times was withdrawn in the "
                                        "Google account; the connection was ended.")));
    }
    m_access.insert(practitionerId, {r.accessToken, r.expiresAtMs});
    if (r.scopeReported && c.state == GoogleConnection::State::Connected &&
        !scopes.contains(QLatin1String(GoogleEndpoints::kScopeEvents))) {
        setState(practitionerId, GoogleConnection::State::ReadOnly, scopes,
                 {{int(ConsentEntry::Action::ScopesReduced), scopes}});
    }
    resolveWaiting(practitionerId, r.accessToken);
}

void GoogleConnectionService::resolveWaiting(qint64 practitionerId, const Result<QString> &result)
{
    const auto waiting = m_waiting.take(practitionerId);
    for (const auto &done : waiting)
        done(result);
}

void GoogleConnectionService::wipeRevokedExternally(qint64 practitionerId, const QString &message,
                                                    const QList<Consent> &consents,
                                                    const QString &revokeToken)
{
    qCInfo(lcGoogle) << "access of practitioner" << practitionerId
                     << "ended on Google's side; wiping";
    m_access.remove(practitionerId);
    // The database first: a crash before the keychain job still shows the connection as ended
    // (and the busy times as gone); the keychain delete is outstanding work the CLI waits for.
    if (Status s = setState(practitionerId, GoogleConnection::State::RevokedExternally, {},
                            consents, Desks{});
        !s)
        qCWarning(lcGoogle) << "state after revocation not stored:" << s.error();
    QPointer<GoogleConnectionService> self(this);
    const OutstandingWork::Token work = OutstandingWork::begin("wipe after revocation");
    auto removeKey = [self, practitionerId, message, work] {
        if (!self)
            return;
        self->m_tokens.remove(practitionerId, [self, practitionerId, message,
                                               work](const TokenStore::Answer &removed) {
            if (!self)
                return;
            if (!removed.ok())
                qCWarning(lcGoogle)
                    << "key of practitioner" << practitionerId << "not deleted after revocation";
            Q_EMIT self->revokedExternally(practitionerId, message);
        });
    };
    if (revokeToken.isEmpty())
        return removeKey();
    m_tokenClient->revoke(revokeToken, QStringLiteral("refresh_token"),
                          [removeKey](const GoogleTokenClient::Revoked &) { removeKey(); });
}

void GoogleConnectionService::status(qint64 practitionerId,
                                     std::function<void(const GoogleStatus &)> done)
{
    QPointer<GoogleConnectionService> self(this);
    m_tokens.read(practitionerId,
                  [self, practitionerId, done = std::move(done)](const TokenStore::Answer &a) {
                      if (!self)
                          return;
                      GoogleStatus s;
                      s.practitionerId = practitionerId;
                      s.connection = self->connection(practitionerId);
                      // The secret itself is dropped right here: status never carries it.
                      switch (a.outcome) {
                      case TokenStore::Outcome::Ok:
                          s.keychain = GoogleStatus::Keychain::Present;
                          break;
                      case TokenStore::Outcome::NotFound:
                          s.keychain = GoogleStatus::Keychain::Absent;
                          break;
                      default:
                          s.keychain = GoogleStatus::Keychain::Unknown;
                          s.keychainMessage = a.message;
                          break;
                      }
                      done(s);
                  });
}

void GoogleConnectionService::refreshCalendars(qint64 practitionerId)
{
    QPointer<GoogleConnectionService> self(this);
    auto fetch = std::make_shared<std::function<void(bool)>>();
    *fetch = [self, practitionerId, fetch](bool retried) {
        if (!self)
            return;
        self->accessToken(practitionerId, [self, practitionerId, fetch,
                                           retried](const Result<QString> &token) {
            if (!self)
                return;
            if (!token)
                return Q_EMIT self->calendarsFailed(practitionerId, token.error());
            GoogleCalendarList::fetch(
                self->m_nam, self->m_endpoints, token.value(), self,
                [self, practitionerId, fetch, retried](const GoogleCalendarList::Answer &a) {
                    if (!self)
                        return;
                    if (a.httpStatus == 401 && !retried) {
                        // Google no longer takes this access token: refresh once, then retry.
                        self->m_access.remove(practitionerId);
                        return (*fetch)(true);
                    }
                    if (!a.calendars)
                        return Q_EMIT self->calendarsFailed(practitionerId, a.calendars.error());
                    GoogleConnection c = self->connection(practitionerId);
                    if (!c.isConnected())
                        return;
                    c.calendars = a.calendars.value();
                    for (const GoogleCalendar &cal : c.calendars) {
                        if (cal.primary)
                            c.googleAccount = cal.id;
                    }
                    if (Status s = GoogleConnectionRepository(self->m_db).save(c); !s)
                        return Q_EMIT self->calendarsFailed(practitionerId, s.error());
                    Q_EMIT self->calendarsChanged(practitionerId);
                    Q_EMIT self->connectionChanged(practitionerId);
                });
        });
    };
    (*fetch)(false);
}

Status GoogleConnectionService::setCalendars(qint64 practitionerId,
                                             const QStringList &busyCalendars,
                                             const QString &bookingCalendar)
{
    GoogleConnection c = connection(practitionerId);
    if (!c.isConnected())
        return Status::failure(tr("This practitioner is not connected with Google."));
    const auto known = [&](const QString &id) -> const GoogleCalendar * {
        for (const GoogleCalendar &cal : c.calendars) {
            if (cal.id == id || (id == QLatin1String("primary") && cal.primary))
                return &cal;
        }
        return nullptr;
    };
    for (const QString &id : busyCalendars) {
        if (id != QLatin1String("primary") && !known(id))
            return Status::failure(tr("The calendar \"%1\" is not in the practitioner's Google "
                                      "account. Please reload the list of calendars.")
                                       .arg(id));
    }
    if (bookingCalendar != QLatin1String("primary")) {
        const GoogleCalendar *target = known(bookingCalendar);
        if (!target)
            return Status::failure(tr("The calendar \"%1\" is not in the practitioner's Google "
                                      "account. Please reload the list of calendars.")
                                       .arg(bookingCalendar));
        if (!target->writable())
            return Status::failure(tr("Empfang may not write to the calendar \"%1\". Please "
                                      "choose one the practitioner owns.")
                                       .arg(target->summary));
    }
    c.busyCalendars =
        busyCalendars.isEmpty() ? QStringList{QStringLiteral("primary")} : busyCalendars;
    c.bookingCalendar = bookingCalendar.isEmpty() ? QStringLiteral("primary") : bookingCalendar;
    Status saved = GoogleConnectionRepository(m_db).save(c);
    if (saved)
        Q_EMIT connectionChanged(practitionerId);
    return saved;
}

} // namespace empfang
