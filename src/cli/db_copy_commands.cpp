#include "cli_output.h"
#include "db_commands.h"
#include "storage/database_backup.h"
#include "storage/database_copy.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

namespace empfang::cli {

namespace {

QJsonArray countsJson(const QList<DatabaseCopy::TableCount> &counts)
{
    QJsonArray tables;
    for (const auto &c : counts)
        tables.append(
            QJsonObject{{QStringLiteral("table"), c.table}, {QStringLiteral("rows"), c.rows}});
    return tables;
}

qint64 rowsOf(const QList<DatabaseCopy::TableCount> &counts, const QString &table)
{
    for (const auto &c : counts)
        if (c.table == table)
            return c.rows;
    return 0;
}

struct Copied
{
    QString from; // display names
    QString to;
    QList<DatabaseCopy::TableCount> counts;
};

// Opens the source (must exist) and the target (a new file may be created; a server database
// must exist) and copies; both are closed again when this returns.
Result<Copied> copyDatabase(const QString &fromPath, const QString &toPath)
{
    auto from = Database::open(fromPath, Database::Creation::MustExist);
    if (!from)
        return Result<Copied>::failure(from.error());
    auto to = Database::open(toPath, Database::Creation::CreateFile);
    if (!to)
        return Result<Copied>::failure(to.error());
    auto counts = DatabaseCopy::copy(*from.value(), *to.value());
    if (!counts)
        return Result<Copied>::failure(counts.error());
    return Copied{from.value()->displayName(), to.value()->displayName(), counts.value()};
}

} // namespace

int DbCommands::copy(const Invocation &inv, const QString &dbPath, QTextStream &out,
                     QTextStream &err)
{
    CliOutput output(out, err, inv.json);
    const QString target = inv.value(QStringLiteral("to"));
    if (target == dbPath) {
        output.error(tr("Source and target are the same database. Nothing was copied."));
        return UsageError;
    }
    auto copied = copyDatabase(dbPath, target);
    if (!copied) {
        output.error(copied.error());
        return Refused;
    }
    const auto &counts = copied->counts;
    if (output.json()) {
        output.printJson(QJsonObject{{QStringLiteral("from"), copied->from},
                                     {QStringLiteral("to"), copied->to},
                                     {QStringLiteral("tables"), countsJson(counts)}});
    } else {
        output.printLine(tr("Copied %1 into %2 and checked the row count of every table: %3 "
                            "appointments, %4 patients, %5 practitioners.")
                             .arg(copied->from, copied->to)
                             .arg(rowsOf(counts, QStringLiteral("appointments")))
                             .arg(rowsOf(counts, QStringLiteral("patients")))
                             .arg(rowsOf(counts, QStringLiteral("practitioners"))));
    }
    return Done;
}

int DbCommands::serverBackup(const Invocation &inv, const QString &uri, CliOutput &output)
{
    const QString target = inv.value(QStringLiteral("out"));
    if (QFileInfo::exists(target)) {
        output.error(tr("\"%1\" already exists. A backup never overwrites a file; please choose "
                        "a new name.")
                         .arg(target));
        return Refused;
    }
    if (auto copied = copyDatabase(uri, target); !copied) {
        output.error(copied.error());
        return Refused;
    }
    // Checked like every backup: read back from the file, integrity and counts.
    auto report = DatabaseBackup::inspect(target);
    if (!report || !report->healthy) {
        output.error(report ? tr("The backup \"%1\" failed its check.").arg(target)
                            : report.error());
        return Refused;
    }
    printBackup(output, target, report.value());
    return Done;
}

void DbCommands::printBackup(CliOutput &output, const QString &target, const DatabaseReport &report)
{
    output.printResult(QJsonObject{{QStringLiteral("backup"), target},
                                   {QStringLiteral("appointments"), report.appointments},
                                   {QStringLiteral("patients"), report.patients},
                                   {QStringLiteral("schemaVersion"), report.schemaVersion}},
                       tr("Backup written to \"%1\" and checked: %2 appointments, %3 patients. "
                          "It contains patient data — keep it on an encrypted drive.")
                           .arg(target)
                           .arg(report.appointments)
                           .arg(report.patients));
}

int DbCommands::serverCheck(const QString &uri, CliOutput &output)
{
    auto db = Database::open(uri, Database::Creation::MustExist);
    if (!db) {
        output.error(db.error());
        return Refused;
    }
    QList<QPair<QString, qint64>> counts;
    for (const char *table : {"appointments", "patients", "practitioners"}) {
        QSqlQuery q(db.value()->connection());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) ||
            !q.next()) {
            output.error(Database::queryFailed(q));
            return Refused;
        }
        counts << qMakePair(QString::fromLatin1(table), q.value(0).toLongLong());
    }
    const int version = db.value()->schemaVersion();
    if (output.json()) {
        output.printJson(QJsonObject{{QStringLiteral("healthy"), true},
                                     {QStringLiteral("server"), db.value()->displayName()},
                                     {QStringLiteral("schemaVersion"), version},
                                     {QStringLiteral("appointments"), counts[0].second},
                                     {QStringLiteral("patients"), counts[1].second},
                                     {QStringLiteral("practitioners"), counts[2].second}});
        return Done;
    }
    output.printLine(tr("Database: %1 (PostgreSQL; the server checks its own data)")
                         .arg(db.value()->displayName()));
    output.printLine(tr("Schema version: %1 (this Empfang knows up to %2)")
                         .arg(version)
                         .arg(Database::latestVersion()));
    output.printLine(tr("Appointments: %1, patients: %2, practitioners: %3")
                         .arg(counts[0].second)
                         .arg(counts[1].second)
                         .arg(counts[2].second));
    output.printLine(tr("Backups: \"empfang-cli db backup --out FILE.sqlite\" writes a checked "
                        "SQLite copy; the server's own backups (pg_dump) work as well."));
    return Done;
}

} // namespace empfang::cli
