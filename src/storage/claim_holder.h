#pragma once

#include <QString>

namespace empfang {

/// Names the process that claims outbox rows: "<desk>|<host>|<pid>|<start time>". A desk that
/// restarts after a crash can tell its dead claims from those of a live window or empfang-cli
/// on the same computer, and frees them at once (docs/ARCHITECTURE.md §8).
class ClaimHolder
{
public:
    static QString forThisProcess(const QString &desk);
    /// False only when the holder ran on this computer and that process is gone; a holder
    /// elsewhere (or unknown) counts as alive, its claim then ends when it expires.
    static bool isAlive(const QString &holder);
};

} // namespace empfang
