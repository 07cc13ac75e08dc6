#include "diagnostics_command.h"

#include "diagnostics/diagnostics_export.h"
#include "storage/database.h"
#include "storage/database_location.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>

namespace empfang {

namespace {

constexpr int kDone = 0;
constexpr int kRefused = 1;
constexpr int kUsage = 2;

} // namespace

QString DiagnosticsCommand::helpLine()
{
    return QStringLiteral("  diagnostics [--out FILE.zip|FOLDER]  ") +
           tr("Exports logs, versions and row counts for support (no patient data, no tokens).");
}

std::optional<int> DiagnosticsCommand::tryRun(const QStringList &args, QTextStream &out,
                                              QTextStream &err)
{
    // Global options may precede the command: --db takes a value, --json does not.
    QString db;
    qsizetype i = 0;
    for (; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--db") && i + 1 < args.size())
            db = args.at(++i);
        else if (a.startsWith(QLatin1String("--db=")))
            db = a.mid(5);
        else if (a != QLatin1String("--json"))
            break;
    }
    if (i >= args.size() || args.at(i) != QLatin1String("diagnostics"))
        return std::nullopt;

    QString target;
    for (++i; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            out << QStringLiteral("empfang-cli [--db FILE]") << helpLine().mid(1) << Qt::endl;
            return kDone;
        }
        if (a == QLatin1String("--out") && i + 1 < args.size()) {
            target = args.at(++i);
        } else if (a.startsWith(QLatin1String("--out="))) {
            target = a.mid(6);
        } else {
            err << tr("Unknown argument \"%1\". Usage:").arg(a) << Qt::endl
                << QStringLiteral("empfang-cli [--db FILE]") << helpLine().mid(1) << Qt::endl;
            return kUsage;
        }
    }
    if (target.isEmpty())
        target = QStringLiteral("empfang-diagnose-%1.zip")
                     .arg(QDate::currentDate().toString(Qt::ISODate));

    // A diagnostics call must not create a database where there was none.
    const QString path = DatabaseLocation::resolve(db);
    if (!QFileInfo::exists(path)) {
        err << tr("There is no database at %1.").arg(QDir::toNativeSeparators(path)) << Qt::endl;
        return kRefused;
    }
    auto opened = Database::open(path, Database::Creation::MustExist);
    if (!opened) {
        err << opened.error() << Qt::endl;
        return kRefused;
    }
    if (Status written = DiagnosticsExport::exportTo(*opened.value(), target); !written) {
        err << written.error() << Qt::endl;
        return kRefused;
    }
    out << tr("Diagnostics written to %1.").arg(QDir::toNativeSeparators(target)) << Qt::endl;
    return kDone;
}

} // namespace empfang
