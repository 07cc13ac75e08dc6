#pragma once

#include <QObject>

#include <memory>

namespace empfang {

/// Work the process started and must see through before it may end: keychain jobs, and the
/// chains of network answers and database writes that hang on them (e.g. "Google says the
/// token was revoked → write the state → delete the key"). Whoever starts such work holds a
/// Token; the work counts as done when the last copy of it is gone. The CLI ends its event loop
/// only when nothing is outstanding (CliContext::finish), so no command can exit halfway
/// through a wipe that another part started. Main thread only.
class OutstandingWork : public QObject
{
    Q_OBJECT
public:
    using Token = std::shared_ptr<void>;

    static OutstandingWork &instance();
    /// Starts one piece of work; `what` names it in the log if the process has to give up on it.
    static Token begin(const char *what);
    int count() const { return m_count; }
    /// Logs that the process ends although work is outstanding (a keychain that never answers).
    void reportAbandoned() const;

Q_SIGNALS:
    /// The count dropped to zero.
    void idle();

private:
    OutstandingWork() = default;
    int m_count = 0;
};

} // namespace empfang
