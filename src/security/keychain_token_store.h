#pragma once

#include "token_store.h"

#include <QCoreApplication>

namespace QKeychain {
class Job;
}

namespace empfang {

/// TokenStore on the OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS,
/// Credential Manager on Windows). Service "Empfang", key "practitioner-<id>". The insecure
/// plain-text fallback is switched off on every job: without a keychain we refuse, we never
/// write a token to a file.
class KeychainTokenStore : public TokenStore
{
    Q_OBJECT
public:
    explicit KeychainTokenStore(QObject *parent = nullptr,
                                QString service = QStringLiteral("Empfang"));

    void read(qint64 practitionerId, Callback done) override;
    void write(qint64 practitionerId, const QString &secret, Callback done) override;
    void remove(qint64 practitionerId, Callback done) override;

    QString service() const { return m_service; }

private:
    void run(QKeychain::Job *job, Callback done, bool isDelete);
    static Answer answerFor(const QKeychain::Job &job, bool isDelete);

    QString m_service;
};

} // namespace empfang
