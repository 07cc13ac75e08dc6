// GoogleConnectionService, third part: several desks on one database (docs/ARCHITECTURE.md §8).
// A token lives in the keychain of one desk only; the shared database says which. These calls
// bring this desk's keychain in line with it.
#include "google_connection_service.h"
#include "google_logging.h"
#include "google_token_client.h"
#include "outstanding_work.h"
#include "security/token_store.h"
#include "storage/consent_log.h"
#include "storage/desk_repository.h"
#include "storage/google_connection_repository.h"

namespace empfang {

void GoogleConnectionService::disconnectElsewhere(qint64 practitionerId,
                                                  const GoogleConnection &before)
{
    cancelConnect(practitionerId);
    m_access.remove(practitionerId);
    // The database first, in one transaction: from the commit on no desk writes to Google for
    // this practitioner, every desk shows "getrennt", and the sync desk knows it owes the
    // revocation (it is notified, or finds out at its next start).
    const Status s =
        setState(practitionerId, GoogleConnection::State::None, {},
                 {{int(ConsentEntry::Action::Withdrawn), {}}}, Desks{{}, before.syncDesk});
    const QString desk = DeskRepository(m_db).nameOf(before.syncDesk);
    QString message =
        tr("The Google connection was removed: from now on no desk writes to this calendar and "
           "its busy times are deleted. The access itself is withdrawn at Google as soon as the "
           "desk \"%1\" runs, which keeps it. To withdraw it at once, remove Empfang's access in "
           "the Google account under Google-Konto → Sicherheit → Drittanbieter-Zugriffe.")
            .arg(desk);
    if (!s)
        message = s.error();
    QPointer<GoogleConnectionService> self(this);
    // This desk should hold nothing, but a token left from an earlier connection goes too.
    m_tokens.remove(practitionerId,
                    [self, practitionerId, message,
                     work = OutstandingWork::begin("disconnect")](const TokenStore::Answer &) {
                        if (self)
                            Q_EMIT self->disconnectFinished(practitionerId, false, message);
                    });
}

void GoogleConnectionService::tidyKeychain(qint64 practitionerId)
{
    const auto all = GoogleConnectionRepository(m_db).list();
    if (!all) {
        qCWarning(lcGoogle) << "connections not readable for the keychain check:" << all.error();
        return;
    }
    for (const GoogleConnection &c : all.value()) {
        if (practitionerId == 0 || c.practitionerId == practitionerId)
            tidyOne(c);
    }
}

void GoogleConnectionService::revokeWhatIsOwed()
{
    const auto all = GoogleConnectionRepository(m_db).list();
    if (!all)
        return;
    for (const GoogleConnection &c : all.value()) {
        if (c.revokeDesk == m_desk)
            tidyOne(c);
    }
}

void GoogleConnectionService::tidyOne(const GoogleConnection &c)
{
    const qint64 pid = c.practitionerId;
    // A connect under way writes the token before the row names this desk.
    if (m_auth.contains(pid) || m_tidying.contains(pid))
        return;
    if (c.isConnected() && c.syncDesk == m_desk)
        return;
    QPointer<GoogleConnectionService> self(this);
    m_tidying.insert(pid);
    const OutstandingWork::Token work = OutstandingWork::begin("keychain check");
    auto done = [self, pid, work] {
        if (self)
            self->m_tidying.remove(pid);
    };
    if (c.isConnected() && c.syncDesk.isEmpty()) {
        // Connected before there were desks: the desk that holds the token keeps syncing.
        m_tokens.read(pid, [self, pid, done](const TokenStore::Answer &a) {
            done();
            if (!self || !a.ok())
                return;
            if (Status s = GoogleConnectionRepository(self->m_db).adopt(pid, self->m_desk); !s)
                qCWarning(lcGoogle) << "sync desk not recorded:" << s.error();
            else
                Q_EMIT self->connectionChanged(pid);
        });
        return;
    }
    // Not this desk's any more: nothing of it may stay here.
    m_access.remove(pid);
    if (c.revokeDesk != m_desk) {
        m_tokens.remove(pid, [done](const TokenStore::Answer &) { done(); });
        return;
    }
    auto forget = [self, pid, done] {
        if (!self)
            return done();
        self->m_tokens.remove(pid, [self, pid, done](const TokenStore::Answer &removed) {
            done();
            if (!self || !removed.ok())
                return;
            GoogleConnectionRepository(self->m_db).revoked(pid, self->m_desk);
            qCInfo(lcGoogle) << "access of practitioner" << pid
                             << "revoked after a disconnect at another desk";
        });
    };
    m_tokens.read(pid, [self, pid, done, forget](const TokenStore::Answer &a) {
        if (!self)
            return done();
        if (a.outcome == TokenStore::Outcome::NotFound)
            return forget();
        if (!a.ok())
            return done();
        self->m_tokenClient->revoke(a.secret, QStringLiteral("refresh_token"),
                                    [self, done, forget](const GoogleTokenClient::Revoked &r) {
                                        if (r.ok)
                                            return forget();
                                        // Offline: the token stays until Google heard it.
                                        qCInfo(lcGoogle) << "revocation postponed:" << r.error;
                                        done();
                                    });
    });
}

} // namespace empfang
