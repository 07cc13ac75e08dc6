#include "booking_commands.h"

#include "app/fresh_check.h"
#include "booking/appointment_directory.h"
#include "booking/patient_directory.h"
#include "booking/practice_directory.h"
#include "desk_json.h"
#include "domain/status_text.h"
#include "storage/google_connection_repository.h"
#include "storage/patient_repository.h"
#include "sync_commands.h"
#include "time_parsing.h"

#include <QJsonArray>
#include <QJsonObject>

#include <limits>

namespace empfang::cli {

namespace {

QJsonObject patientJson(const Patient &p)
{
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("birthDate"),
             p.birthDate.isValid() ? QJsonValue(p.birthDate.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("phone"), p.phone},
            {QStringLiteral("email"), p.email}};
}

Result<QList<Patient>> allPatients(Database &db)
{
    return PatientDirectory(db).search(QString(), std::numeric_limits<int>::max());
}

// Patients named exactly `name` ("MÜLLER" finds "Müller"): an indexed lookup, so booking by
// name costs the same with 25 000 patients as with 25.
Result<QList<Patient>> patientsNamed(Database &db, const QString &name)
{
    return PatientRepository(db).byName(name);
}

using Change = std::function<Result<Appointment>()>;
using Print = std::function<void(const Appointment &)>;

bool connectedWithGoogle(Database &db, qint64 practitionerId)
{
    auto c = GoogleConnectionRepository(db).find(practitionerId);
    return c && c->isConnected();
}

// Carries out a booking change. Without Google exactly as always: synchronous. With Google:
// first the fresh check of `span` against the practitioner's Google calendar (issue 4.5, when
// `checkPractitioner` is connected), then the change, then one push so the event reaches
// Google at once. Offline the change is still made (it waits in the outbox) and stderr says so.
int commit(CliContext &ctx, GoogleStack *google, qint64 checkPractitioner, const Interval &span,
           const Change &change, const Print &print)
{
    if (!google) {
        auto r = change();
        if (!r)
            return ctx.refuse(r.error());
        print(r.value());
        return Done;
    }
    auto run = [&ctx, google, change, print] {
        auto r = change();
        if (!r)
            return ctx.finish(ctx.refuse(r.error()));
        print(r.value());
        SyncCommands::pushThenFinish(ctx, google, r->id);
    };
    if (checkPractitioner == 0 || !connectedWithGoogle(ctx.db(), checkPractitioner)) {
        run();
        return Pending;
    }
    // The same last look at Google as the window's (FreshCheck): Taken refuses, Unchecked
    // (offline, an error for the calendar, no answer within its time) books from the cache.
    auto *check = new FreshCheck(google->sync(), ctx.scope());
    QObject::connect(check, &FreshCheck::finished, ctx.scope(),
                     [&ctx, google, checkPractitioner, span, run](FreshCheck::Outcome outcome) {
                         if (outcome == FreshCheck::Outcome::Taken)
                             return ctx.finish(ctx.refuse(SyncCommands::takenText(ctx, span)));
                         if (outcome == FreshCheck::Outcome::Unchecked)
                             ctx.out().error(SyncCommands::cacheNote(
                                 ctx, *google, checkPractitioner, span,
                                 google->sync().busyState(checkPractitioner, span).error));
                         run();
                     });
    check->start(checkPractitioner, span);
    return Pending;
}

} // namespace

int BookingCommands::printAppointment(CliContext &ctx, const Appointment &a,
                                      const QString &headline)
{
    if (ctx.out().json()) {
        ctx.out().printJson(DeskJson::appointment(a, ctx.out()));
        return Done;
    }
    ctx.out().printLine(headline.arg(a.id).arg(ctx.out().humanTime(a.span.startMs),
                                               ctx.out().humanClock(a.span.endMs), a.typeName,
                                               a.patientName));
    return Done;
}

int BookingCommands::book(CliContext &ctx)
{
    const bool byName = ctx.has(QStringLiteral("patient"));
    const bool byId = ctx.has(QStringLiteral("patient-id"));
    if (byName == byId)
        return ctx.usageError(tr("Please give either --patient NAME or --patient-id ID."));
    BookingRequest request;
    if (auto bad = OptionReader(ctx)
                       .id(QStringLiteral("practitioner"), request.practitionerId)
                       .id(QStringLiteral("type"), request.typeId)
                       .dateTime(QStringLiteral("start"), request.startMs)
                       .failed())
        return *bad;
    request.note = ctx.value(QStringLiteral("note"));

    if (byId) {
        auto patient = ctx.id(QStringLiteral("patient-id"));
        if (!patient)
            return ctx.usageError(patient.error());
        request.patientId = patient.value();
    } else {
        const QString name = ctx.value(QStringLiteral("patient")).simplified();
        if (name.isEmpty())
            return ctx.refuse(tr("The patient needs a name."));
        auto named = patientsNamed(ctx.db(), name);
        if (!named)
            return ctx.refuse(named.error());
        if (named->size() > 1) {
            // Guessing would put someone else's appointment in the file: make the admin pick.
            QStringList candidates;
            for (const Patient &p : named.value())
                candidates
                    << (p.birthDate.isValid()
                            ? tr("%1 (born %2)").arg(p.id).arg(CliOutput::humanDate(p.birthDate))
                            : QString::number(p.id));
            return ctx.refuse(tr("Several patients are called \"%1\" (numbers %2). Please choose "
                                 "one with --patient-id; nothing was booked.")
                                  .arg(name, candidates.join(QStringLiteral(", "))));
        }
        if (named->size() == 1)
            request.patientId = named->first().id;
        else
            request.newPatientName = name;
    }

    const auto minutes =
        PracticeDirectory(ctx.db()).durationFor(request.practitionerId, request.typeId);
    const Interval span{request.startMs,
                        request.startMs + (minutes ? minutes.value() : 0) * kMinuteMs};
    return commit(
        ctx, SyncCommands::googleFor(ctx, {request.practitionerId}), request.practitionerId, span,
        [&ctx, request] { return ctx.booking().book(request); },
        [&ctx](const Appointment &a) {
            printAppointment(ctx, a, tr("Appointment %1 booked: %2–%3, %4, %5."));
        });
}

int BookingCommands::move(CliContext &ctx)
{
    qint64 id = 0;
    qint64 newStart = 0;
    std::optional<qint64> practitioner;
    if (auto bad = OptionReader(ctx)
                       .id(QStringLiteral("appointment"), id)
                       .dateTime(QStringLiteral("start"), newStart)
                       .optionalId(QStringLiteral("practitioner"), practitioner)
                       .failed())
        return *bad;
    const auto before = AppointmentDirectory(ctx.db()).find(id);
    GoogleStack *google = nullptr;
    qint64 target = 0;
    Interval span;
    if (before) {
        target = practitioner.value_or(before->practitionerId);
        span = {newStart, newStart + before->span.length()};
        google = SyncCommands::googleFor(ctx, {before->practitionerId, target});
    }
    return commit(
        ctx, google, target, span,
        [&ctx, id, newStart, practitioner] {
            return ctx.booking().move(id, newStart, practitioner);
        },
        [&ctx](const Appointment &a) {
            printAppointment(ctx, a, tr("Appointment %1 moved: %2–%3, %4, %5."));
        });
}

int BookingCommands::cancel(CliContext &ctx)
{
    auto appointment = ctx.id(QStringLiteral("appointment"));
    if (!appointment)
        return ctx.usageError(appointment.error());
    const auto before = AppointmentDirectory(ctx.db()).find(appointment.value());
    GoogleStack *google = before ? SyncCommands::googleFor(ctx, {before->practitionerId}) : nullptr;
    const qint64 id = appointment.value();
    // A cancellation frees time: nothing to check in Google first.
    return commit(
        ctx, google, 0, {}, [&ctx, id] { return ctx.booking().cancel(id); },
        [&ctx](const Appointment &a) {
            printAppointment(ctx, a, tr("Appointment %1 cancelled: %2–%3, %4, %5."));
        });
}

int BookingCommands::listAppointments(CliContext &ctx)
{
    QDate firstDay;
    QDate lastDay;
    std::optional<qint64> practitioner;
    if (auto bad = OptionReader(ctx)
                       .period(firstDay, lastDay)
                       .optionalId(QStringLiteral("practitioner"), practitioner)
                       .failed())
        return *bad;
    PracticeDirectory practitioners(ctx.db());
    if (practitioner) {
        if (auto p = practitioners.practitioner(*practitioner); !p)
            return ctx.refuse(p.error());
    }
    const QTimeZone zone = ctx.settings().timeZone();
    const Interval range{TimeParsing::startOfDay(firstDay, zone),
                         TimeParsing::startOfDay(lastDay.addDays(1), zone)};
    auto list = AppointmentDirectory(ctx.db()).list(range, practitioner);
    if (!list)
        return ctx.refuse(list.error());
    // Read from the database only: listing never talks to Google.
    GoogleStack &google = ctx.services().google();
    const auto syncOf = [&google](qint64 id) { return google.sync().appointmentSync(id); };
    QHash<qint64, QString> names;
    if (auto all = practitioners.practitioners(true)) {
        for (const Practitioner &p : all.value())
            names.insert(p.id, p.name);
    }
    const CliOutput &out = ctx.out();
    ctx.out().printList(
        list.value(),
        [&out, &syncOf](const Appointment &a) {
            QJsonObject o = DeskJson::appointment(a, out);
            o.insert(QStringLiteral("sync"), SyncCommands::syncJson(syncOf(a.id)));
            return o;
        },
        {tr("No."), tr("Time"), tr("Practitioner"), tr("Type"), tr("Patient"), tr("Status"),
         tr("Google")},
        [&out, &syncOf, &names](const Appointment &a) {
            return QStringList{QString::number(a.id),
                               out.humanTime(a.span.startMs) + u'–' + out.humanClock(a.span.endMs),
                               names.value(a.practitionerId),
                               a.typeName,
                               a.patientName,
                               StatusText::of(a.status),
                               SyncCommands::syncLabel(syncOf(a.id))};
        },
        tr("No appointments in this period."));
    return Done;
}

int BookingCommands::listPatients(CliContext &ctx)
{
    auto found = ctx.has(QStringLiteral("search"))
                     ? PatientDirectory(ctx.db()).search(ctx.value(QStringLiteral("search")),
                                                         std::numeric_limits<int>::max())
                     : allPatients(ctx.db());
    return ctx.list(
        found, patientJson, {tr("No."), tr("Name"), tr("Born"), tr("Phone"), tr("E-mail")},
        [](const Patient &p) {
            return QStringList{QString::number(p.id), p.name,
                               p.birthDate.isValid() ? CliOutput::humanDate(p.birthDate)
                                                     : QString(),
                               p.phone, p.email};
        },
        tr("No patients found."));
}

} // namespace empfang::cli
