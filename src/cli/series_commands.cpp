#include "series_commands.h"

#include "booking/practice_directory.h"
#include "booking/series_planner.h"
#include "booking/series_service.h"
#include "desk_json.h"
#include "domain/text_rules.h"
#include "storage/outbox_repository.h"
#include "sync_commands.h"
#include "time_parsing.h"

#include <QHash>
#include <QJsonArray>

namespace empfang::cli {

// What the command line asked for, kept for the plan that follows Google's answer.
struct SeriesArgs
{
    SeriesRequest request;
    BookingRequest base; // patient, type and note of every session
    bool anyPractitioner = false;
    bool nearest = false;
};

int SeriesCommands::bookSeries(CliContext &ctx)
{
    SeriesRequest request;
    if (auto bad = OptionReader(ctx)
                       .id(QStringLiteral("practitioner"), request.practitionerId)
                       .id(QStringLiteral("type"), request.typeId)
                       .dateTime(QStringLiteral("start"), request.firstStartMs)
                       .integer(QStringLiteral("count"), request.count)
                       .integer(QStringLiteral("every-weeks"), request.everyWeeks, 1)
                       .failed())
        return *bad;
    if (ctx.has(QStringLiteral("weekdays"))) {
        const auto days = TextRules::weekdays(ctx.value(QStringLiteral("weekdays")));
        if (!days)
            return ctx.usageError(CliParser::valueProblem(QStringLiteral("weekdays"),
                                                          QStringLiteral("LIST"),
                                                          ctx.value(QStringLiteral("weekdays"))));
        request.weekdays = *days;
    }
    bool usage = false;
    auto patient = DeskJson::patient(ctx, &usage);
    if (!patient)
        return usage ? ctx.usageError(patient.error()) : ctx.refuse(patient.error());
    SeriesArgs args;
    args.base = patient.value();
    args.base.typeId = request.typeId;
    args.base.note = ctx.value(QStringLiteral("note"));
    // --any-practitioner lets the planner look at everyone who offers the type; --nearest takes
    // another time that day. Without them only the exact time with the asked-for practitioner
    // counts, as before.
    args.anyPractitioner = ctx.has(QStringLiteral("any-practitioner"));
    args.nearest = ctx.has(QStringLiteral("nearest"));
    request.anyPractitioner = args.anyPractitioner;
    args.request = request;

    // With Google: the fresh check of the whole series (issue 4.5). The plan against the cache
    // gives the series' days; their busy times are fetched anew, and the real plan then sees
    // what was taken in Google meanwhile. Offline: the cache, said on stderr, and book.
    const QList<qint64> among =
        args.anyPractitioner ? QList<qint64>{} : QList<qint64>{request.practitionerId};
    GoogleStack *google = SyncCommands::googleFor(ctx, among);
    if (!google)
        return planAndBook(ctx, args, nullptr);
    auto draft = SeriesPlanner(ctx.db(), ctx.availability()).plan(request);
    if (!draft)
        return ctx.refuse(draft.error());
    if (draft->isEmpty())
        return planAndBook(ctx, args, google);
    const QTimeZone zone = ctx.settings().timeZone();
    const Interval range{TimeParsing::startOfDay(draft->first().date, zone),
                         TimeParsing::startOfDay(draft->last().date.addDays(1), zone)};
    SyncCommands::refreshAll(ctx, *google, among, range, [&ctx, args, google](bool) {
        if (const int code = planAndBook(ctx, args, google); code != Pending)
            ctx.finish(code);
    });
    return Pending;
}

int SeriesCommands::planAndBook(CliContext &ctx, const SeriesArgs &args, GoogleStack *google)
{
    const SeriesRequest &request = args.request;
    const bool anyPractitioner = args.anyPractitioner;
    const bool nearest = args.nearest;
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

    auto booked = SeriesService(ctx.db(), ctx.booking(), ctx.clock()).book(args.base, sessions);
    if (!booked)
        return ctx.refuse(booked.error());
    // With alternatives the practitioner may differ from session to session: always name them.
    QHash<qint64, QString> names;
    if (auto all = PracticeDirectory(ctx.db()).practitioners()) {
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
        return pushed(ctx, google, booked.value());
    }
    ctx.out().printLine(tr("%n appointment(s) booked for %1:", "", int(booked->size()))
                            .arg(booked->first().patientName));
    for (const Appointment &a : booked.value())
        ctx.out().printLine(QStringLiteral("  %1  %2–%3  %4  %5")
                                .arg(a.id)
                                .arg(ctx.out().humanTime(a.span.startMs),
                                     ctx.out().humanClock(a.span.endMs), a.typeName,
                                     names.value(a.practitionerId)));
    return pushed(ctx, google, booked.value());
}

int SeriesCommands::pushed(CliContext &ctx, GoogleStack *google, const QList<Appointment> &booked)
{
    if (!google)
        return Done;
    // One push sends the whole outbox, so the first session owed to Google stands for the
    // series (with --any-practitioner the first one may be with someone not connected).
    for (const Appointment &a : booked) {
        if (auto open = OutboxRepository(ctx.db()).openFor(a.id); open && open.value()) {
            SyncCommands::pushThenFinish(ctx, google, a.id);
            return Pending;
        }
    }
    return Done;
}

} // namespace empfang::cli
