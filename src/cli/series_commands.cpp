#include "series_commands.h"

#include "booking/series_planner.h"
#include "booking/series_service.h"
#include "desk_json.h"
#include "storage/practitioner_repository.h"

#include <QHash>
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

    // --any-practitioner lets the planner look at everyone who offers the type; --nearest takes
    // another time that day. Without them only the exact time with the asked-for practitioner
    // counts, as before.
    const bool anyPractitioner = ctx.has(QStringLiteral("any-practitioner"));
    const bool nearest = ctx.has(QStringLiteral("nearest"));
    request.anyPractitioner = anyPractitioner;
    auto plan = SeriesPlanner(ctx.db(), ctx.availability()).plan(request);
    if (!plan)
        return ctx.refuse(plan.error());
    const auto acceptable = [&](const SeriesProposal &p) {
        if (p.state == SeriesProposal::State::Free)
            return true;
        if (p.state == SeriesProposal::State::Conflict)
            return false;
        const bool sameTime = p.slot.startMs == p.wantedStartMs;
        const bool samePractitioner = p.practitionerId == request.practitionerId;
        return (sameTime || nearest) && (samePractitioner || anyPractitioner);
    };
    QStringList conflicts;
    QList<SeriesSession> sessions;
    QHash<qint64, qint64> wanted; // booked start → the start the series asked for
    for (const SeriesProposal &p : plan.value()) {
        if (acceptable(p)) {
            sessions << SeriesSession{p.practitionerId, p.slot.startMs};
            wanted.insert(p.slot.startMs, p.wantedStartMs);
            continue;
        }
        QString line = tr("%1: %2").arg(ctx.out().humanTime(p.wantedStartMs), p.conflict);
        if (p.state == SeriesProposal::State::Alternative)
            line += u' ' + tr("Nearest free time that day: %1 (practitioner %2).")
                               .arg(ctx.out().humanClock(p.slot.startMs))
                               .arg(p.practitionerId);
        conflicts << line;
    }
    if (!conflicts.isEmpty()) {
        QString hint;
        if (!nearest || !anyPractitioner)
            hint = u'\n' + tr("--nearest books the nearest free time that day, "
                              "--any-practitioner also with another practitioner who offers the "
                              "type.");
        return ctx.refuse(tr("%n session(s) of the series cannot be booked as asked; nothing was "
                             "booked:",
                             "", int(conflicts.size())) +
                          u'\n' + conflicts.join(u'\n') + hint);
    }

    auto booked = SeriesService(ctx.db(), ctx.booking(), ctx.clock()).book(base, sessions);
    if (!booked)
        return ctx.refuse(booked.error());
    // With alternatives the practitioner may differ from session to session: always name them.
    QHash<qint64, QString> names;
    if (auto all = PractitionerRepository(ctx.db()).list()) {
        for (const Practitioner &p : all.value())
            names.insert(p.id, p.name);
    }
    if (ctx.out().json()) {
        QJsonArray array;
        for (const Appointment &a : booked.value()) {
            QJsonObject o = DeskJson::appointment(a, ctx.out());
            o.insert(QStringLiteral("practitionerName"), names.value(a.practitionerId));
            // Where the series asked for this session: differs when an alternative was booked.
            o.insert(QStringLiteral("requestedStart"),
                     ctx.out().isoTime(wanted.value(a.span.startMs, a.span.startMs)));
            array.append(o);
        }
        ctx.out().printJson(array);
        return Done;
    }
    ctx.out().printLine(tr("%n appointment(s) booked for %1:", "", int(booked->size()))
                            .arg(booked->first().patientName));
    for (const Appointment &a : booked.value())
        ctx.out().printLine(QStringLiteral("  %1  %2–%3  %4  %5")
                                .arg(a.id)
                                .arg(ctx.out().humanTime(a.span.startMs),
                                     ctx.out().humanClock(a.span.endMs), a.typeName,
                                     names.value(a.practitionerId)));
    return Done;
}

} // namespace empfang::cli
