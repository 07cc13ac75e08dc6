#pragma once

#include "cli_context.h"

namespace empfang::cli {

/// `book-series`: a prescription's sessions, booked all-or-nothing.
class SeriesCommands
{
    Q_DECLARE_TR_FUNCTIONS(SeriesCommands)
public:
    static int bookSeries(CliContext &ctx);
};

} // namespace empfang::cli
