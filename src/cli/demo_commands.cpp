#include "demo_commands.h"

#include "booking/demo_practice.h"

#include <QJsonObject>

namespace empfang::cli {

int DemoCommands::generate(CliContext &ctx)
{
    DemoPracticeSpec spec;
    auto practitioners = ctx.integer(QStringLiteral("practitioners"));
    if (!practitioners)
        return ctx.usageError(practitioners.error());
    auto appointments = ctx.integer(QStringLiteral("appointments"));
    if (!appointments)
        return ctx.usageError(appointments.error());
    auto years = ctx.integer(QStringLiteral("years"), 5);
    if (!years)
        return ctx.usageError(years.error());
    auto seed = ctx.integer(QStringLiteral("seed"), 1);
    if (!seed)
        return ctx.usageError(seed.error());
    spec.practitioners = practitioners.value();
    spec.appointments = appointments.value();
    spec.years = years.value();
    spec.seed = quint64(qint64(seed.value()));
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
