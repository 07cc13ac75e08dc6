// The command table of empfang-cli: every command is one row here (name, options, help text,
// handler), in the order of the help. Adding a command: its handler in a file of its own (or
// beside related commands) and one row below; docs/ARCHITECTURE.md §5.1.
#include "availability_commands.h"
#include "booking_commands.h"
#include "cli_parser.h"
#include "db_commands.h"
#include "demo_commands.h"
#include "diagnostics_command.h"
#include "document_commands.h"
#include "google_commands.h"
#include "patient_commands.h"
#include "practice_commands.h"
#include "practitioner_commands.h"
#include "schedule_commands.h"
#include "series_commands.h"
#include "sync_commands.h"
#include "watch_command.h"

namespace empfang::cli {

const QList<CommandSpec> &CliParser::commands()
{
    static const QList<CommandSpec> list = {
        {.name = QStringLiteral("practice set"),
         .synopsis =
             QStringLiteral("[--name NAME] [--address TEXT] [--phone PHONE] [--email EMAIL] "
                            "[--website URL] [--card-format a6|card|a4]"),
         .summary =
             QT_TRANSLATE_NOOP("CliParser", "Sets the practice's name and contact details (printed "
                                            "on the appointment card) and the card's size."),
         .handler = &PracticeCommands::set},
        {.name = QStringLiteral("practice show"),
         .synopsis = QString(),
         .summary =
             QT_TRANSLATE_NOOP("CliParser", "Shows the practice's name and contact details."),
         .handler = &PracticeCommands::show},
        {.name = QStringLiteral("practitioner add"),
         .synopsis = QStringLiteral("--name NAME"),
         .summary = QT_TRANSLATE_NOOP("CliParser", "Adds a practitioner."),
         .handler = &PractitionerCommands::addPractitioner,
         .createsDatabase = true},
        {.name = QStringLiteral("practitioner list"),
         .synopsis = QString(),
         .summary = QT_TRANSLATE_NOOP("CliParser", "Lists the practitioners."),
         .handler = &PractitionerCommands::listPractitioners},
        {.name = QStringLiteral("type add"),
         .synopsis =
             QStringLiteral("--name NAME --minutes MIN [--buffer-before MIN] [--buffer-after MIN]"),
         .summary =
             QT_TRANSLATE_NOOP("CliParser", "Adds an appointment type (duration and buffers in "
                                            "minutes). Every practitioner offers it."),
         .handler = &PractitionerCommands::addType,
         .createsDatabase = true},
        {.name = QStringLiteral("type list"),
         .synopsis = QString(),
         .summary = QT_TRANSLATE_NOOP("CliParser", "Lists the appointment types."),
         .handler = &PractitionerCommands::listTypes},
        {.name = QStringLiteral("hours set"),
         .synopsis = QStringLiteral("--practitioner ID --weekday 1-7 --from HH:MM --to HH:MM "
                                    "[--valid-from DATE] [--valid-to DATE]"),
         .summary =
             QT_TRANSLATE_NOOP("CliParser", "Adds one working interval on a weekday (1 = Monday, "
                                            "7 = Sunday); call again for split shifts. "
                                            "--valid-from/--valid-to limit it to those dates."),
         .handler = &ScheduleCommands::setHours},
        {.name = QStringLiteral("hours list"),
         .synopsis = QStringLiteral("--practitioner ID"),
         .summary =
             QT_TRANSLATE_NOOP("CliParser", "Shows the weekly working hours of a practitioner."),
         .handler = &ScheduleCommands::listHours},
        {.name = QStringLiteral("absence add"),
         .synopsis = QStringLiteral("--practitioner ID --from TIME --to TIME [--reason TEXT]"),
         .summary =
             QT_TRANSLATE_NOOP("CliParser", "Adds an absence. Bare dates (YYYY-MM-DD) mean whole "
                                            "days, both included."),
         .handler = &ScheduleCommands::addAbsence},
        {.name = QStringLiteral("absence list"),
         .synopsis = QStringLiteral("--practitioner ID [--from DATE] [--to DATE]"),
         .summary =
             QT_TRANSLATE_NOOP("CliParser", "Shows the absences of a practitioner (default: from "
                                            "today for one year)."),
         .handler = &ScheduleCommands::listAbsences},
        {.name = QStringLiteral("slots"),
         .synopsis = QStringLiteral("--practitioner ID --type ID --from DATE --to DATE"),
         .summary =
             QT_TRANSLATE_NOOP("CliParser", "Shows the free slots of a practitioner for a type, "
                                            "both dates included."),
         .handler = &AvailabilityCommands::freeSlots},
        {.name = QStringLiteral("next-free"),
         .synopsis = QStringLiteral("--type ID [--after TIME] [--practitioner ID]"),
         .summary =
             QT_TRANSLATE_NOOP("CliParser", "Finds the earliest free slot of a type with any "
                                            "practitioner who offers it."),
         .handler = &AvailabilityCommands::nextFree},
        {.name = QStringLiteral("book"),
         .synopsis = QStringLiteral(
             "--practitioner ID --type ID --start TIME (--patient NAME | --patient-id "
             "ID) [--note TEXT]"),
         .summary =
             QT_TRANSLATE_NOOP("CliParser", "Books an appointment. --patient uses the patient with "
                                            "exactly this name or creates a new one."),
         .handler = &BookingCommands::book},
        {.name = QStringLiteral("move"),
         .synopsis = QStringLiteral("--appointment ID --start TIME [--practitioner ID]"),
         .summary =
             QT_TRANSLATE_NOOP("CliParser", "Moves an appointment to a new start (optionally to "
                                            "another practitioner)."),
         .handler = &BookingCommands::move},
        {.name = QStringLiteral("cancel"),
         .synopsis = QStringLiteral("--appointment ID"),
         .summary =
             QT_TRANSLATE_NOOP("CliParser", "Cancels an appointment; its time becomes free."),
         .handler = &BookingCommands::cancel},
        {.name = QStringLiteral("appointments"),
         .synopsis = QStringLiteral("--from DATE --to DATE [--practitioner ID]"),
         .summary =
             QT_TRANSLATE_NOOP("CliParser", "Lists the appointments of a date range, both dates "
                                            "included, in every status."),
         .handler = &BookingCommands::listAppointments},
        {.name = QStringLiteral("patients"),
         .synopsis = QStringLiteral("[--search TEXT]"),
         .summary =
             QT_TRANSLATE_NOOP("CliParser", "Lists patients; --search matches name parts, birth "
                                            "date or phone."),
         .handler = &BookingCommands::listPatients},
        {.name = QStringLiteral("privacy-notice"),
         .synopsis = QString(),
         .summary =
             QT_TRANSLATE_NOOP("CliParser", "Shows the privacy notice a practitioner consents to "
                                            "before connecting Google, with version and SHA-256."),
         .handler = &GoogleCommands::privacyNotice},
        {.name = QStringLiteral("connect"),
         .synopsis =
             QStringLiteral("--practitioner ID [--accept-privacy-notice] [--timeout SECONDS]"),
         .summary =
             QT_TRANSLATE_NOOP("CliParser", "Connects a practitioner's Google calendar: prints the "
                                            "address to open in the browser and waits for Google's "
                                            "answer (default 300 seconds)."),
         .handler = &GoogleCommands::connect},
        {.name = QStringLiteral("disconnect"),
         .synopsis = QStringLiteral("--practitioner ID"),
         .summary = QT_TRANSLATE_NOOP("CliParser",
                                      "Removes a practitioner's Google connection: revokes the "
                                      "access at Google and deletes the stored key."),
         .handler = &GoogleCommands::disconnect},
        {.name = QStringLiteral("status"),
         .synopsis = QStringLiteral("[--practitioner ID]"),
         .summary =
             QT_TRANSLATE_NOOP("CliParser", "Shows the Google connection of every practitioner "
                                            "(never a token)."),
         .handler = &GoogleCommands::status},
        {.name = QStringLiteral("consent-log"),
         .synopsis = QStringLiteral("[--practitioner ID] [--csv FILE]"),
         .summary =
             QT_TRANSLATE_NOOP("CliParser", "Shows the consent log (grants and withdrawals) or "
                                            "exports it as CSV."),
         .handler = &GoogleCommands::consentLog},
        {.name = QStringLiteral("sync"),
         .synopsis = QStringLiteral("[--retry ID] [--follow]"),
         .summary =
             QT_TRANSLATE_NOOP("CliParser", "Sends waiting bookings, moves and cancellations to "
                                            "Google, refreshes the busy times of the next 14 days "
                                            "for every connected practitioner and checks Empfang's "
                                            "own events in Google; --retry sends a failed "
                                            "appointment again; --follow keeps running as this "
                                            "desk's sync (bookings of other desks, their busy-time "
                                            "requests) until Ctrl+C."),
         .handler = &SyncCommands::sync},
        {.name = QStringLiteral("book-series"),
         .synopsis =
             QStringLiteral("--practitioner ID --type ID --start TIME --count N (--patient NAME | "
                            "--patient-id ID) [--weekdays LIST] [--every-weeks N] [--note TEXT] "
                            "[--nearest] [--any-practitioner]"),
         .summary = QT_TRANSLATE_NOOP("CliParser",
                                      "Books a series (prescription) of N sessions at the time "
                                      "of --start, on the weekdays of --weekdays (e.g. 1,4; "
                                      "default: the weekday of --start), every N weeks. "
                                      "--nearest takes the nearest free time on the same day "
                                      "when the time is taken, --any-practitioner also another "
                                      "practitioner who offers the type. All or nothing: if "
                                      "any session cannot be booked, nothing is booked."),
         .handler = &SeriesCommands::bookSeries},
        {.name = QStringLiteral("patient export"),
         .synopsis = QStringLiteral("--patient ID --out DIR"),
         .summary = QT_TRANSLATE_NOOP("CliParser",
                                      "Writes everything stored about a patient (GDPR Art. 15) "
                                      "to DIR as JSON and as a readable PDF."),
         .handler = &DocumentCommands::exportPatient,
         .needsGui = true},
        {.name = QStringLiteral("patient erase"),
         .synopsis = QStringLiteral("--patient ID [--yes]"),
         .summary = QT_TRANSLATE_NOOP("CliParser",
                                      "Erases a patient (GDPR Art. 17): future appointments are "
                                      "cancelled, past ones kept without the patient. Needs "
                                      "--yes."),
         .handler = &PatientCommands::erase},
        {.name = QStringLiteral("retention"),
         .synopsis = QStringLiteral("[--years N] [--run]"),
         .summary = QT_TRANSLATE_NOOP("CliParser",
                                      "Shows or sets how many years patient data is kept after "
                                      "the last appointment (0 = keep); --run deletes what is "
                                      "due now."),
         .handler = &PatientCommands::retention},
        {.name = QStringLiteral("audit-log"),
         .synopsis = QStringLiteral("[--limit N]"),
         .summary =
             QT_TRANSLATE_NOOP("CliParser", "Shows the audit log: who booked, moved, cancelled, "
                                            "exported or erased what, newest first."),
         .handler = &PatientCommands::auditLog},
        {.name = QStringLiteral("db backup"),
         .synopsis = QStringLiteral("--out FILE"),
         .summary =
             QT_TRANSLATE_NOOP("CliParser", "Writes a backup of the database to FILE (never "
                                            "overwrites; safe while other workstations book) and "
                                            "checks it."),
         .fileHandler = &DbCommands::backup},
        {.name = QStringLiteral("db restore"),
         .synopsis = QStringLiteral("--from FILE [--yes]"),
         .summary = QT_TRANSLATE_NOOP("CliParser",
                                      "Replaces the database with a checked backup; the "
                                      "replaced database is kept as <db>.before-restore-<time>. "
                                      "Only while no Empfang uses the database. Needs --yes."),
         .fileHandler = &DbCommands::restore},
        {.name = QStringLiteral("db copy"),
         .synopsis = QStringLiteral("--to DATABASE"),
         .summary = QT_TRANSLATE_NOOP(
             "CliParser", "Copies the whole database (--db) into an empty PostgreSQL database "
                          "(postgresql://…) or a new SQLite file, in one transaction, keeping all "
                          "ids, and checks the row count of every table."),
         .fileHandler = &DbCommands::copy},
        {.name = QStringLiteral("watch"),
         .synopsis = QString(),
         .summary = QT_TRANSLATE_NOOP(
             "CliParser", "Prints one line per change of the database (from any desk, window or "
                          "empfang-cli) until stopped with Ctrl+C; with --json one JSON object per "
                          "line."),
         .handler = &WatchCommand::run},
        {.name = QStringLiteral("db check"),
         .synopsis = QString(),
         .summary = QT_TRANSLATE_NOOP("CliParser",
                                      "Checks the database (SQLite integrity check) and shows "
                                      "schema version, counts and the last backup. Exit code "
                                      "0 healthy, 1 damaged."),
         .fileHandler = &DbCommands::check},
        {.name = QStringLiteral("print card"),
         .synopsis = QStringLiteral("--patient ID --out FILE"),
         .summary = QT_TRANSLATE_NOOP("CliParser",
                                      "Writes the appointment card of a patient (all upcoming "
                                      "appointments) as a PDF."),
         .handler = &DocumentCommands::printCard,
         .needsGui = true},
        {.name = QStringLiteral("print day"),
         .synopsis = QStringLiteral("[--practitioner ID] --date DATE --out FILE"),
         .summary =
             QT_TRANSLATE_NOOP("CliParser", "Writes the day list as a PDF: of one practitioner, or "
                                            "without --practitioner of every active one (a section "
                                            "each)."),
         .handler = &DocumentCommands::printDay,
         .needsGui = true},
        {.name = QStringLiteral("generate-demo"),
         .synopsis = QStringLiteral("--practitioners N --appointments M [--years Y] [--seed S]"),
         .summary =
             QT_TRANSLATE_NOOP("CliParser", "Fills an empty database with a demo practice at real "
                                            "size: N practitioners with hours and holidays, about "
                                            "M/8 patients and M appointments over the last Y years "
                                            "(default 5) and the next three months. The same seed "
                                            "gives the same practice on the same day."),
         .handler = &DemoCommands::generate,
         .createsDatabase = true},
        {.name = QStringLiteral("diagnostics"),
         .synopsis = QStringLiteral("[--out FILE.zip|FOLDER]"),
         .summary = QT_TRANSLATE_NOOP("CliParser", "Exports logs, versions and row counts for "
                                                   "support (no patient data, no tokens)."),
         .fileHandler = &DiagnosticsCommand::run},
    };
    return list;
}

} // namespace empfang::cli
