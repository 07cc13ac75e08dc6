#pragma once

#include "cli_context.h"
#include "storage/google_connection.h"

namespace empfang {
class GoogleConnectionService;
}

namespace empfang::cli {

/// The Google connection from the command line (issue 3): `connect`, `disconnect`, `status`,
/// `consent-log` and `privacy-notice`. The same GoogleConnectionService as the settings dialog
/// does the work, so consent, keychain and revocation follow the same rules. Tokens never reach
/// the output: the service hands out none, and status() reports only whether one exists.
class GoogleCommands
{
    Q_DECLARE_TR_FUNCTIONS(GoogleCommands)
public:
    // connect, disconnect and status wait for the browser, Google or the keychain: they return
    // Pending and end through CliContext::finish().
    static int connect(CliContext &ctx);
    static int disconnect(CliContext &ctx);
    static int status(CliContext &ctx);
    static int consentLog(CliContext &ctx);
    static int privacyNotice(CliContext &ctx);

    // Shared by google_commands.cpp and google_status_commands.cpp.

    /// A connection service on the OS keychain and the configured endpoints, owned by `ctx`.
    static GoogleConnectionService &service(CliContext &ctx);
    /// "connected", "read-only (busy times only)", … for people.
    static QString stateLabel(GoogleConnection::State state);
    /// Scopes without Google's URL prefix, e.g. "calendar.events, calendar.readonly".
    static QString shortScopes(const QStringList &scopes);
    /// The state key of the JSON output ("connected", "read_only", "none", "revoked_externally").
    static QString stateKey(GoogleConnection::State state)
    {
        return GoogleConnection::stateKey(state);
    }
};

} // namespace empfang::cli
