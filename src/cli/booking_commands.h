#pragma once

#include "cli_context.h"

namespace empfang::cli {

/// `book`, `move`, `cancel`, `appointments`, `patients`: the appointments themselves.
/// Every write goes through BookingService, the same rules and transaction as the front desk.
class BookingCommands
{
    Q_DECLARE_TR_FUNCTIONS(BookingCommands)
public:
    static int book(CliContext &ctx);
    static int move(CliContext &ctx);
    static int cancel(CliContext &ctx);
    static int listAppointments(CliContext &ctx);
    static int listPatients(CliContext &ctx);

private:
    static int printAppointment(CliContext &ctx, const Appointment &a, const QString &headline);
};

} // namespace empfang::cli
