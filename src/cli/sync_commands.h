#pragma once

#include "app/google_stack.h"
#include "cli_context.h"
#include "sync/sync_service.h"

#include <QJsonValue>
#include <QNetworkAccessManager>

#include <functional>

namespace empfang::cli {

/// `sync` (push the outbox, refresh busy times, reconcile) and the Google side of `slots`,
/// `book`, `move`, `cancel` and `appointments` (issue 4). Without a Google connection none of
/// this runs and those commands behave exactly as before.
class SyncCommands
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommands)
public:
    /// How many days ahead `sync` refreshes busy times and reconciles.
    static constexpr int kSyncDays = 14;

    static int sync(CliContext &ctx);
    /// `sync --follow`: this desk's sync without a window (a desk computer without a screen,
    /// or a test): pushes what any desk books for its practitioners, answers busy requests,
    /// refreshes busy times; ends on SIGINT/SIGTERM once no write is under way.
    static int follow(CliContext &ctx);

    /// The run's Google stack when one of `practitionerIds` (or anybody, when empty) has a
    /// Google connection, else nullptr. The availability of `ctx` then counts the cached Google
    /// busy times.
    static GoogleStack *googleFor(CliContext &ctx, const QList<qint64> &practitionerIds = {});

    /// Refreshes the practitioner's busy times for `range`; `done(fresh, why)` runs from the
    /// event loop. `fresh` is false when Google could not be asked (offline, keychain) or
    /// answered with an error for a calendar; the cache then still holds what it held.
    static void refreshFor(GoogleStack &google, qint64 practitionerId, const Interval &range,
                           std::function<void(bool fresh, const QString &why)> done);
    /// refreshFor for several practitioners in one freeBusy round: every connected one among
    /// `practitionerIds` (all connected ones when empty). Each one Google could not answer for
    /// gets its cacheNote on stderr; then `done(allFresh)` runs from the event loop.
    static void refreshAll(CliContext &ctx, GoogleStack &google,
                           const QList<qint64> &practitionerIds, const Interval &range,
                           std::function<void(bool allFresh)> done);
    /// "Google cannot be reached – busy times from the cache of …" for stderr.
    static QString cacheNote(CliContext &ctx, GoogleStack &google, qint64 practitionerId,
                             const Interval &range, const QString &why);
    /// The refusal when the fresh check (FreshCheck) found `span` taken in Google.
    static QString takenText(CliContext &ctx, const Interval &span);
    /// After a booking change: one short push so the event reaches Google at once, then ends
    /// the command with Done. Offline it stays queued and a note says so.
    static void pushThenFinish(CliContext &ctx, GoogleStack *google, qint64 appointmentId);

    /// "3 changes wait until the practitioner connects Google again …"
    static QString waitingLine(int count);
    /// The "Google" column and the JSON "sync" value of an appointment (null: not synced).
    static QString syncLabel(const std::optional<SyncService::AppointmentSync> &s);
    static QJsonValue syncJson(const std::optional<SyncService::AppointmentSync> &s);
};

} // namespace empfang::cli
