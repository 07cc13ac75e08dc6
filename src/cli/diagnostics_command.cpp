#include "diagnostics_command.h"

#include "diagnostics/diagnostics_export.h"
#include "storage/database.h"
#include "storage/database_address.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>

namespace empfang::cli {

int DiagnosticsCommand::run(const Invocation &inv, const QString &dbPath, QTextStream &out,
                            QTextStream &err)
{
    QString target = inv.value(QStringLiteral("out"));
    if (target.isEmpty())
        target = QStringLiteral("empfang-diagnose-%1.zip")
                     .arg(QDate::currentDate().toString(Qt::ISODate));

    // A diagnostics call must not create a database where there was none.
    if (!DatabaseAddress::isServerUri(dbPath) && !QFileInfo::exists(dbPath)) {
        err << tr("There is no database at %1.").arg(QDir::toNativeSeparators(dbPath)) << Qt::endl;
        return Refused;
    }
    auto opened = Database::open(dbPath, Database::Creation::MustExist);
    if (!opened) {
        err << opened.error() << Qt::endl;
        return Refused;
    }
    if (Status written = DiagnosticsExport::exportTo(*opened.value(), target); !written) {
        err << written.error() << Qt::endl;
        return Refused;
    }
    out << tr("Diagnostics written to %1.").arg(QDir::toNativeSeparators(target)) << Qt::endl;
    return Done;
}

} // namespace empfang::cli
