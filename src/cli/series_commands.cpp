#include "series_commands.h"

#include "booking/series_planner.h"
#include "booking/series_service.h"
#include "desk_json.h"

#include <QJsonArray>

namespace empfang::cli {

int SeriesCommands::bookSeries(CliContext &ctx)
{
    SeriesRequest request;
    auto practitioner = ctx.id(QStringLiteral("practitioner"));
    if (!practitioner)
        return ctx.usageError(practitioner.error());
    auto type = ctx.id(QStringLiteral("type"));
    if (!type)
        return ctx.usageError(type.error());
    auto start = ctx.dateTime(QStringLiteral("start"));
    if (!start)
        return ctx.usageError(start.error());
    auto count = ctx.integer(QStringLiteral("count"));
    if (!count)
        return ctx.usageError(count.error());
    auto every = ctx.integer(QStringLiteral("every-weeks"), 1);
    if (!every)
        return ctx.usageError(every.error());
    for (const QString &part :
         ctx.value(QStringLiteral("weekdays")).split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int day = part.trimmed().toInt(&ok);
        if (!ok || day < 1 || day > 7)
            return ctx.usageError(tr("--weekdays expects numbers from 1 (Monday) to 7 (Sunday) "
                                     "separated by commas, such as 1,4 — not \"%1\".")
                                      .arg(ctx.value(QStringLiteral("weekdays"))));
        request.weekdays << day;
    }
    request.practitionerId = practitioner.value();
    request.typeId = type.value();
    request.firstStartMs = start.value();
    request.count = count.value();
    request.everyWeeks = every.value();
    bool usage = false;
    auto patient = DeskJson::patient(ctx, &usage);
    if (!patient)
        return usage ? ctx.usageError(patient.error()) : ctx.refuse(patient.error());
    BookingRequest base = patient.value();
    base.typeId = request.typeId;
    base.note = ctx.value(QStringLiteral("note"));

    auto plan = SeriesPlanner(ctx.db(), ctx.availability()).plan(request);
    if (!plan)
        return ctx.refuse(plan.error());
    QStringList conflicts;
    QList<SeriesSession> sessions;
    for (const SeriesProposal &p : plan.value()) {
        if (p.state == SeriesProposal::State::Free) {
            sessions << SeriesSession{p.practitionerId, p.slot.startMs};
            continue;
        }
        QString line = tr("%1: %2").arg(ctx.out().humanTime(p.wantedStartMs), p.conflict);
        if (p.state == SeriesProposal::State::Alternative)
            line += u' ' + tr("Nearest free time that day: %1 (practitioner %2).")
                               .arg(ctx.out().humanClock(p.slot.startMs))
                               .arg(p.practitionerId);
        conflicts << line;
    }
    if (!conflicts.isEmpty())
        return ctx.refuse(tr("%n session(s) of the series cannot be booked as asked; nothing was "
                             "booked:",
                             "", int(conflicts.size())) +
                          u'\n' + conflicts.join(u'\n'));

    auto booked = SeriesService(ctx.db(), ctx.booking(), ctx.clock()).book(base, sessions);
    if (!booked)
        return ctx.refuse(booked.error());
    if (ctx.out().json()) {
        QJsonArray array;
        for (const Appointment &a : booked.value())
            array.append(DeskJson::appointment(a, ctx.out()));
        ctx.out().printJson(array);
        return Done;
    }
    ctx.out().printLine(tr("%n appointment(s) booked for %1:", "", int(booked->size()))
                            .arg(booked->first().patientName));
    for (const Appointment &a : booked.value())
        ctx.out().printLine(QStringLiteral("  %1  %2–%3  %4")
                                .arg(a.id)
                                .arg(ctx.out().humanTime(a.span.startMs),
                                     ctx.out().humanClock(a.span.endMs), a.typeName));
    return Done;
}

} // namespace empfang::cli
