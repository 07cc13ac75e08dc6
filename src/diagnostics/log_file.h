#pragma once

#include <QString>

namespace empfang {

/// The Qt message handler both programs install: every message goes, redacted, to a rotating
/// file (<AppDataLocation>/logs/empfang.log, rotated at 1 MB, 5 old files kept), so an admin
/// can send a diagnostics bundle without asking the receptionist to reproduce anything.
class LogFile
{
public:
    enum class Echo { Stderr, None };

    /// Installs the handler. `Echo::None` keeps stderr for the CLI's own German messages.
    /// An empty `directory` means the default. If the folder cannot be written, messages
    /// still reach stderr (when echoed) and the program runs on.
    static void install(Echo echo, const QString &directory = {});
    /// Restores the previous handler and closes the file (tests).
    static void uninstall();

    static QString defaultDirectory();
    /// The folder in use, or the default one when nothing is installed.
    static QString directory();
    static QString fileName() { return QStringLiteral("empfang.log"); }

    static constexpr qint64 kMaxBytes = 1024 * 1024;
    static constexpr int kKeptFiles = 5;
};

} // namespace empfang
