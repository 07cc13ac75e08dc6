#include "availability_commands.h"

#include "booking/practice_directory.h"
#include "sync_commands.h"
#include "time_parsing.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace empfang::cli {

namespace {

int printFreeSlots(CliContext &ctx, qint64 practitionerId, qint64 typeId, const QDate &firstDay,
                   const QDate &lastDay)
{
    const QTimeZone zone = ctx.settings().timeZone();
    auto free = ctx.availability().freeSlots(practitionerId, typeId, firstDay, lastDay);
    if (!free)
        return ctx.refuse(free.error());

    if (ctx.out().json()) {
        QJsonArray array;
        for (const Interval &s : free.value())
            array.append(QJsonObject{{QStringLiteral("start"), ctx.out().isoTime(s.startMs)},
                                     {QStringLiteral("end"), ctx.out().isoTime(s.endMs)}});
        ctx.out().printJson(array);
        return Done;
    }
    if (free->isEmpty()) {
        ctx.out().printLine(AvailabilityCommands::tr("No free slots in this period."));
        return Done;
    }
    // One line per day: a week of 5-minute slots stays readable on a terminal.
    const qint64 minutes = free->first().length() / kMinuteMs;
    ctx.out().printLine(
        AvailabilityCommands::tr("Free slots (%n minutes each):", nullptr, int(minutes)));
    QDate day;
    QStringList times;
    const auto flush = [&] {
        const QString label = QLocale().toString(day, QStringLiteral("ddd dd.MM.yyyy")) + u':';
        // Twelve times a line (an hour of 5-minute steps) keeps lines within a terminal.
        for (qsizetype i = 0; i < times.size(); i += 12)
            ctx.out().printLine((i == 0 ? label : QString(label.size(), u' ')) + u' ' +
                                times.mid(i, 12).join(u' '));
        times.clear();
    };
    for (const Interval &s : free.value()) {
        const QDate d = QDateTime::fromMSecsSinceEpoch(s.startMs, zone).date();
        if (d != day)
            flush();
        day = d;
        times << ctx.out().humanClock(s.startMs);
    }
    flush();
    return Done;
}

struct NextFreeQuery
{
    qint64 typeId = 0;
    qint64 afterMs = 0;
    std::optional<qint64> practitioner;
    QList<qint64> among; // whose Google busy times count (empty: every connected one)
    qint64 horizonEndMs = 0;
};

int printNextFree(CliContext &ctx, const NextFreeQuery &q)
{
    auto found = ctx.availability().nextFree(q.typeId, q.afterMs, q.practitioner);
    if (!found)
        return ctx.refuse(found.error());
    if (!found.value())
        return ctx.refuse(
            AvailabilityCommands::tr("There is no free slot for this appointment type within "
                                     "the booking horizon of %n days.",
                                     nullptr, ctx.settings().horizonDays));
    const FreeSlot &slot = *found.value();
    if (ctx.out().json()) {
        ctx.out().printJson(
            QJsonObject{{QStringLiteral("practitioner"), slot.practitionerId},
                        {QStringLiteral("start"), ctx.out().isoTime(slot.span.startMs)},
                        {QStringLiteral("end"), ctx.out().isoTime(slot.span.endMs)}});
        return Done;
    }
    auto p = PracticeDirectory(ctx.db()).practitioner(slot.practitionerId);
    ctx.out().printLine(
        AvailabilityCommands::tr("Next free slot: %1 – %2 with %3 (practitioner %4).")
            .arg(ctx.out().humanTime(slot.span.startMs), ctx.out().humanClock(slot.span.endMs),
                 p ? p->name : QString())
            .arg(slot.practitionerId));
    return Done;
}

// With Google: the busy times from `fromMs` on, fresh from Google, in growing windows (14, 28,
// 56 … days) instead of the whole horizon at once, which would ask Google for a year on every
// call. A slot that ends inside the refreshed part is the answer — nothing before it is stale.
// When Google cannot be asked the cache answers (said on stderr by refreshAll).
void searchFresh(CliContext &ctx, GoogleStack &google, const NextFreeQuery &q, qint64 fromMs,
                 int days)
{
    const Interval window{fromMs,
                          std::min(q.horizonEndMs, fromMs + qint64(days) * 24 * 60 * kMinuteMs)};
    SyncCommands::refreshAll(
        ctx, google, q.among, window, [&ctx, &google, q, window, days](bool allFresh) {
            auto found = ctx.availability().nextFree(q.typeId, q.afterMs, q.practitioner);
            const bool within = found && found.value() && found.value()->span.endMs <= window.endMs;
            if (!allFresh || within || window.endMs >= q.horizonEndMs)
                return ctx.finish(printNextFree(ctx, q));
            searchFresh(ctx, google, q, window.endMs, days * 2);
        });
}

} // namespace

int AvailabilityCommands::freeSlots(CliContext &ctx)
{
    qint64 pid = 0;
    qint64 typeId = 0;
    QDate firstDay;
    QDate askedLast;
    if (auto bad = OptionReader(ctx)
                       .id(QStringLiteral("practitioner"), pid)
                       .id(QStringLiteral("type"), typeId)
                       .period(firstDay, askedLast)
                       .failed())
        return *bad;

    // Nothing can be booked beyond the horizon; clamping keeps "--to 2099-12-31" fast.
    const QTimeZone zone = ctx.settings().timeZone();
    const QDate horizonEnd = QDateTime::fromMSecsSinceEpoch(ctx.clock().nowMs(), zone)
                                 .date()
                                 .addDays(ctx.settings().horizonDays + 1);
    const QDate lastDay = std::max(firstDay, std::min(askedLast, horizonEnd));
    // With Google: busy times fresh from Google when it answers, else from the cache (said on
    // stderr, so a script reading stdout gets the same slot list either way).
    if (GoogleStack *google = SyncCommands::googleFor(ctx, {pid})) {
        const Interval range{TimeParsing::startOfDay(firstDay, zone),
                             TimeParsing::startOfDay(lastDay.addDays(1), zone)};
        SyncCommands::refreshFor(
            *google, pid, range,
            [&ctx, google, pid, typeId, firstDay, lastDay, range](bool ok, const QString &why) {
                if (!ok)
                    ctx.out().error(SyncCommands::cacheNote(ctx, *google, pid, range, why));
                ctx.finish(printFreeSlots(ctx, pid, typeId, firstDay, lastDay));
            });
        return Pending;
    }
    return printFreeSlots(ctx, pid, typeId, firstDay, lastDay);
}

int AvailabilityCommands::nextFree(CliContext &ctx)
{
    qint64 typeId = 0;
    std::optional<qint64> practitioner;
    if (auto bad = OptionReader(ctx)
                       .id(QStringLiteral("type"), typeId)
                       .optionalId(QStringLiteral("practitioner"), practitioner)
                       .failed())
        return *bad;
    qint64 after = ctx.clock().nowMs();
    if (ctx.has(QStringLiteral("after"))) {
        const QString text = ctx.value(QStringLiteral("after"));
        if (TimeParsing::isDateOnly(text)) {
            after =
                TimeParsing::startOfDay(TimeParsing::date(text).value(), ctx.settings().timeZone());
        } else {
            auto t = ctx.dateTime(QStringLiteral("after"));
            if (!t)
                return ctx.usageError(t.error());
            after = t.value();
        }
    }
    if (practitioner) {
        if (auto duration = PracticeDirectory(ctx.db()).durationFor(*practitioner, typeId);
            !duration)
            return ctx.refuse(duration.error());
    }
    NextFreeQuery q{typeId, after, practitioner, {}, 0};
    q.among = practitioner ? QList<qint64>{*practitioner} : QList<qint64>{};
    if (GoogleStack *google = SyncCommands::googleFor(ctx, q.among)) {
        const QTimeZone zone = ctx.settings().timeZone();
        const QDate today = QDateTime::fromMSecsSinceEpoch(ctx.clock().nowMs(), zone).date();
        q.horizonEndMs =
            std::max(after + 1,
                     TimeParsing::startOfDay(today.addDays(ctx.settings().horizonDays + 1), zone));
        searchFresh(ctx, *google, q, after, SyncCommands::kSyncDays);
        return Pending;
    }
    return printNextFree(ctx, q);
}

} // namespace empfang::cli
