#include "schedule_commands.h"

#include "booking/practice_directory.h"
#include "booking/schedule_setup.h"
#include "time_parsing.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace empfang::cli {

namespace {

QJsonValue dateJson(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject hoursJson(const WeeklyHours &h)
{
    return {{QStringLiteral("id"), h.id},
            {QStringLiteral("practitioner"), h.practitionerId},
            {QStringLiteral("weekday"), h.weekday},
            {QStringLiteral("from"), h.from.toString(QStringLiteral("HH:mm"))},
            {QStringLiteral("to"), h.to.toString(QStringLiteral("HH:mm"))},
            {QStringLiteral("validFrom"), dateJson(h.validFrom)},
            {QStringLiteral("validTo"), dateJson(h.validTo)}};
}

QJsonObject absenceJson(const Absence &a, const CliOutput &out)
{
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("practitioner"), a.practitionerId},
            {QStringLiteral("start"), out.isoTime(a.span.startMs)},
            {QStringLiteral("end"), out.isoTime(a.span.endMs)},
            {QStringLiteral("reason"), a.reason}};
}

QString weekdayName(int weekday)
{
    return weekday >= 1 && weekday <= 7 ? QLocale().dayName(weekday) : QString::number(weekday);
}

// An absence bound: a full time, or a bare date meaning the start of that day (--from) or
// the end of it (--to), so "--from 2027-01-04 --to 2027-01-08" is a whole week of holiday.
Result<qint64> absenceBound(CliContext &ctx, const QString &option, bool isEnd)
{
    const QString text = ctx.value(option);
    if (TimeParsing::isDateOnly(text)) {
        const QDate day = TimeParsing::date(text).value();
        return TimeParsing::startOfDay(isEnd ? day.addDays(1) : day, ctx.settings().timeZone());
    }
    return ctx.dateTime(option);
}

} // namespace

int ScheduleCommands::setHours(CliContext &ctx)
{
    auto practitioner = ctx.id(QStringLiteral("practitioner"));
    if (!practitioner)
        return ctx.usageError(practitioner.error());
    auto weekday = ctx.integer(QStringLiteral("weekday"));
    if (!weekday)
        return ctx.usageError(weekday.error());
    auto from = TimeParsing::clockTime(ctx.value(QStringLiteral("from")));
    if (!from)
        return ctx.usageError(QStringLiteral("--from: ") + from.error());
    auto to = TimeParsing::clockTime(ctx.value(QStringLiteral("to")));
    if (!to)
        return ctx.usageError(QStringLiteral("--to: ") + to.error());

    WeeklyHours hours;
    hours.practitionerId = practitioner.value();
    hours.weekday = weekday.value();
    hours.from = from.value();
    hours.to = to.value();
    for (auto [option, date] : {std::pair{QStringLiteral("valid-from"), &hours.validFrom},
                                std::pair{QStringLiteral("valid-to"), &hours.validTo}}) {
        if (!ctx.has(option))
            continue;
        auto d = ctx.date(option);
        if (!d)
            return ctx.usageError(d.error());
        *date = d.value();
    }
    // The tab's rule (WorkingHoursRule), with its sentence, before anything is written.
    auto added = ScheduleSetup(ctx.db()).addHours(hours);
    if (!added)
        return ctx.refuse(added.error());
    if (ctx.out().json())
        ctx.out().printJson(hoursJson(added.value()));
    else
        ctx.out().printLine(tr("Working hours added: %1 %2–%3.")
                                .arg(weekdayName(added->weekday),
                                     added->from.toString(QStringLiteral("HH:mm")),
                                     added->to.toString(QStringLiteral("HH:mm"))));
    return Done;
}

int ScheduleCommands::listHours(CliContext &ctx)
{
    auto practitioner = ctx.id(QStringLiteral("practitioner"));
    if (!practitioner)
        return ctx.usageError(practitioner.error());
    if (auto p = PracticeDirectory(ctx.db()).practitioner(practitioner.value()); !p)
        return ctx.refuse(p.error());
    auto hours = PracticeDirectory(ctx.db()).hours(practitioner.value());
    if (!hours)
        return ctx.refuse(hours.error());
    if (ctx.out().json()) {
        QJsonArray array;
        for (const WeeklyHours &h : hours.value())
            array.append(hoursJson(h));
        ctx.out().printJson(array);
        return Done;
    }
    QList<QStringList> rows;
    for (const WeeklyHours &h : hours.value()) {
        QString validity;
        if (h.validFrom.isValid() || h.validTo.isValid())
            validity = (h.validFrom.isValid() ? CliOutput::humanDate(h.validFrom) : QString()) +
                       QStringLiteral(" – ") +
                       (h.validTo.isValid() ? CliOutput::humanDate(h.validTo) : QString());
        rows << QStringList{weekdayName(h.weekday), h.from.toString(QStringLiteral("HH:mm")),
                            h.to.toString(QStringLiteral("HH:mm")), validity};
    }
    ctx.out().printTable({tr("Weekday"), tr("From"), tr("To"), tr("Valid")}, rows,
                         tr("No working hours yet: add them with \"hours set\"."));
    return Done;
}

int ScheduleCommands::addAbsence(CliContext &ctx)
{
    auto practitioner = ctx.id(QStringLiteral("practitioner"));
    if (!practitioner)
        return ctx.usageError(practitioner.error());
    auto from = absenceBound(ctx, QStringLiteral("from"), false);
    if (!from)
        return ctx.usageError(from.error());
    auto to = absenceBound(ctx, QStringLiteral("to"), true);
    if (!to)
        return ctx.usageError(to.error());

    Absence absence;
    absence.practitionerId = practitioner.value();
    absence.span = {from.value(), to.value()};
    absence.reason = ctx.value(QStringLiteral("reason"));
    ScheduleSetup setup(ctx.db());
    auto added = setup.addAbsence(absence);
    if (!added)
        return ctx.refuse(added.error());
    if (ctx.out().json())
        ctx.out().printJson(absenceJson(added.value(), ctx.out()));
    else
        ctx.out().printLine(tr("Absence %1 added: %2 – %3.")
                                .arg(added->id)
                                .arg(ctx.out().humanTime(added->span.startMs),
                                     ctx.out().humanTime(added->span.endMs)));

    // The absence is stored either way (illness does not ask), but booked appointments in it
    // need a phone call: name them so the admin does not have to go looking.
    if (auto clashing = setup.appointmentsIn(added.value())) {
        for (const Appointment &a : clashing.value()) {
            ctx.out().error(tr("Note: appointment %1 (%2, %3) lies in this absence and is "
                               "still booked.")
                                .arg(a.id)
                                .arg(ctx.out().humanTime(a.span.startMs), a.patientName));
        }
    }
    return Done;
}

int ScheduleCommands::listAbsences(CliContext &ctx)
{
    auto practitioner = ctx.id(QStringLiteral("practitioner"));
    if (!practitioner)
        return ctx.usageError(practitioner.error());
    const QTimeZone zone = ctx.settings().timeZone();
    const QDate today = QDateTime::fromMSecsSinceEpoch(ctx.clock().nowMs(), zone).date();
    QDate first = today;
    QDate last = today.addYears(1);
    if (ctx.has(QStringLiteral("from"))) {
        auto d = ctx.date(QStringLiteral("from"));
        if (!d)
            return ctx.usageError(d.error());
        first = d.value();
    }
    if (ctx.has(QStringLiteral("to"))) {
        auto d = ctx.date(QStringLiteral("to"));
        if (!d)
            return ctx.usageError(d.error());
        last = d.value();
    }
    if (last < first)
        return ctx.refuse(tr("The end date must not lie before the start date."));
    if (auto p = PracticeDirectory(ctx.db()).practitioner(practitioner.value()); !p)
        return ctx.refuse(p.error());
    const Interval range{TimeParsing::startOfDay(first, zone),
                         TimeParsing::startOfDay(last.addDays(1), zone)};
    auto absences = PracticeDirectory(ctx.db()).absences(practitioner.value(), range);
    if (!absences)
        return ctx.refuse(absences.error());
    if (ctx.out().json()) {
        QJsonArray array;
        for (const Absence &a : absences.value())
            array.append(absenceJson(a, ctx.out()));
        ctx.out().printJson(array);
        return Done;
    }
    QList<QStringList> rows;
    for (const Absence &a : absences.value())
        rows << QStringList{QString::number(a.id), ctx.out().humanTime(a.span.startMs),
                            ctx.out().humanTime(a.span.endMs), a.reason};
    ctx.out().printTable({tr("No."), tr("From"), tr("Until"), tr("Reason")}, rows,
                         tr("No absences in this period."));
    return Done;
}

} // namespace empfang::cli
