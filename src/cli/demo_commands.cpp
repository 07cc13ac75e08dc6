#include "demo_commands.h"

#include "booking/demo_practice.h"

#include <QJsonObject>

namespace empfang::cli {

int DemoCommands::generate(CliContext &ctx)
{
    DemoPracticeSpec spec;
    int seed = 1;
    if (auto bad = OptionReader(ctx)
                       .integer(QStringLiteral("practitioners"), spec.practitioners)
                       .integer(QStringLiteral("appointments"), spec.appointments)
                       .integer(QStringLiteral("years"), spec.years, 5)
                       .integer(QStringLiteral("seed"), seed, 1)
                       .failed())
        return *bad;
    spec.seed = quint64(qint64(seed));
    spec.today =
        QDateTime::fromMSecsSinceEpoch(ctx.clock().nowMs(), ctx.settings().timeZone()).date();
    if (const QString invalid = DemoPractice::validate(spec); !invalid.isEmpty())
        return ctx.usageError(invalid);
    auto report = DemoPractice::generate(ctx.db(), spec);
    if (!report)
        return ctx.refuse(report.error());
    if (ctx.out().json()) {
        ctx.out().printJson(QJsonObject{{QStringLiteral("practitioners"), report->practitioners},
                                        {QStringLiteral("types"), report->types},
                                        {QStringLiteral("patients"), report->patients},
                                        {QStringLiteral("appointments"), report->appointments},
                                        {QStringLiteral("absences"), report->absences}});
        return Done;
    }
    ctx.out().printLine(tr("Demo practice generated: %1 practitioner(s), %2 appointment type(s), "
                           "%3 patient(s), %4 appointment(s), %5 holiday(s).")
                            .arg(report->practitioners)
                            .arg(report->types)
                            .arg(report->patients)
                            .arg(report->appointments)
                            .arg(report->absences));
    return Done;
}

} // namespace empfang::cli
