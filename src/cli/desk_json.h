#pragma once

#include "cli_context.h"
#include "domain/appointment.h"
#include "domain/patient.h"

#include <QJsonObject>

namespace empfang::cli {

/// JSON and lookups shared by the front-desk commands (series, patients, documents).
class DeskJson
{
    Q_DECLARE_TR_FUNCTIONS(DeskJson)
public:
    static QJsonObject appointment(const Appointment &a, const CliOutput &out);
    /// The patient of `--patient-id ID`, or of `--patient NAME` (exact name, any case; a new
    /// patient when nobody has it). Failure is the refusal message; `usage` tells a usage error.
    static Result<BookingRequest> patient(CliContext &ctx, bool *usage);
};

} // namespace empfang::cli
