#include "demo_data.h"

#include "storage/appointment_repository.h"
#include "storage/appointment_type_repository.h"
#include "storage/patient_repository.h"
#include "storage/practitioner_repository.h"
#include "storage/schedule_repository.h"
#include "storage/series_repository.h"
#include "storage/settings_repository.h"

namespace empfang {

Status DemoData::seed(Database &db, const Clock &clock)
{
    PractitionerRepository practitioners(db);
    auto existing = practitioners.list(true);
    if (!existing)
        return Status::failure(existing.error());
    if (!existing->isEmpty())
        return success();

    WriteTransaction tx(db);
    PracticeSettings settings;
    settings.name = QStringLiteral("Praxis am Markt (Demo)");
    if (Status s = SettingsRepository(db).save(settings); !s)
        return s;

    QList<qint64> people;
    for (const auto &[name, color] :
         {std::pair{QStringLiteral("Anna Berger"), QStringLiteral("#4e79a7")},
          std::pair{QStringLiteral("Jonas Keller"), QStringLiteral("#59a14f")},
          std::pair{QStringLiteral("Dr. Miriam Vogt"), QStringLiteral("#b07aa1")}}) {
        auto p = practitioners.add(name, color);
        if (!p)
            return Status::failure(p.error());
        people << p->id;
    }

    AppointmentTypeRepository types(db);
    QList<qint64> typeIds;
    for (const AppointmentType &t : {AppointmentType{0, QStringLiteral("Krankengymnastik"), 20, 0,
                                                     5, QStringLiteral("#76b7b2"), true},
                                     AppointmentType{0, QStringLiteral("Manuelle Therapie"), 25, 0,
                                                     5, QStringLiteral("#edc948"), true},
                                     AppointmentType{0, QStringLiteral("Lymphdrainage"), 45, 5, 10,
                                                     QStringLiteral("#ff9da7"), true},
                                     AppointmentType{0, QStringLiteral("Erstgespräch"), 50, 0, 10,
                                                     QStringLiteral("#9c755f"), true}}) {
        auto stored = types.add(t);
        if (!stored)
            return Status::failure(stored.error());
        typeIds << stored->id;
    }
    // Dr. Vogt does only first consultations and lymph drainage, with a longer first talk.
    if (Status s =
            practitioners.setOffers(people[2], {{typeIds[2], std::nullopt}, {typeIds[3], 60}});
        !s)
        return s;

    ScheduleRepository schedule(db);
    for (int day = 1; day <= 5; ++day) {
        const QList<std::pair<QTime, QTime>> shifts = {
            {QTime(8, 0), QTime(12, 30)}, {QTime(13, 30), day == 5 ? QTime(15, 0) : QTime(18, 0)}};
        for (qint64 pid : people) {
            for (const auto &[from, to] : shifts) {
                if (pid == people[2] && day == 3 && from.hour() > 12)
                    continue; // Wednesday afternoon off
                if (auto h = schedule.addHours(WeeklyHours{0, pid, day, from, to, {}, {}}); !h)
                    return Status::failure(h.error());
            }
        }
    }

    PatientRepository patients(db);
    QList<qint64> patientIds;
    for (const auto &[name, birth, phone] :
         {std::tuple{QStringLiteral("Erika Mustermann"), QDate(1964, 8, 12),
                     QStringLiteral("030 1234567")},
          std::tuple{QStringLiteral("Max Schneider"), QDate(1988, 2, 3),
                     QStringLiteral("0171 2345678")},
          std::tuple{QStringLiteral("Fatma Yılmaz"), QDate(1975, 11, 30),
                     QStringLiteral("0157 3456789")},
          std::tuple{QStringLiteral("Lukas Weber"), QDate(2001, 5, 21),
                     QStringLiteral("040 9876543")},
          std::tuple{QStringLiteral("Sophie Wagner"), QDate(1993, 7, 7), QString()}}) {
        auto p = patients.add(Patient{0, name, birth, phone, {}});
        if (!p)
            return Status::failure(p.error());
        patientIds << p->id;
    }

    // A handful of appointments spread over this week's working days, past ones completed.
    const QTimeZone zone = settings.timeZone();
    const qint64 now = clock.nowMs();
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, zone).date();
    // On a weekend the coming week is the one the desk works on (and the GUI opens on).
    const QDate monday =
        today.addDays(today.dayOfWeek() >= 6 ? 8 - today.dayOfWeek() : 1 - today.dayOfWeek());
    struct Plan
    {
        int day;
        int hour;
        int minute;
        int who;
        int type;
        int patient;
    };
    const QList<Plan> plans = {{0, 8, 0, 0, 0, 0},  {0, 9, 0, 1, 1, 1},  {1, 10, 0, 2, 3, 2},
                               {1, 14, 0, 0, 2, 3}, {2, 8, 30, 1, 0, 4}, {2, 11, 0, 0, 1, 0},
                               {3, 9, 30, 2, 2, 1}, {3, 15, 0, 1, 0, 2}, {4, 8, 0, 0, 0, 3},
                               {4, 10, 0, 2, 3, 4}};
    AppointmentRepository appointments(db);
    for (const Plan &plan : plans) {
        const qint64 pid = people[plan.who];
        const qint64 tid = typeIds[plan.type];
        auto minutes = practitioners.durationFor(pid, tid);
        if (!minutes)
            return Status::failure(minutes.error());
        const qint64 start =
            QDateTime(monday.addDays(plan.day), QTime(plan.hour, plan.minute), zone)
                .toMSecsSinceEpoch();
        Appointment a;
        a.practitionerId = pid;
        a.typeId = tid;
        a.patientId = patientIds[plan.patient];
        a.span = {start, start + qint64(minutes.value()) * kMinuteMs};
        a.status = a.span.endMs < now ? AppointmentStatus::Completed : AppointmentStatus::Booked;
        a.createdMs = a.updatedMs = now;
        if (auto stored = appointments.insert(a); !stored)
            return Status::failure(stored.error());
    }
    // A prescription of six sessions over two weeks, booked as one series ("3/6" on a card).
    SeriesRepository series(db);
    auto seriesId = series.create(typeIds[0], now);
    if (!seriesId)
        return Status::failure(seriesId.error());
    for (int day : {0, 2, 3, 7, 9, 10}) {
        auto minutes = practitioners.durationFor(people[1], typeIds[0]);
        if (!minutes)
            return Status::failure(minutes.error());
        const qint64 start =
            QDateTime(monday.addDays(day), QTime(16, 30), zone).toMSecsSinceEpoch();
        Appointment a;
        a.practitionerId = people[1];
        a.typeId = typeIds[0];
        a.patientId = patientIds[4];
        a.span = {start, start + qint64(minutes.value()) * kMinuteMs};
        a.status = a.span.endMs < now ? AppointmentStatus::Completed : AppointmentStatus::Booked;
        a.createdMs = a.updatedMs = now;
        auto stored = appointments.insert(a);
        if (!stored)
            return Status::failure(stored.error());
        if (Status s = series.attach(stored->id, seriesId.value()); !s)
            return s;
    }
    if (!tx.commit())
        return Status::failure(db.lastFailure());
    return success();
}

} // namespace empfang
