#pragma once

#include "security/token_store.h"

#include <QHash>
#include <QTimer>

namespace empfang::test {

/// In-memory TokenStore for pure unit tests. Answers asynchronously like the real keychain;
/// `unavailable` simulates a machine without a keychain.
class MemoryTokenStore : public TokenStore
{
public:
    using TokenStore::TokenStore;

    bool unavailable = false;
    QHash<qint64, QString> entries;

    void read(qint64 id, Callback done) override
    {
        answer(std::move(done), [this, id](Answer &a) {
            if (!entries.contains(id)) {
                a.outcome = Outcome::NotFound;
                return;
            }
            a.outcome = Outcome::Ok;
            a.secret = entries.value(id);
        });
    }
    void write(qint64 id, const QString &secret, Callback done) override
    {
        answer(std::move(done), [this, id, secret](Answer &a) {
            entries.insert(id, secret);
            a.outcome = Outcome::Ok;
        });
    }
    void remove(qint64 id, Callback done) override
    {
        answer(std::move(done), [this, id](Answer &a) {
            entries.remove(id);
            a.outcome = Outcome::Ok;
        });
    }

private:
    template <typename F> void answer(Callback done, F apply)
    {
        QTimer::singleShot(0, this, [this, done = std::move(done), apply] {
            Answer a;
            if (unavailable) {
                a.outcome = Outcome::Unavailable;
                a.message = QStringLiteral("no keychain (test double)");
            } else {
                apply(a);
            }
            if (done)
                done(a);
        });
    }
};

} // namespace empfang::test
