#pragma once

#include "diagnostics/zip_writer.h"
#include "domain/result.h"

#include <QCoreApplication>

namespace empfang {

class Database;

/// The bundle an admin sends to support: logs, versions (app, Qt, SQLite, OS), the schema
/// version and row counts per table. Never tokens (the logs are redacted again on export) and
/// never patient data: no rows are read except patient names/phones/e-mails, which are only
/// used to mask them in the logs.
class DiagnosticsExport
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosticsExport)
public:
    /// `logDirectory` empty = the folder LogFile writes to.
    static QList<ZipWriter::Entry> collect(Database &db, const QString &logDirectory = {});
    /// Writes `entries` to `target`: a ".zip" file, otherwise a folder (created if missing).
    static Status write(const QList<ZipWriter::Entry> &entries, const QString &target);
    static Status exportTo(Database &db, const QString &target);
};

} // namespace empfang
