#pragma once

#include "cli_context.h"
#include "domain/appointment.h"

namespace empfang::cli {

class SyncRig;
struct SeriesArgs;

/// `book-series`: a prescription's sessions, booked all-or-nothing.
class SeriesCommands
{
    Q_DECLARE_TR_FUNCTIONS(SeriesCommands)
public:
    static int bookSeries(CliContext &ctx);

private:
    /// Plans and books against the availability as it stands (with `rig`: the Google busy
    /// times just refreshed); Pending while the booked sessions are pushed to Google.
    static int planAndBook(CliContext &ctx, const SeriesArgs &args, SyncRig *rig);
    static int pushed(CliContext &ctx, SyncRig *rig, const QList<Appointment> &booked);
};

} // namespace empfang::cli
