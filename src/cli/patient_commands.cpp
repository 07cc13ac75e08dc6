#include "patient_commands.h"

#include "privacy/patient_erasure.h"
#include "privacy/retention_policy.h"
#include "storage/audit_log.h"

#include <QJsonArray>
#include <QJsonObject>

namespace empfang::cli {

int PatientCommands::erase(CliContext &ctx)
{
    auto patient = ctx.id(QStringLiteral("patient"));
    if (!patient)
        return ctx.usageError(patient.error());
    if (!ctx.has(QStringLiteral("yes")))
        return ctx.usageError(tr("Erasing cannot be undone: confirm with --yes."));
    auto erased = PatientErasure(ctx.db(), ctx.booking(), ctx.clock()).erase(patient.value());
    if (!erased)
        return ctx.refuse(erased.error());
    if (ctx.out().json()) {
        ctx.out().printJson(QJsonObject{{QStringLiteral("patient"), patient.value()},
                                        {QStringLiteral("cancelled"), erased->cancelled},
                                        {QStringLiteral("anonymised"), erased->anonymised}});
        return Done;
    }
    ctx.out().printLine(tr("Patient %1 erased: %2 future appointment(s) cancelled, %3 kept as "
                           "anonymous statistics.")
                            .arg(patient.value())
                            .arg(erased->cancelled)
                            .arg(erased->anonymised));
    return Done;
}

int PatientCommands::retention(CliContext &ctx)
{
    RetentionPolicy policy(ctx.db());
    if (ctx.has(QStringLiteral("years"))) {
        auto years = ctx.integer(QStringLiteral("years"));
        if (!years)
            return ctx.usageError(years.error());
        if (Status s = policy.setYears(years.value()); !s)
            return ctx.refuse(s.error());
    }
    RetentionReport report;
    if (ctx.has(QStringLiteral("run"))) {
        auto done = policy.cleanup(ctx.booking(), ctx.clock());
        if (!done)
            return ctx.refuse(done.error());
        report = done.value();
    }
    if (ctx.out().json()) {
        ctx.out().printJson(QJsonObject{{QStringLiteral("years"), policy.years()},
                                        {QStringLiteral("patientsErased"), report.patients},
                                        {QStringLiteral("anonymised"), report.anonymised}});
        return Done;
    }
    ctx.out().printLine(
        policy.years() == 0
            ? tr("Retention: patient data is kept (no period set).")
            : tr("Retention: %n year(s) after the last appointment.", "", policy.years()));
    if (ctx.has(QStringLiteral("run")))
        ctx.out().printLine(RetentionPolicy::describe(report));
    return Done;
}

int PatientCommands::auditLog(CliContext &ctx)
{
    auto limit = ctx.integer(QStringLiteral("limit"), 100);
    if (!limit)
        return ctx.usageError(limit.error());
    const CliOutput &out = ctx.out();
    return ctx.list(
        AuditLog(ctx.db()).list(std::max(1, limit.value())),
        [&out](const AuditEntry &e) {
            return QJsonObject{
                {QStringLiteral("id"), e.id},
                {QStringLiteral("at"), out.isoTime(e.atMs)},
                {QStringLiteral("user"), e.osUser},
                {QStringLiteral("workstation"), e.workstation},
                {QStringLiteral("action"), e.action},
                {QStringLiteral("appointment"),
                 e.appointmentId ? QJsonValue(e.appointmentId) : QJsonValue()},
                {QStringLiteral("patient"), e.patientId ? QJsonValue(e.patientId) : QJsonValue()},
                {QStringLiteral("detail"), e.detail}};
        },
        {tr("Time"), tr("Who"), tr("Action"), tr("Appointment"), tr("Patient")},
        [&out](const AuditEntry &e) {
            return QStringList{out.humanTime(e.atMs), e.osUser + u'@' + e.workstation,
                               AuditLog::actionText(e.action),
                               e.appointmentId ? QString::number(e.appointmentId) : QString(),
                               e.patientId ? QString::number(e.patientId) : QString()};
        },
        tr("The audit log is empty."));
}

} // namespace empfang::cli
