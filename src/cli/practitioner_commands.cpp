#include "practitioner_commands.h"

#include "booking/practice_directory.h"
#include "booking/practitioner_setup.h"
#include "booking/type_setup.h"

#include <QJsonObject>

namespace empfang::cli {

namespace {

QJsonObject practitionerJson(const Practitioner &p)
{
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("color"), p.color}};
}

QJsonObject typeJson(const AppointmentType &t)
{
    return {{QStringLiteral("id"), t.id},
            {QStringLiteral("name"), t.name},
            {QStringLiteral("minutes"), t.minutes},
            {QStringLiteral("bufferBefore"), t.bufferBeforeMinutes},
            {QStringLiteral("bufferAfter"), t.bufferAfterMinutes},
            {QStringLiteral("color"), t.color}};
}

} // namespace

int PractitionerCommands::addPractitioner(CliContext &ctx)
{
    // The next colour in turn, as in the settings dialog (which can change it later).
    auto added = PractitionerSetup(ctx.db()).add(ctx.value(QStringLiteral("name")));
    if (!added)
        return ctx.refuse(added.error());
    ctx.out().printResult(practitionerJson(added.value()),
                          tr("Practitioner %1 \"%2\" was added.").arg(added->id).arg(added->name));
    return Done;
}

int PractitionerCommands::listPractitioners(CliContext &ctx)
{
    return ctx.list(
        PracticeDirectory(ctx.db()).practitioners(), practitionerJson, {tr("No."), tr("Name")},
        [](const Practitioner &p) {
            return QStringList{QString::number(p.id), p.name};
        },
        tr("No practitioners yet."));
}

int PractitionerCommands::addType(CliContext &ctx)
{
    AppointmentType type;
    type.name = ctx.value(QStringLiteral("name"));
    auto minutes = ctx.integer(QStringLiteral("minutes"));
    auto before = ctx.integer(QStringLiteral("buffer-before"), 0);
    auto after = ctx.integer(QStringLiteral("buffer-after"), 0);
    for (const auto *number : {&minutes, &before, &after}) {
        if (!*number)
            return ctx.usageError(number->error());
    }
    type.minutes = minutes.value();
    type.bufferBeforeMinutes = before.value();
    type.bufferAfterMinutes = after.value();
    // The next colour in turn, as in the settings dialog (which can change it later).
    auto added = TypeSetup(ctx.db()).add(type);
    if (!added)
        return ctx.refuse(added.error());
    ctx.out().printResult(typeJson(added.value()),
                          tr("Appointment type %1 \"%2\" (%3 min) was added.")
                              .arg(added->id)
                              .arg(added->name)
                              .arg(added->minutes));
    return Done;
}

int PractitionerCommands::listTypes(CliContext &ctx)
{
    return ctx.list(
        PracticeDirectory(ctx.db()).types(), typeJson,
        {tr("No."), tr("Name"), tr("Minutes"), tr("Buffer before"), tr("Buffer after")},
        [](const AppointmentType &t) {
            return QStringList{QString::number(t.id), t.name, QString::number(t.minutes),
                               QString::number(t.bufferBeforeMinutes),
                               QString::number(t.bufferAfterMinutes)};
        },
        tr("No appointment types yet."));
}

} // namespace empfang::cli
