#pragma once

#include "cli_context.h"
#include "domain/appointment.h"

namespace empfang {
class GoogleStack;
}

namespace empfang::cli {
struct SeriesArgs;

/// `book-series`: a prescription's sessions, booked all-or-nothing.
class SeriesCommands
{
    Q_DECLARE_TR_FUNCTIONS(SeriesCommands)
public:
    static int bookSeries(CliContext &ctx);

private:
    /// Plans and books against the availability as it stands (with `google`: the Google busy
    /// times just refreshed); Pending while the booked sessions are pushed to Google.
    static int planAndBook(CliContext &ctx, const SeriesArgs &args, GoogleStack *google);
    static int pushed(CliContext &ctx, GoogleStack *google, const QList<Appointment> &booked);
};

} // namespace empfang::cli
