#include "practitioner_commands.h"

#include "booking/practice_directory.h"
#include "booking/practitioner_setup.h"
#include "booking/type_setup.h"

#include <QJsonArray>
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
    if (ctx.out().json())
        ctx.out().printJson(practitionerJson(added.value()));
    else
        ctx.out().printLine(
            tr("Practitioner %1 \"%2\" was added.").arg(added->id).arg(added->name));
    return Done;
}

int PractitionerCommands::listPractitioners(CliContext &ctx)
{
    auto all = PracticeDirectory(ctx.db()).practitioners();
    if (!all)
        return ctx.refuse(all.error());
    if (ctx.out().json()) {
        QJsonArray array;
        for (const Practitioner &p : all.value())
            array.append(practitionerJson(p));
        ctx.out().printJson(array);
        return Done;
    }
    QList<QStringList> rows;
    for (const Practitioner &p : all.value())
        rows << QStringList{QString::number(p.id), p.name};
    ctx.out().printTable({tr("No."), tr("Name")}, rows, tr("No practitioners yet."));
    return Done;
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
    if (ctx.out().json())
        ctx.out().printJson(typeJson(added.value()));
    else
        ctx.out().printLine(tr("Appointment type %1 \"%2\" (%3 min) was added.")
                                .arg(added->id)
                                .arg(added->name)
                                .arg(added->minutes));
    return Done;
}

int PractitionerCommands::listTypes(CliContext &ctx)
{
    auto all = PracticeDirectory(ctx.db()).types();
    if (!all)
        return ctx.refuse(all.error());
    if (ctx.out().json()) {
        QJsonArray array;
        for (const AppointmentType &t : all.value())
            array.append(typeJson(t));
        ctx.out().printJson(array);
        return Done;
    }
    QList<QStringList> rows;
    for (const AppointmentType &t : all.value())
        rows << QStringList{QString::number(t.id), t.name, QString::number(t.minutes),
                            QString::number(t.bufferBeforeMinutes),
                            QString::number(t.bufferAfterMinutes)};
    ctx.out().printTable(
        {tr("No."), tr("Name"), tr("Minutes"), tr("Buffer before"), tr("Buffer after")}, rows,
        tr("No appointment types yet."));
    return Done;
}

} // namespace empfang::cli
