// The repositories are where bad input from the settings dialog and the CLI ends: every
// refusal must come with a sentence and leave the database as it was.
#include "storage/appointment_repository.h"
#include "storage/appointment_type_repository.h"
#include "storage/patient_repository.h"
#include "storage/practitioner_repository.h"
#include "storage/schedule_repository.h"
#include "storage/settings_repository.h"
#include "test_database.h"

#include <QSqlQuery>
#include <QTest>

using namespace empfang;
using empfang::test::TestDatabase;

namespace {

int countRows(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !q.next())
        return -1;
    return q.value(0).toInt();
}

AppointmentType type(const QString &name, int minutes, int before = 0, int after = 0)
{
    AppointmentType t;
    t.name = name;
    t.minutes = minutes;
    t.bufferBeforeMinutes = before;
    t.bufferAfterMinutes = after;
    return t;
}

QStringList names(const QList<Patient> &patients)
{
    QStringList out;
    for (const Patient &p : patients)
        out << p.name;
    return out;
}

} // namespace

class TestRepositories : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void practitionerNeedsAName_data();
    void practitionerNeedsAName();
    void practitionerUpdateAndUnknownId();
    void appointmentTypeValidation_data();
    void appointmentTypeValidation();
    void workingHoursValidation_data();
    void workingHoursValidation();
    void hoursForAnUnknownPractitionerAreRefused();
    void hoursRoundTripWithValidity();
    void absenceMustEndAfterItStarts();
    void absencesAreFoundByOverlap();
    void settingsValidation_data();
    void settingsValidation();
    void settingsRoundTripAndDamagedRowsFallBack();

    void practitionerOffersEveryTypeUnlessRestricted();
    void offerCanOverrideTheDuration();
    void durationForUnknownIdsSaysWhich();

    void patientSearch_data();
    void patientSearch();
    void patientSearchTreatsWildcardsLiterally();
    void patientValidationAndByName();

    void appointmentListFindsOverlapsAndOccupiedIncludesBuffers();

private:
    std::unique_ptr<TestDatabase> t;
    Database &db() { return *t->db; }
};

void TestRepositories::init()
{
    t = std::make_unique<TestDatabase>();
}

void TestRepositories::cleanup()
{
    t.reset();
}

void TestRepositories::practitionerNeedsAName_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("blanks") << QStringLiteral("   ");
    QTest::newRow("tab and newline") << QStringLiteral("\t\n");
}

void TestRepositories::practitionerNeedsAName()
{
    QFETCH(QString, name);
    auto added = PractitionerRepository(db()).add(name);
    QVERIFY(!added);
    QVERIFY(!added.error().isEmpty());
    QCOMPARE(countRows(db(), QStringLiteral("practitioners")), 0);
}

void TestRepositories::practitionerUpdateAndUnknownId()
{
    PractitionerRepository repo(db());
    auto p = repo.add(QStringLiteral("  Dr. Anna Weber "));
    QVERIFY2(p, qPrintable(p.error()));
    QCOMPARE(p->name, QStringLiteral("Dr. Anna Weber"));
    QCOMPARE(repo.find(p->id)->name, QStringLiteral("Dr. Anna Weber"));

    Practitioner changed = p.value();
    changed.name = QString();
    QVERIFY(!repo.update(changed));
    changed.name = QStringLiteral("Dr. Anna Weber-Schulz");
    changed.active = false;
    QVERIFY(repo.update(changed));
    QCOMPARE(repo.list().value().size(), 0);     // inactive ones are hidden…
    QCOMPARE(repo.list(true).value().size(), 1); // …unless asked for
    changed.id = 4711;
    auto unknown = repo.update(changed);
    QVERIFY(!unknown);
    QVERIFY(unknown.error().contains(QStringLiteral("4711")));
    QVERIFY(!repo.find(4711));
}

void TestRepositories::appointmentTypeValidation_data()
{
    QTest::addColumn<AppointmentType>("input");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("fine") << type(QStringLiteral("KG"), 30, 5, 10) << true;
    QTest::newRow("one minute") << type(QStringLiteral("KG"), 1) << true;
    QTest::newRow("a whole day") << type(QStringLiteral("KG"), 24 * 60) << true;
    QTest::newRow("empty name") << type(QString(), 30) << false;
    QTest::newRow("blank name") << type(QStringLiteral("  "), 30) << false;
    QTest::newRow("0 minutes") << type(QStringLiteral("KG"), 0) << false;
    QTest::newRow("negative minutes") << type(QStringLiteral("KG"), -30) << false;
    QTest::newRow("over a day") << type(QStringLiteral("KG"), 24 * 60 + 1) << false;
    QTest::newRow("negative buffer before") << type(QStringLiteral("KG"), 30, -1) << false;
    QTest::newRow("negative buffer after") << type(QStringLiteral("KG"), 30, 0, -5) << false;
    QTest::newRow("huge buffer") << type(QStringLiteral("KG"), 30, 0, 24 * 60 + 1) << false;
}

void TestRepositories::appointmentTypeValidation()
{
    QFETCH(AppointmentType, input);
    QFETCH(bool, accepted);
    AppointmentTypeRepository repo(db());
    auto added = repo.add(input);
    QCOMPARE(added.ok(), accepted);
    QCOMPARE(countRows(db(), QStringLiteral("appointment_types")), accepted ? 1 : 0);
    if (accepted) {
        auto found = repo.find(added->id);
        QCOMPARE(found->minutes, input.minutes);
        QCOMPARE(found->bufferBeforeMinutes, input.bufferBeforeMinutes);
        QCOMPARE(found->bufferAfterMinutes, input.bufferAfterMinutes);
    } else {
        QVERIFY(!added.error().isEmpty());
        // update() refuses the same input on an existing row and keeps the old values.
        auto existing = repo.add(type(QStringLiteral("Massage"), 20));
        QVERIFY(existing);
        input.id = existing->id;
        QVERIFY(!repo.update(input));
        QCOMPARE(repo.find(existing->id)->minutes, 20);
    }
}

void TestRepositories::workingHoursValidation_data()
{
    QTest::addColumn<int>("weekday");
    QTest::addColumn<QTime>("from");
    QTest::addColumn<QTime>("to");
    QTest::addColumn<QDate>("validFrom");
    QTest::addColumn<QDate>("validTo");
    QTest::addColumn<bool>("accepted");
    const QTime eight(8, 0), twelve(12, 0);
    QTest::newRow("Monday") << 1 << eight << twelve << QDate() << QDate() << true;
    QTest::newRow("Sunday") << 7 << eight << twelve << QDate() << QDate() << true;
    QTest::newRow("weekday 0") << 0 << eight << twelve << QDate() << QDate() << false;
    QTest::newRow("weekday 8") << 8 << eight << twelve << QDate() << QDate() << false;
    QTest::newRow("end equals start") << 1 << eight << eight << QDate() << QDate() << false;
    QTest::newRow("end before start") << 1 << twelve << eight << QDate() << QDate() << false;
    QTest::newRow("invalid start (25:00)")
        << 1 << QTime(25, 0) << twelve << QDate() << QDate() << false;
    QTest::newRow("missing end") << 1 << eight << QTime() << QDate() << QDate() << false;
    QTest::newRow("validity one day")
        << 1 << eight << twelve << QDate(2027, 1, 4) << QDate(2027, 1, 4) << true;
    QTest::newRow("validity backwards")
        << 1 << eight << twelve << QDate(2027, 1, 5) << QDate(2027, 1, 4) << false;
}

void TestRepositories::workingHoursValidation()
{
    QFETCH(int, weekday);
    QFETCH(QTime, from);
    QFETCH(QTime, to);
    QFETCH(QDate, validFrom);
    QFETCH(QDate, validTo);
    QFETCH(bool, accepted);
    auto p = PractitionerRepository(db()).add(QStringLiteral("Weber"));
    QVERIFY(p);
    auto added = ScheduleRepository(db()).addHours(
        WeeklyHours{0, p->id, weekday, from, to, validFrom, validTo});
    QCOMPARE(added.ok(), accepted);
    QCOMPARE(countRows(db(), QStringLiteral("working_hours")), accepted ? 1 : 0);
    if (!accepted)
        QVERIFY(!added.error().isEmpty());
}

void TestRepositories::hoursForAnUnknownPractitionerAreRefused()
{
    auto added =
        ScheduleRepository(db()).addHours(WeeklyHours{0, 99, 1, QTime(8, 0), QTime(12, 0), {}, {}});
    QVERIFY(!added);
    QVERIFY(added.error().contains(QStringLiteral("99")));
}

void TestRepositories::hoursRoundTripWithValidity()
{
    auto p = PractitionerRepository(db()).add(QStringLiteral("Weber"));
    ScheduleRepository repo(db());
    QVERIFY(repo.addHours({0, p->id, 3, QTime(14, 0), QTime(18, 30), {}, {}}));
    QVERIFY(repo.addHours(
        {0, p->id, 3, QTime(8, 15), QTime(12, 0), QDate(2027, 1, 1), QDate(2027, 6, 30)}));
    const QList<WeeklyHours> h = repo.hours(p->id).value();
    QCOMPARE(h.size(), 2);
    QCOMPARE(h.at(0).from, QTime(8, 15)); // ordered by start
    QCOMPARE(h.at(0).validFrom, QDate(2027, 1, 1));
    QCOMPARE(h.at(0).validTo, QDate(2027, 6, 30));
    QCOMPARE(h.at(1).to, QTime(18, 30));
    QVERIFY(h.at(1).validFrom.isNull());
    QVERIFY(h.at(1).validTo.isNull());
    QVERIFY(repo.removeHours(h.at(0).id));
    QCOMPARE(repo.hours(p->id).value().size(), 1);
}

void TestRepositories::absenceMustEndAfterItStarts()
{
    auto p = PractitionerRepository(db()).add(QStringLiteral("Weber"));
    ScheduleRepository repo(db());
    const qint64 t0 = TestDatabase::berlin(QDate(2026, 12, 8), QTime(8, 0));
    QVERIFY(!repo.addAbsence({0, p->id, {t0, t0}, {}}));
    QVERIFY(!repo.addAbsence({0, p->id, {t0, t0 - 1}, {}}));
    QVERIFY(!repo.addAbsence({0, 4711, {t0, t0 + kMinuteMs}, {}}));
    QCOMPARE(countRows(db(), QStringLiteral("absences")), 0);
    QVERIFY(repo.addAbsence({0, p->id, {t0, t0 + kMinuteMs}, QStringLiteral(" Fortbildung ")}));
    QCOMPARE(repo.absences(p->id, {t0, t0 + 1}).value().first().reason,
             QStringLiteral("Fortbildung"));
}

void TestRepositories::absencesAreFoundByOverlap()
{
    auto p = PractitionerRepository(db()).add(QStringLiteral("Weber"));
    ScheduleRepository repo(db());
    const qint64 h = 60 * kMinuteMs;
    const qint64 t0 = TestDatabase::berlin(QDate(2026, 12, 8), QTime(8, 0));
    QVERIFY(repo.addAbsence({0, p->id, {t0, t0 + h}, {}}));
    QCOMPARE(repo.absences(p->id, {t0 + h, t0 + 2 * h}).value().size(), 0); // touching after
    QCOMPARE(repo.absences(p->id, {t0 - h, t0}).value().size(), 0);         // touching before
    QCOMPARE(repo.absences(p->id, {t0 + h - 1, t0 + 2 * h}).value().size(), 1);
    QCOMPARE(repo.absences(p->id + 1, {t0, t0 + h}).value().size(), 0);
}

void TestRepositories::settingsValidation_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("defaults") << QString() << QVariant() << true;
    QTest::newRow("empty name") << QStringLiteral("name") << QVariant(QStringLiteral(" ")) << false;
    QTest::newRow("unknown zone") << QStringLiteral("zone") << QVariant(QByteArray("Mars/Olympus"))
                                  << false;
    QTest::newRow("Vienna") << QStringLiteral("zone") << QVariant(QByteArray("Europe/Vienna"))
                            << true;
    QTest::newRow("step 0") << QStringLiteral("step") << QVariant(0) << false;
    QTest::newRow("step 1") << QStringLiteral("step") << QVariant(1) << true;
    QTest::newRow("step 240") << QStringLiteral("step") << QVariant(240) << true;
    QTest::newRow("step 241") << QStringLiteral("step") << QVariant(241) << false;
    QTest::newRow("notice -1") << QStringLiteral("notice") << QVariant(-1) << false;
    QTest::newRow("notice 90 days") << QStringLiteral("notice") << QVariant(60 * 24 * 90) << true;
    QTest::newRow("notice over 90 days")
        << QStringLiteral("notice") << QVariant(60 * 24 * 90 + 1) << false;
    QTest::newRow("horizon 0") << QStringLiteral("horizon") << QVariant(0) << false;
    QTest::newRow("horizon 3650") << QStringLiteral("horizon") << QVariant(3650) << true;
    QTest::newRow("horizon 3651") << QStringLiteral("horizon") << QVariant(3651) << false;
}

void TestRepositories::settingsValidation()
{
    QFETCH(QString, field);
    QFETCH(QVariant, value);
    QFETCH(bool, accepted);
    PracticeSettings s;
    if (field == QLatin1String("name"))
        s.name = value.toString();
    else if (field == QLatin1String("zone"))
        s.timeZoneId = value.toByteArray();
    else if (field == QLatin1String("step"))
        s.slotStepMinutes = value.toInt();
    else if (field == QLatin1String("notice"))
        s.minimumNoticeMinutes = value.toInt();
    else if (field == QLatin1String("horizon"))
        s.horizonDays = value.toInt();
    QCOMPARE(SettingsRepository::validate(s).isEmpty(), accepted);
    SettingsRepository repo(db());
    QCOMPARE(repo.save(s).ok(), accepted);
    // A refused save changes nothing: the stored settings stay the defaults.
    const PracticeSettings loaded = repo.load();
    const PracticeSettings expected = accepted ? s : PracticeSettings();
    QCOMPARE(loaded.timeZoneId, expected.timeZoneId);
    QCOMPARE(loaded.slotStepMinutes, expected.slotStepMinutes);
    QCOMPARE(loaded.minimumNoticeMinutes, expected.minimumNoticeMinutes);
    QCOMPARE(loaded.horizonDays, expected.horizonDays);
}

void TestRepositories::settingsRoundTripAndDamagedRowsFallBack()
{
    SettingsRepository repo(db());
    PracticeSettings s;
    s.name = QStringLiteral("Physio am Markt");
    s.timeZoneId = "Europe/Zurich";
    s.slotStepMinutes = 15;
    s.minimumNoticeMinutes = 120;
    s.horizonDays = 90;
    QVERIFY(repo.save(s));
    QVERIFY(repo.save(s)); // saving twice replaces, not duplicates
    PracticeSettings loaded = repo.load();
    QCOMPARE(loaded.name, s.name);
    QCOMPARE(loaded.timeZoneId, s.timeZoneId);
    QCOMPARE(loaded.slotStepMinutes, 15);
    QCOMPARE(loaded.minimumNoticeMinutes, 120);
    QCOMPARE(loaded.horizonDays, 90);

    QSqlQuery q(db().connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE settings SET value = 'oops' "
                                  "WHERE key = 'slots.stepMinutes'")));
    loaded = repo.load();
    QCOMPARE(loaded.slotStepMinutes, PracticeSettings().slotStepMinutes);
    QCOMPARE(loaded.timeZoneId, PracticeSettings().timeZoneId);
}

void TestRepositories::practitionerOffersEveryTypeUnlessRestricted()
{
    PractitionerRepository practitioners(db());
    AppointmentTypeRepository types(db());
    auto p = practitioners.add(QStringLiteral("Weber"));
    auto kg = types.add(type(QStringLiteral("Krankengymnastik"), 30));
    auto massage = types.add(type(QStringLiteral("Massage"), 20));
    QVERIFY(p && kg && massage);

    QCOMPARE(practitioners.durationFor(p->id, kg->id).value(), 30);
    QCOMPARE(practitioners.durationFor(p->id, massage->id).value(), 20);

    QVERIFY(practitioners.setOffers(p->id, {TypeOffer{kg->id, std::nullopt}}));
    QCOMPARE(practitioners.durationFor(p->id, kg->id).value(), 30);
    auto notOffered = practitioners.durationFor(p->id, massage->id);
    QVERIFY(!notOffered);
    QVERIFY2(notOffered.error().contains(QStringLiteral("Massage")),
             qPrintable(notOffered.error()));

    QVERIFY(practitioners.setOffers(p->id, {})); // back to "everything"
    QCOMPARE(practitioners.durationFor(p->id, massage->id).value(), 20);
}

void TestRepositories::offerCanOverrideTheDuration()
{
    PractitionerRepository practitioners(db());
    auto p = practitioners.add(QStringLiteral("Weber"));
    auto other = practitioners.add(QStringLiteral("Schulz"));
    auto kg = AppointmentTypeRepository(db()).add(type(QStringLiteral("KG"), 30));
    QVERIFY(practitioners.setOffers(p->id, {TypeOffer{kg->id, 45}}));
    QCOMPARE(practitioners.durationFor(p->id, kg->id).value(), 45);
    QCOMPARE(practitioners.durationFor(other->id, kg->id).value(), 30);

    QVERIFY(!practitioners.setOffers(p->id, {TypeOffer{kg->id, 0}}));
    QCOMPARE(practitioners.durationFor(p->id, kg->id).value(), 45); // unchanged
    const QList<TypeOffer> offers = practitioners.offers(p->id).value();
    QCOMPARE(offers.size(), 1);
    QCOMPARE(offers.first().minutes, std::optional<int>(45));
}

void TestRepositories::durationForUnknownIdsSaysWhich()
{
    PractitionerRepository practitioners(db());
    auto p = practitioners.add(QStringLiteral("Weber"));
    auto kg = AppointmentTypeRepository(db()).add(type(QStringLiteral("KG"), 30));
    auto noPractitioner = practitioners.durationFor(4711, kg->id);
    QVERIFY(!noPractitioner);
    QVERIFY(noPractitioner.error().contains(QStringLiteral("4711")));
    auto noType = practitioners.durationFor(p->id, 815);
    QVERIFY(!noType);
    QVERIFY(noType.error().contains(QStringLiteral("815")));
}

void TestRepositories::patientSearch_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("name part, other case")
        << QStringLiteral("müll") << QStringList{QStringLiteral("Hans Müller")};
    QTest::newRow("first name") << QStringLiteral("erika")
                                << QStringList{QStringLiteral("Erika Mustermann")};
    QTest::newRow("two words, any order")
        << QStringLiteral("Mustermann Max") << QStringList{QStringLiteral("Max Mustermann")};
    QTest::newRow("shared part lists both, sorted")
        << QStringLiteral("muster")
        << QStringList{QStringLiteral("Erika Mustermann"), QStringLiteral("Max Mustermann")};
    QTest::newRow("German birth date")
        << QStringLiteral("12.08.1964") << QStringList{QStringLiteral("Erika Mustermann")};
    QTest::newRow("ISO birth date")
        << QStringLiteral("1964-08-12") << QStringList{QStringLiteral("Erika Mustermann")};
    QTest::newRow("birth year") << QStringLiteral("1958")
                                << QStringList{QStringLiteral("Hans Müller")};
    QTest::newRow("phone part") << QStringLiteral("4711")
                                << QStringList{QStringLiteral("Max Mustermann")};
    QTest::newRow("name starting with an umlaut, typed lower case")
        << QStringLiteral("öz") << QStringList{QStringLiteral("Ömer Öztürk")};
    QTest::newRow("name starting with an umlaut, typed as written")
        << QStringLiteral("Öztürk") << QStringList{QStringLiteral("Ömer Öztürk")};
    QTest::newRow("umlaut name in capitals")
        << QStringLiteral("ÖMER") << QStringList{QStringLiteral("Ömer Öztürk")};
    QTest::newRow("no match") << QStringLiteral("Schmidt") << QStringList{};
    QTest::newRow("name and date must both match")
        << QStringLiteral("Max 12.08.1964") << QStringList{};
}

void TestRepositories::patientSearch()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    PatientRepository repo(db());
    QVERIFY(repo.add({0,
                      QStringLiteral("Erika Mustermann"),
                      QDate(1964, 8, 12),
                      QStringLiteral("030 123456"),
                      {}}));
    QVERIFY(repo.add(
        {0, QStringLiteral("Max Mustermann"), QDate(1970, 1, 2), QStringLiteral("0171 4711"), {}}));
    QVERIFY(repo.add({0, QStringLiteral("Hans Müller"), QDate(1958, 3, 4), {}, {}}));
    QVERIFY(repo.add({0, QStringLiteral("Ömer Öztürk"), {}, {}, {}}));
    auto found = repo.search(text);
    QVERIFY2(found, qPrintable(found.error()));
    QCOMPARE(names(found.value()), expected);
}

void TestRepositories::patientSearchTreatsWildcardsLiterally()
{
    PatientRepository repo(db());
    QVERIFY(repo.add({0, QStringLiteral("Erika Mustermann"), {}, {}, {}}));
    QVERIFY(repo.add({0, QStringLiteral("Anna 100% Sicher"), {}, {}, {}}));
    QCOMPARE(names(repo.search(QStringLiteral("%")).value()),
             QStringList{QStringLiteral("Anna 100% Sicher")});
    QCOMPARE(names(repo.search(QStringLiteral("_")).value()), QStringList{});
    QCOMPARE(repo.search(QString()).value().size(), 2); // empty text lists everyone
    QCOMPARE(repo.search(QString(), 1).value().size(), 1);
}

void TestRepositories::patientValidationAndByName()
{
    PatientRepository repo(db());
    QVERIFY(!repo.add({0, QStringLiteral("  "), {}, {}, {}}));
    QVERIFY(!repo.add({0, QStringLiteral("Baby"), QDate::currentDate().addDays(1), {}, {}}));
    QCOMPARE(countRows(db(), QStringLiteral("patients")), 0);
    auto p = repo.add({0, QStringLiteral(" Erika Mustermann "), QDate(1964, 8, 12), {}, {}});
    QVERIFY2(p, qPrintable(p.error()));
    QCOMPARE(repo.byName(QStringLiteral("erika mustermann ")).value().size(), 1);
    QCOMPARE(repo.byName(QStringLiteral("Erika")).value().size(), 0);
    QCOMPARE(repo.find(p->id)->birthDate, QDate(1964, 8, 12));
}

void TestRepositories::appointmentListFindsOverlapsAndOccupiedIncludesBuffers()
{
    auto p = PractitionerRepository(db()).add(QStringLiteral("Weber"));
    auto kg = AppointmentTypeRepository(db()).add(type(QStringLiteral("KG"), 30, 10, 15));
    auto patient = PatientRepository(db()).add({0, QStringLiteral("Erika"), {}, {}, {}});
    const qint64 start = TestDatabase::berlin(QDate(2026, 12, 8), QTime(9, 0));
    Appointment a;
    a.practitionerId = p->id;
    a.typeId = kg->id;
    a.patientId = patient->id;
    a.span = {start, start + 30 * kMinuteMs};
    AppointmentRepository repo(db());
    auto stored = repo.insert(a);
    QVERIFY2(stored, qPrintable(stored.error()));
    QCOMPARE(stored->patientName, QStringLiteral("Erika"));
    QCOMPARE(stored->typeName, QStringLiteral("KG"));
    QCOMPARE(stored->status, AppointmentStatus::Booked);

    QCOMPARE(repo.list({start + 30 * kMinuteMs, start + 60 * kMinuteMs}).value().size(), 0);
    QCOMPARE(repo.list({start - kMinuteMs, start + 1}).value().size(), 1);
    QCOMPARE(repo.list({start, start + 1}, p->id + 1).value().size(), 0);

    const QList<Interval> occ = repo.occupied(p->id, {start, start + 1}).value();
    QCOMPARE(occ, (QList<Interval>{{start - 10 * kMinuteMs, start + 45 * kMinuteMs}}));
    QCOMPARE(repo.occupied(p->id, {start, start + 1}, stored->id).value().size(), 0);

    QVERIFY(repo.setStatus(stored->id, AppointmentStatus::Cancelled, start));
    QCOMPARE(repo.occupied(p->id, {start, start + 1}).value().size(), 0); // cancelled frees
    QCOMPARE(repo.list({start, start + 1}).value().first().status, AppointmentStatus::Cancelled);
    QVERIFY(!repo.setStatus(4711, AppointmentStatus::Cancelled, start));
}

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
