#include "demo_practice.h"

#include "domain/appointment.h"
#include "storage/appointment_type_repository.h"
#include "storage/patient_repository.h"
#include "storage/practitioner_repository.h"
#include "storage/schedule_repository.h"
#include "storage/settings_repository.h"
#include "storage/sql.h"

#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace empfang {

namespace {

// SplitMix64: tiny, fast and the same sequence on every platform and standard library (the
// distributions of <random> are not), so a seed names one database everywhere.
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return n <= 1 ? 0 : int(next() % quint64(n)); }
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }

private:
    quint64 m_state;
};

const QStringList &firstNames()
{
    static const QStringList names = {
        QStringLiteral("Anna"),   QStringLiteral("Jonas"),    QStringLiteral("Miriam"),
        QStringLiteral("Lukas"),  QStringLiteral("Sophie"),   QStringLiteral("Max"),
        QStringLiteral("Erika"),  QStringLiteral("Fatma"),    QStringLiteral("Paul"),
        QStringLiteral("Marie"),  QStringLiteral("Leon"),     QStringLiteral("Emma"),
        QStringLiteral("Felix"),  QStringLiteral("Mia"),      QStringLiteral("Noah"),
        QStringLiteral("Hannah"), QStringLiteral("Elias"),    QStringLiteral("Lea"),
        QStringLiteral("Ben"),    QStringLiteral("Lina"),     QStringLiteral("Ahmet"),
        QStringLiteral("Zeynep"), QStringLiteral("Piotr"),    QStringLiteral("Olga"),
        QStringLiteral("Jürgen"), QStringLiteral("Brigitte"), QStringLiteral("Klaus"),
        QStringLiteral("Ursula"), QStringLiteral("Stefan"),   QStringLiteral("Sabine"),
        QStringLiteral("Thomas"), QStringLiteral("Petra"),    QStringLiteral("Michael"),
        QStringLiteral("Monika"), QStringLiteral("Andreas"),  QStringLiteral("Renate"),
        QStringLiteral("Özlem"),  QStringLiteral("Giulia"),   QStringLiteral("Henrik"),
        QStringLiteral("Ingrid"),
    };
    return names;
}

const QStringList &lastNames()
{
    static const QStringList names = {
        QStringLiteral("Müller"),     QStringLiteral("Schmidt"),  QStringLiteral("Schneider"),
        QStringLiteral("Fischer"),    QStringLiteral("Weber"),    QStringLiteral("Meyer"),
        QStringLiteral("Wagner"),     QStringLiteral("Becker"),   QStringLiteral("Schulz"),
        QStringLiteral("Hoffmann"),   QStringLiteral("Koch"),     QStringLiteral("Richter"),
        QStringLiteral("Klein"),      QStringLiteral("Wolf"),     QStringLiteral("Schröder"),
        QStringLiteral("Neumann"),    QStringLiteral("Schwarz"),  QStringLiteral("Braun"),
        QStringLiteral("Zimmermann"), QStringLiteral("Krüger"),   QStringLiteral("Hofmann"),
        QStringLiteral("Hartmann"),   QStringLiteral("Lange"),    QStringLiteral("Werner"),
        QStringLiteral("Krause"),     QStringLiteral("Lehmann"),  QStringLiteral("Köhler"),
        QStringLiteral("Herrmann"),   QStringLiteral("Walter"),   QStringLiteral("König"),
        QStringLiteral("Yılmaz"),     QStringLiteral("Kaya"),     QStringLiteral("Demir"),
        QStringLiteral("Nowak"),      QStringLiteral("Kowalski"), QStringLiteral("Rossi"),
        QStringLiteral("Berger"),     QStringLiteral("Keller"),   QStringLiteral("Vogt"),
        QStringLiteral("Öztürk"),     QStringLiteral("Busch"),    QStringLiteral("Peters"),
        QStringLiteral("Jung"),       QStringLiteral("Hahn"),     QStringLiteral("Frank"),
        QStringLiteral("Roth"),       QStringLiteral("Beck"),     QStringLiteral("Lorenz"),
    };
    return names;
}

struct DemoType
{
    AppointmentType type;
    int weight; // how often it is booked, in percent
};

const QList<DemoType> &demoTypes()
{
    static const QList<DemoType> types = {
        {{0, QStringLiteral("Krankengymnastik"), 20, 0, 5, QStringLiteral("#76b7b2"), true}, 40},
        {{0, QStringLiteral("Manuelle Therapie"), 25, 0, 5, QStringLiteral("#edc948"), true}, 25},
        {{0, QStringLiteral("Lymphdrainage"), 45, 5, 10, QStringLiteral("#ff9da7"), true}, 15},
        {{0, QStringLiteral("Erstgespräch"), 50, 0, 10, QStringLiteral("#9c755f"), true}, 10},
        {{0, QStringLiteral("Massage"), 30, 0, 0, QStringLiteral("#59a14f"), true}, 10},
    };
    return types;
}

const QStringList kColors = {QStringLiteral("#4e79a7"), QStringLiteral("#59a14f"),
                             QStringLiteral("#b07aa1"), QStringLiteral("#f28e2b"),
                             QStringLiteral("#e15759"), QStringLiteral("#76b7b2")};

// A working interval in minutes after local midnight.
struct Shift
{
    int weekday;
    int from;
    int to;
};

QList<Shift> shiftsFor(Random &random)
{
    QList<Shift> out;
    switch (random.below(4)) {
    case 0: // part time: mornings only
        for (int d = 1; d <= 5; ++d)
            out.append({d, 8 * 60, 13 * 60});
        break;
    case 1: // late shift
        for (int d = 1; d <= 5; ++d) {
            out.append({d, 10 * 60, 13 * 60});
            out.append({d, 14 * 60, 19 * 60});
        }
        break;
    default: // full time with lunch break, short Friday, one free afternoon
    {
        const int freeAfternoon = 1 + random.below(4);
        for (int d = 1; d <= 5; ++d) {
            out.append({d, 8 * 60, 12 * 60 + 30});
            if (d == 5)
                out.append({d, 13 * 60 + 30, 15 * 60});
            else if (d != freeAfternoon)
                out.append({d, 13 * 60 + 30, 18 * 60});
        }
    }
    }
    return out;
}

// Local midnight of a weekday in the practice zone. Clocks change on Sunday nights only, so
// the working times of a weekday are this plus their minutes.
qint64 localMidnight(const QDate &day, const QTimeZone &zone)
{
    return QDateTime(day, QTime(12, 0), zone).toMSecsSinceEpoch() - 12 * 60 * kMinuteMs;
}

} // namespace

QString DemoPractice::validate(const DemoPracticeSpec &spec)
{
    if (spec.practitioners < 1 || spec.practitioners > 500)
        return tr("The number of practitioners must lie between 1 and 500.");
    if (spec.appointments < 0 || spec.appointments > 5000000)
        return tr("The number of appointments must lie between 0 and 5000000.");
    if (spec.years < 1 || spec.years > 30)
        return tr("The number of years must lie between 1 and 30.");
    if (!spec.today.isValid())
        return tr("The day of the generated practice is not valid.");
    return {};
}

Result<DemoPracticeReport> DemoPractice::generate(Database &db, const DemoPracticeSpec &spec)
{
    using R = Result<DemoPracticeReport>;
    if (const QString invalid = validate(spec); !invalid.isEmpty())
        return R::failure(invalid);
    WriteTransaction tx(db);
    if (!tx.started())
        return R::failure(db.lastFailure());
    QString error;
    {
        QSqlQuery q(db.connection());
        if (!sql::run(q,
                      QStringLiteral("SELECT (SELECT COUNT(*) FROM practitioners) + "
                                     "(SELECT COUNT(*) FROM appointment_types) + "
                                     "(SELECT COUNT(*) FROM patients) + "
                                     "(SELECT COUNT(*) FROM appointments)"),
                      {}, &error))
            return R::failure(error);
        if (!q.next() || q.value(0).toLongLong() != 0)
            return R::failure(tr("The database is not empty. A demo practice is only generated "
                                 "into a new, empty database; nothing was changed."));
    }

    Random random(spec.seed);
    PracticeSettings settings;
    settings.name = QStringLiteral("Demo-Praxis (generiert)");
    if (Status s = SettingsRepository(db).save(settings); !s)
        return R::failure(s.error());
    const QTimeZone zone = settings.timeZone();
    DemoPracticeReport report;

    // Types.
    QList<qint64> typeIds;
    QList<int> typeWeights;
    AppointmentTypeRepository types(db);
    for (const DemoType &t : demoTypes()) {
        auto stored = types.add(t.type);
        if (!stored)
            return R::failure(stored.error());
        typeIds << stored->id;
        typeWeights << t.weight;
    }
    report.types = int(typeIds.size());
    auto pickType = [&]() {
        int r = random.below(100);
        for (int i = 0; i < typeWeights.size(); ++i) {
            if (r < typeWeights[i])
                return i;
            r -= typeWeights[i];
        }
        return 0;
    };

    // Practitioners, their hours and holidays.
    const QDate firstDay = spec.today.addYears(-spec.years);
    const QDate lastDay = spec.today.addMonths(3).addDays(-1);
    PractitionerRepository practitioners(db);
    ScheduleRepository schedule(db);
    struct Person
    {
        qint64 id;
        QList<Shift> shifts;
        QList<std::pair<QDate, QDate>> holidays;
    };
    QList<Person> people;
    const QStringList &firsts = firstNames();
    const QStringList &lasts = lastNames();
    for (int i = 0; i < spec.practitioners; ++i) {
        QString name = firsts.at(i % firsts.size()) + u' ' + lasts.at((i * 7) % lasts.size());
        if (i >= firsts.size())
            name += QStringLiteral(" %1").arg(i / firsts.size() + 1);
        if (i % 5 == 2)
            name.prepend(QStringLiteral("Dr. "));
        auto p = practitioners.add(name, kColors.at(i % kColors.size()));
        if (!p)
            return R::failure(p.error());
        Person person{p->id, shiftsFor(random), {}};
        for (const Shift &s : std::as_const(person.shifts)) {
            if (auto h = schedule.addHours(WeeklyHours{0,
                                                       p->id,
                                                       s.weekday,
                                                       QTime(0, 0).addSecs(s.from * 60),
                                                       QTime(0, 0).addSecs(s.to * 60),
                                                       {},
                                                       {}});
                !h)
                return R::failure(h.error());
        }
        // Two weeks in summer and one more week each year.
        for (int year = firstDay.year(); year <= lastDay.year(); ++year) {
            const QDate summer = QDate(year, 1, 4).addDays(7 * (26 + random.below(7)));
            const QDate other = QDate(year, 1, 4).addDays(7 * (2 + random.below(45)));
            for (const auto &[from, weeks] : {std::pair{summer, 2}, std::pair{other, 1}}) {
                const QDate monday = from.addDays(1 - from.dayOfWeek());
                const QDate end = monday.addDays(7 * weeks - 1);
                if (end < firstDay || monday > lastDay)
                    continue;
                person.holidays.append({monday, end});
                Absence a{0,
                          p->id,
                          {localMidnight(monday, zone), localMidnight(end.addDays(1), zone)},
                          QStringLiteral("Urlaub")};
                if (auto stored = schedule.addAbsence(a); !stored)
                    return R::failure(stored.error());
                ++report.absences;
            }
        }
        people.append(person);
    }
    report.practitioners = int(people.size());
    // Created when the history starts, not now: the same seed gives the same rows.
    {
        QSqlQuery q(db.connection());
        if (!sql::run(q, QStringLiteral("UPDATE practitioners SET created_ms = ?"),
                      {localMidnight(firstDay, zone)}, &error))
            return R::failure(error);
    }

    // Patients: about one for every eight appointments.
    const int patientCount = std::max(1, spec.appointments / 8);
    {
        QSqlQuery insert(db.connection());
        if (!insert.prepare(QStringLiteral("INSERT INTO patients (name, birth_date, phone, "
                                           "email, created_ms, updated_ms, name_key) "
                                           "VALUES (?, ?, ?, '', ?, ?, ?)")))
            return R::failure(Database::queryFailed(insert));
        const qint64 created = localMidnight(firstDay, zone);
        for (int i = 0; i < patientCount; ++i) {
            const QString name = firsts.at(random.below(int(firsts.size()))) + u' ' +
                                 lasts.at(random.below(int(lasts.size())));
            const QDate birth = QDate(1935, 1, 1).addDays(random.below(80 * 365));
            const QString phone = QStringLiteral("0%1 %2")
                                      .arg(30 + random.below(9900))
                                      .arg(100000 + random.below(9000000));
            insert.bindValue(0, name);
            insert.bindValue(1, birth.toString(Qt::ISODate));
            insert.bindValue(2, phone);
            insert.bindValue(3, created);
            insert.bindValue(4, created);
            insert.bindValue(5, PatientRepository::nameKey(name));
            if (!insert.exec())
                return R::failure(Database::queryFailed(insert));
        }
        report.patients = patientCount;
    }
    // Patient ids are 1..n in a new database; asked rather than assumed.
    qint64 firstPatient = 1;
    {
        QSqlQuery q(db.connection());
        if (sql::run(q, QStringLiteral("SELECT MIN(id) FROM patients"), {}, &error) && q.next())
            firstPatient = q.value(0).toLongLong();
    }

    // Appointments: every working day gets its share; the coming months fill up less the
    // further out they lie, as in a real calendar.
    auto weightOf = [&](const QDate &day) {
        if (day < spec.today)
            return 1.0;
        return 1.0 - 0.7 * double(spec.today.daysTo(day)) / 92.0;
    };
    auto onHoliday = [](const Person &p, const QDate &day) {
        for (const auto &[from, to] : p.holidays) {
            if (day >= from && day <= to)
                return true;
        }
        return false;
    };
    double totalWeight = 0;
    for (const Person &p : std::as_const(people)) {
        for (QDate day = firstDay; day <= lastDay; day = day.addDays(1)) {
            const bool works = std::any_of(p.shifts.cbegin(), p.shifts.cend(), [&](const Shift &s) {
                return s.weekday == day.dayOfWeek();
            });
            if (works && !onHoliday(p, day))
                totalWeight += weightOf(day);
        }
    }
    if (totalWeight <= 0 && spec.appointments > 0)
        return R::failure(tr("There are no working days to fill with appointments."));

    QSqlQuery insert(db.connection());
    if (!insert.prepare(QStringLiteral("INSERT INTO appointments (practitioner_id, type_id, "
                                       "patient_id, start_ms, end_ms, status, note, created_ms, "
                                       "updated_ms) VALUES (?, ?, ?, ?, ?, ?, '', ?, ?)")))
        return R::failure(Database::queryFailed(insert));
    const QList<DemoType> &typeList = demoTypes();
    double cumulative = 0;
    int placed = 0;
    QHash<qint64, qint64> midnights; // by Julian day
    for (const Person &p : std::as_const(people)) {
        for (QDate day = firstDay; day <= lastDay; day = day.addDays(1)) {
            QList<Shift> today;
            for (const Shift &s : p.shifts) {
                if (s.weekday == day.dayOfWeek())
                    today << s;
            }
            if (today.isEmpty() || onHoliday(p, day))
                continue;
            cumulative += weightOf(day);
            const int want =
                int(std::llround(double(spec.appointments) * cumulative / totalWeight)) - placed;
            if (want <= 0)
                continue;
            auto midnight = midnights.find(day.toJulianDay());
            if (midnight == midnights.end())
                midnight = midnights.insert(day.toJulianDay(), localMidnight(day, zone));
            int available = 0;
            for (const Shift &s : std::as_const(today))
                available += s.to - s.from;
            // Gaps spread the day's appointments over all its shifts.
            const double meanGap = std::max(0.0, double(available - want * 35) / (want + 1));
            int done = 0;
            for (const Shift &s : std::as_const(today)) {
                int cursor = s.from; // minutes; buffers of the previous appointment included
                while (done < want) {
                    const int typeIndex = pickType();
                    const DemoType &t = typeList.at(typeIndex);
                    // The gap never pushes the appointment out of the shift: a shift with
                    // room gets its appointment, so the total always comes out exactly.
                    const int room = s.to - cursor - t.type.bufferBeforeMinutes - t.type.minutes;
                    if (room < 0)
                        break;
                    const int gap =
                        std::min(room, 5 * int(std::lround(random.unit() * 2 * meanGap / 5)));
                    const int start = cursor + gap + t.type.bufferBeforeMinutes;
                    const int end = start + t.type.minutes;
                    cursor = end + t.type.bufferAfterMinutes;
                    const bool past = day < spec.today;
                    const int roll = random.below(100);
                    const AppointmentStatus status =
                        past ? (roll < 90   ? AppointmentStatus::Completed
                                : roll < 97 ? AppointmentStatus::Cancelled
                                            : AppointmentStatus::NoShow)
                             : (roll < 96 ? AppointmentStatus::Booked
                                          : AppointmentStatus::Cancelled);
                    const qint64 startMs = midnight.value() + qint64(start) * kMinuteMs;
                    const qint64 endMs = midnight.value() + qint64(end) * kMinuteMs;
                    const qint64 createdMs =
                        startMs - qint64(1 + random.below(60)) * 24 * 60 * kMinuteMs;
                    insert.bindValue(0, p.id);
                    insert.bindValue(1, typeIds.at(typeIndex));
                    insert.bindValue(2, firstPatient + random.below(patientCount));
                    insert.bindValue(3, startMs);
                    insert.bindValue(4, endMs);
                    insert.bindValue(5, statusKey(status));
                    insert.bindValue(6, createdMs);
                    insert.bindValue(7, past ? endMs : createdMs);
                    if (!insert.exec())
                        return R::failure(Database::queryFailed(insert));
                    ++done;
                }
            }
            placed += done;
        }
    }
    if (placed < spec.appointments)
        return R::failure(tr("%1 appointments do not fit into the working hours of %2 "
                             "practitioner(s) in %3 year(s); at most about %4 do.")
                              .arg(spec.appointments)
                              .arg(spec.practitioners)
                              .arg(spec.years)
                              .arg(placed));
    report.appointments = placed;
    if (!tx.commit())
        return R::failure(db.lastFailure());
    return report;
}

} // namespace empfang
