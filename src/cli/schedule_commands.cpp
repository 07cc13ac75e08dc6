#include "schedule_commands.h"

#include "booking/practice_directory.h"
#include "booking/schedule_setup.h"
#include "time_parsing.h"

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
    WeeklyHours hours;
    if (auto bad = OptionReader(ctx)
                       .id(QStringLiteral("practitioner"), hours.practitionerId)
                       .integer(QStringLiteral("weekday"), hours.weekday)
                       .clockTime(QStringLiteral("from"), hours.from)
                       .clockTime(QStringLiteral("to"), hours.to)
                       .optionalDate(QStringLiteral("valid-from"), hours.validFrom)
                       .optionalDate(QStringLiteral("valid-to"), hours.validTo)
                       .failed())
        return *bad;
    // The tab's rule (WorkingHoursRule), with its sentence, before anything is written.
    auto added = ScheduleSetup(ctx.db()).addHours(hours);
    if (!added)
        return ctx.refuse(added.error());
    ctx.out().printResult(hoursJson(added.value()),
                          tr("Working hours added: %1 %2–%3.")
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
    return ctx.list(
        PracticeDirectory(ctx.db()).hours(practitioner.value()), hoursJson,
        {tr("Weekday"), tr("From"), tr("To"), tr("Valid")},
        [](const WeeklyHours &h) {
            QString validity;
            if (h.validFrom.isValid() || h.validTo.isValid())
                validity = (h.validFrom.isValid() ? CliOutput::humanDate(h.validFrom) : QString()) +
                           QStringLiteral(" – ") +
                           (h.validTo.isValid() ? CliOutput::humanDate(h.validTo) : QString());
            return QStringList{weekdayName(h.weekday), h.from.toString(QStringLiteral("HH:mm")),
                               h.to.toString(QStringLiteral("HH:mm")), validity};
        },
        tr("No working hours yet: add them with \"hours set\"."));
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
    ctx.out().printResult(
        absenceJson(added.value(), ctx.out()),
        tr("Absence %1 added: %2 – %3.")
            .arg(added->id)
            .arg(ctx.out().humanTime(added->span.startMs), ctx.out().humanTime(added->span.endMs)));

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
    const QTimeZone zone = ctx.settings().timeZone();
    const QDate today = QDateTime::fromMSecsSinceEpoch(ctx.clock().nowMs(), zone).date();
    qint64 practitioner = 0;
    QDate first = today;
    QDate last = today.addYears(1);
    if (auto bad = OptionReader(ctx)
                       .id(QStringLiteral("practitioner"), practitioner)
                       .period(first, last)
                       .failed())
        return *bad;
    if (auto p = PracticeDirectory(ctx.db()).practitioner(practitioner); !p)
        return ctx.refuse(p.error());
    const Interval range{TimeParsing::startOfDay(first, zone),
                         TimeParsing::startOfDay(last.addDays(1), zone)};
    const CliOutput &out = ctx.out();
    return ctx.list(
        PracticeDirectory(ctx.db()).absences(practitioner, range),
        [&out](const Absence &a) { return absenceJson(a, out); },
        {tr("No."), tr("From"), tr("Until"), tr("Reason")},
        [&out](const Absence &a) {
            return QStringList{QString::number(a.id), out.humanTime(a.span.startMs),
                               out.humanTime(a.span.endMs), a.reason};
        },
        tr("No absences in this period."));
}

} // namespace empfang::cli
