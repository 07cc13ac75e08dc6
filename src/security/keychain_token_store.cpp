#include "keychain_token_store.h"

#include "outstanding_work.h"
#include "security_logging.h"

#include <qt6keychain/keychain.h>

namespace empfang {

QString TokenStore::keyFor(qint64 practitionerId)
{
    return QStringLiteral("practitioner-%1").arg(practitionerId);
}

KeychainTokenStore::KeychainTokenStore(QObject *parent, QString service)
    : TokenStore(parent), m_service(std::move(service))
{
}

void KeychainTokenStore::read(qint64 practitionerId, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, nullptr);
    job->setKey(keyFor(practitionerId));
    run(job, std::move(done), false);
}

void KeychainTokenStore::write(qint64 practitionerId, const QString &secret, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, nullptr);
    job->setKey(keyFor(practitionerId));
    job->setTextData(secret);
    run(job, std::move(done), false);
}

void KeychainTokenStore::remove(qint64 practitionerId, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, nullptr);
    job->setKey(keyFor(practitionerId));
    run(job, std::move(done), true);
}

void KeychainTokenStore::run(QKeychain::Job *job, Callback done, bool isDelete)
{
    // Set on every job, not once: a job created elsewhere with defaults must never be able to
    // fall back to an unencrypted file.
    job->setInsecureFallback(false);
    // No parent: the backend (libsecret) calls back into a running job even after the store is
    // gone, so a job must live until it finishes; it deletes itself then, and the answer is
    // dropped because the connection's context (this) is gone.
    job->setAutoDelete(true);
    // Outstanding until the answer (and whatever the callback writes) is through: the CLI does
    // not end its event loop before.
    auto work = std::make_shared<OutstandingWork::Token>(OutstandingWork::begin("keychain job"));
    connect(job, &QKeychain::Job::finished, this,
            [done = std::move(done), isDelete, work](QKeychain::Job *finished) {
                Answer answer = answerFor(*finished, isDelete);
                if (answer.ok()) {
                    if (auto *reader = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                        answer.secret = reader->textData();
                }
                if (done)
                    done(answer);
                work->reset();
            });
    job->start();
}

TokenStore::Answer KeychainTokenStore::answerFor(const QKeychain::Job &job, bool isDelete)
{
    Answer a;
    // The technical text names the backend (D-Bus, Secret Service) and goes to the log only;
    // it never contains the secret.
    const QString technical = job.errorString();
    switch (job.error()) {
    case QKeychain::NoError:
        a.outcome = Outcome::Ok;
        return a;
    case QKeychain::EntryNotFound:
        a.outcome = isDelete ? Outcome::Ok : Outcome::NotFound;
        return a;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        a.outcome = Outcome::Unavailable;
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        a.outcome = Outcome::Denied;
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        // QtKeychain reports a missing session bus ("Cannot autolaunch D-Bus …") as OtherError:
        // for the user that is the same as having no keychain.
        a.outcome = technical.contains(QLatin1String("D-Bus"), Qt::CaseInsensitive) ||
                            technical.contains(QLatin1String("DBus"), Qt::CaseInsensitive)
                        ? Outcome::Unavailable
                        : Outcome::Failed;
        break;
    }
    qCWarning(lcSecurity) << "keychain job failed:" << int(job.error()) << technical;
    switch (a.outcome) {
    case Outcome::Unavailable:
        a.message = tr("The system keychain is not available (%1). Empfang stores the Google "
                       "access only there, so no connection can be made. Local booking keeps "
                       "working. Please ask your IT administrator to set up the keychain "
                       "(e.g. GNOME Keyring / KWallet) and log in again.")
                        .arg(technical);
        break;
    case Outcome::Denied:
        a.message = tr("The system keychain refused access (%1). Please unlock the keychain "
                       "and try again.")
                        .arg(technical);
        break;
    default:
        a.message = tr("The system keychain reported an error (%1). Please try again; if it "
                       "persists, ask your IT administrator.")
                        .arg(technical);
        break;
    }
    return a;
}

} // namespace empfang
