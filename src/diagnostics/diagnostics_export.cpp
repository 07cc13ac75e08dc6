#include "diagnostics_export.h"

#include "diagnostics/log_file.h"
#include "diagnostics/log_redaction.h"
#include "privacy/private_file.h"
#include "storage/database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSqlQuery>
#include <QSysInfo>

Q_LOGGING_CATEGORY(lcDiagnostics, "empfang.diagnostics", QtInfoMsg)

namespace empfang {

namespace {

QStringList column(const QSqlDatabase &connection, const QString &sql)
{
    QStringList values;
    QSqlQuery q(connection);
    if (q.exec(sql)) {
        while (q.next())
            values << q.value(0).toString();
    }
    return values;
}

// What must never leave the practice, read only to be masked.
QStringList patientWords(const QSqlDatabase &connection)
{
    QStringList words;
    for (const QString &field :
         {QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("email")}) {
        words += column(connection, QStringLiteral("SELECT DISTINCT %1 FROM patients").arg(field));
    }
    // Parts of names too: a log line may say "Mustermann" without "Erika".
    const QStringList names = column(connection, QStringLiteral("SELECT name FROM patients"));
    for (const QString &name : names)
        words += name.split(u' ', Qt::SkipEmptyParts);
    return words;
}

QJsonObject versions(Database &db)
{
    const QStringList sqlite =
        column(db.connection(), db.isServer() ? QStringLiteral("SELECT version()")
                                              : QStringLiteral("SELECT sqlite_version()"));
    return QJsonObject{
        {QStringLiteral("empfang"), QCoreApplication::applicationVersion()},
        {QStringLiteral("qtRuntime"), QString::fromLatin1(qVersion())},
        {QStringLiteral("qtBuild"), QStringLiteral(QT_VERSION_STR)},
        {db.isServer() ? QStringLiteral("postgresql") : QStringLiteral("sqlite"), sqlite.value(0)},
        {QStringLiteral("os"), QSysInfo::prettyProductName()},
        {QStringLiteral("kernel"), QSysInfo::kernelType() + u' ' + QSysInfo::kernelVersion()},
        {QStringLiteral("cpu"), QSysInfo::currentCpuArchitecture()},
        {QStringLiteral("schemaVersion"), db.schemaVersion()},
        {QStringLiteral("latestSchemaVersion"), Database::latestVersion()},
        {QStringLiteral("databaseBytes"),
         db.isServer() ? QJsonValue() : QFileInfo(db.path()).size()},
        {QStringLiteral("exportedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
    };
}

// Counts, never contents: enough to see "the outbox has 300 pending rows".
QJsonObject counts(Database &db)
{
    QJsonObject out;
    QStringList tables = column(db.connection(), dialect::tableNames(db.dialect()));
    tables.removeIf([](const QString &t) { return t.startsWith(QLatin1String("sqlite_")); });
    tables.sort();
    for (const QString &table : tables) {
        const QString quoted = u'"' + QString(table).replace(u'"', QStringLiteral("\"\"")) + u'"';
        const QStringList n =
            column(db.connection(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(quoted));
        out.insert(table, n.value(0).toLongLong());
    }
    return out;
}

} // namespace

QList<ZipWriter::Entry> DiagnosticsExport::collect(Database &db, const QString &logDirectory)
{
    QList<ZipWriter::Entry> entries;
    entries << ZipWriter::Entry{QStringLiteral("versions.json"),
                                QJsonDocument(versions(db)).toJson()};
    entries << ZipWriter::Entry{QStringLiteral("counts.json"), QJsonDocument(counts(db)).toJson()};

    const QStringList words = patientWords(db.connection());
    const QDir logs(logDirectory.isEmpty() ? LogFile::directory() : logDirectory);
    const QStringList files = logs.entryList({LogFile::fileName() + u'*'}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(logs.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        // Again on export: an older version, or a message that slipped through, must not
        // carry a token or a patient into a support ticket.
        const QString text =
            LogRedaction::mask(LogRedaction::redact(QString::fromUtf8(file.readAll())), words,
                               QStringLiteral("[Patient]"));
        entries << ZipWriter::Entry{QStringLiteral("logs/") + name, text.toUtf8()};
    }
    return entries;
}

Status DiagnosticsExport::write(const QList<ZipWriter::Entry> &entries, const QString &target)
{
    if (target.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive)) {
        QSaveFile file(target);
        if (!openPrivate(file) || file.write(ZipWriter::build(entries)) < 0 || !file.commit())
            return Status::failure(tr("The file %1 could not be written: %2")
                                       .arg(QDir::toNativeSeparators(target), file.errorString()));
        return success();
    }
    const QDir dir(target);
    for (const ZipWriter::Entry &e : entries) {
        const QString path = dir.filePath(e.name);
        QSaveFile file(path);
        if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !openPrivate(file) ||
            file.write(e.data) < 0 || !file.commit())
            return Status::failure(tr("The file %1 could not be written: %2")
                                       .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return success();
}

Status DiagnosticsExport::exportTo(Database &db, const QString &target)
{
    // Logged before collecting, so the bundle itself shows when and by which version it was made.
    qCInfo(lcDiagnostics).noquote()
        << "diagnostics export, Empfang" << QCoreApplication::applicationVersion();
    return write(collect(db), target);
}

} // namespace empfang
