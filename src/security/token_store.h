#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace empfang {

/// Where a practitioner's Google refresh token is kept — and the only place that may hold it.
/// Asynchronous: every call answers exactly once through its callback, later, from the event
/// loop (never re-entrantly, never with a nested event loop).
class TokenStore : public QObject
{
    Q_OBJECT
public:
    enum class Outcome {
        Ok,
        NotFound,    // nothing stored: the practitioner is not connected
        Unavailable, // no keychain backend (e.g. no session bus): refuse to connect
        Denied,      // the keychain refused access (locked, user said no)
        Failed,      // anything else
    };
    struct Answer
    {
        Outcome outcome = Outcome::Failed;
        QString secret;  // only for read() with Outcome::Ok
        QString message; // German sentence for the user when not Ok/NotFound
        bool ok() const { return outcome == Outcome::Ok; }
    };
    using Callback = std::function<void(const Answer &)>;

    using QObject::QObject;

    virtual void read(qint64 practitionerId, Callback done) = 0;
    virtual void write(qint64 practitionerId, const QString &secret, Callback done) = 0;
    /// Removing an entry that does not exist counts as Ok: the goal "no token" is reached.
    virtual void remove(qint64 practitionerId, Callback done) = 0;

    /// The keychain key, "practitioner-<id>".
    static QString keyFor(qint64 practitionerId);
};

} // namespace empfang
