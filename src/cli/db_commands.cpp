#include "db_commands.h"

#include "cli_output.h"
#include "storage/backup_folder.h"
#include "storage/database.h"
#include "storage/database_address.h"
#include "storage/database_backup.h"
#include "storage/database_lock.h"

#include <QJsonObject>
#include <QLocale>

namespace empfang::cli {

namespace {

QString localTime(const QDateTime &time)
{
    return time.toString(QStringLiteral("dd.MM.yyyy HH:mm"));
}

int backupTo(const Invocation &inv, const QString &dbPath, CliOutput &output)
{
    // Shared like every Empfang process, so a restore cannot start in the middle.
    auto lock = DatabaseLock::shared(dbPath);
    if (!lock) {
        output.error(lock.error());
        return Refused;
    }
    const QString target = inv.value(QStringLiteral("out"));
    auto written = DatabaseBackup::write(dbPath, target);
    if (!written) {
        output.error(written.error());
        return Refused;
    }
    DbCommands::printBackup(output, target, written.value());
    return Done;
}

int restoreFrom(const Invocation &inv, const QString &dbPath, CliOutput &output)
{
    const QString source = inv.value(QStringLiteral("from"));
    if (!inv.has(QStringLiteral("yes"))) {
        output.error(DbCommands::tr("Restoring replaces every appointment and patient in \"%1\" "
                                    "with the state of the backup. Add --yes to confirm.")
                         .arg(dbPath));
        output.error(CliParser::usage(*inv.command));
        return UsageError;
    }
    auto restored = DatabaseBackup::restore(source, dbPath);
    if (!restored) {
        output.error(restored.error());
        return Refused;
    }
    if (output.json()) {
        output.printJson(QJsonObject{{QStringLiteral("restoredFrom"), source},
                                     {QStringLiteral("previousDatabase"), restored.value()}});
    } else {
        output.printLine(
            DbCommands::tr("The backup \"%1\" was restored into \"%2\".").arg(source, dbPath));
        if (!restored.value().isEmpty())
            output.printLine(
                DbCommands::tr("The previous database is kept as \"%1\".").arg(restored.value()));
    }
    return Done;
}

int checkFile(const QString &dbPath, CliOutput &output)
{
    auto lock = DatabaseLock::shared(dbPath);
    if (!lock) {
        output.error(lock.error());
        return Refused;
    }
    auto report = DatabaseBackup::inspect(dbPath);
    if (!report) {
        output.error(report.error());
        return Refused;
    }
    const QString folder = BackupFolder::configured(dbPath);
    const auto last = BackupFolder::latest(folder, dbPath);
    const DatabaseReport &r = report.value();
    if (output.json()) {
        output.printJson(QJsonObject{
            {QStringLiteral("healthy"), r.healthy},
            {QStringLiteral("problems"), r.problems},
            {QStringLiteral("schemaVersion"), r.schemaVersion},
            {QStringLiteral("appointments"), r.appointments},
            {QStringLiteral("patients"), r.patients},
            {QStringLiteral("practitioners"), r.practitioners},
            {QStringLiteral("lastBackup"),
             last ? QJsonValue(last->time.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("lastBackupFile"), last ? QJsonValue(last->path) : QJsonValue()}});
        return r.healthy ? Done : Refused;
    }
    output.printLine(DbCommands::tr("Database: %1").arg(dbPath));
    if (r.healthy)
        output.printLine(DbCommands::tr("Integrity check: OK"));
    else
        output.printLine(
            DbCommands::tr("Integrity check: DAMAGED (%n problem(s); details in the log file). "
                           "Do not keep working with this file: restore the latest good backup "
                           "with \"empfang-cli db restore --from FILE --yes\".",
                           nullptr, r.problems));
    if (r.healthy) {
        output.printLine(DbCommands::tr("Schema version: %1 (this Empfang knows up to %2)")
                             .arg(r.schemaVersion)
                             .arg(Database::latestVersion()));
        output.printLine(DbCommands::tr("Appointments: %1, patients: %2, practitioners: %3")
                             .arg(r.appointments)
                             .arg(r.patients)
                             .arg(r.practitioners));
    }
    if (last)
        output.printLine(DbCommands::tr("Last automatic backup: %1 (%2)")
                             .arg(localTime(last->time), last->path));
    else
        output.printLine(DbCommands::tr("Last automatic backup: none found in \"%1\"").arg(folder));
    return r.healthy ? Done : Refused;
}

} // namespace

int DbCommands::backup(const Invocation &inv, const QString &dbPath, QTextStream &out,
                       QTextStream &err)
{
    CliOutput output(out, err, inv.json);
    if (DatabaseAddress::isServerUri(dbPath))
        return serverBackup(inv, dbPath, output);
    return backupTo(inv, dbPath, output);
}

int DbCommands::restore(const Invocation &inv, const QString &dbPath, QTextStream &out,
                        QTextStream &err)
{
    CliOutput output(out, err, inv.json);
    if (DatabaseAddress::isServerUri(dbPath)) {
        output.error(tr("A backup is restored into PostgreSQL with \"db copy\": create a new, "
                        "empty database on the server and run \"empfang-cli --db BACKUP.sqlite "
                        "db copy --to postgresql://…\". Nothing was changed."));
        return Refused;
    }
    return restoreFrom(inv, dbPath, output);
}

int DbCommands::check(const Invocation &inv, const QString &dbPath, QTextStream &out,
                      QTextStream &err)
{
    CliOutput output(out, err, inv.json);
    if (DatabaseAddress::isServerUri(dbPath))
        return serverCheck(dbPath, output);
    return checkFile(dbPath, output);
}

} // namespace empfang::cli
