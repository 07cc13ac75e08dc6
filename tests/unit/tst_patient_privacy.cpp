// GDPR for patients: an export holds everything stored about the person, an erasure leaves
// nothing personal behind but keeps anonymous statistics, the retention cleanup erases what is
// due, and the audit log records all of it without patient data.
#include "booking/series_service.h"
#include "privacy/patient_erasure.h"
#include "privacy/patient_export.h"
#include "privacy/retention_policy.h"
#include "storage/appointment_repository.h"
#include "storage/appointment_type_repository.h"
#include "storage/audit_log.h"
#include "storage/google_event_repository.h"
#include "storage/patient_repository.h"
#include "storage/practitioner_repository.h"
#include "storage/schedule_repository.h"
#include "test_database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace empfang;
using empfang::test::TestDatabase;

namespace {

const QDate kMonday(2026, 12, 7);

qint64 at(int dayOffset, int hour)
{
    return TestDatabase::berlin(kMonday.addDays(dayOffset), QTime(hour, 0));
}

QString scalar(Database &db, const QString &statement)
{
    QSqlQuery q(db.connection());
    if (!q.exec(statement) || !q.next())
        return QStringLiteral("<error>");
    return q.value(0).toString();
}

} // namespace

class TestPatientPrivacy : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void exportHoldsEverythingAboutThePatient();
    void eraseRemovesPersonalDataAndKeepsStatistics();
    void eraseOfUnknownPatientChangesNothing();
    void eraseDeletesPastEventsWhenTheyShowNames();
    void eraseKeepsPastEventsWithoutNames();
    void auditLogHasNoPatientData();
    void refusedChangeLeavesNoAuditEntry();
    void retentionErasesOnlyWhatIsDue();
    void retentionZeroKeepsEverything();

private:
    std::unique_ptr<TestDatabase> t;
    qint64 anna = 0;
    qint64 kg = 0;
    qint64 erika = 0;
    qint64 past = 0;
    qint64 future = 0;

    Database &db() { return *t->db; }

    /// An event Google confirmed for `appointmentId`; `remote` false: its delete was confirmed.
    void synced(qint64 appointmentId, bool remote = true)
    {
        GoogleEventRecord r;
        r.appointmentId = appointmentId;
        r.practitionerId = anna;
        r.calendarId = QStringLiteral("praxis@example.org");
        r.eventId = QStringLiteral("empfang%1").arg(appointmentId);
        r.state = SyncState::Synced;
        if (remote)
            r.remoteSpan = AppointmentRepository(db()).find(appointmentId)->span;
        QVERIFY(GoogleEventRepository(db()).save(r, t->clock.nowMs()));
    }
    /// "appointment:operation:state" of every outbox row, in appointment order.
    QStringList outboxRows()
    {
        QStringList rows;
        QSqlQuery q(db().connection());
        if (!q.exec(QStringLiteral("SELECT appointment_id, operation, state FROM outbox ORDER BY "
                                   "appointment_id")))
            return {QStringLiteral("<error>")};
        while (q.next())
            rows << QStringLiteral("%1:%2:%3")
                        .arg(q.value(0).toLongLong())
                        .arg(q.value(1).toString(), q.value(2).toString());
        return rows;
    }
    /// A past appointment that was cancelled and whose event Google already deleted.
    qint64 cancelledPastWithDeletedEvent()
    {
        const qint64 now = t->clock.nowMs();
        t->clock.set(at(0, 7));
        BookingRequest r;
        r.practitionerId = anna;
        r.typeId = kg;
        r.patientId = erika;
        r.startMs = at(1, 8);
        const qint64 id = t->booking->book(r)->id;
        t->clock.set(now);
        if (!t->booking->cancel(id))
            return 0;
        synced(id, false);
        return id;
    }
};

void TestPatientPrivacy::init()
{
    t = std::make_unique<TestDatabase>();
    anna = PractitionerRepository(db()).add(QStringLiteral("Anna Berger"))->id;
    kg = AppointmentTypeRepository(db())
             .add(AppointmentType{0, QStringLiteral("Krankengymnastik"), 30, 0, 0, {}, true})
             ->id;
    for (int day = 1; day <= 5; ++day)
        QVERIFY(ScheduleRepository(db()).addHours(
            WeeklyHours{0, anna, day, QTime(8, 0), QTime(12, 0), {}, {}}));
    erika = PatientRepository(db())
                .add(Patient{0, QStringLiteral("Erika Mustermann"), QDate(1970, 5, 1),
                             QStringLiteral("0301234"), QStringLiteral("erika@example.org")})
                ->id;
    BookingRequest r;
    r.practitionerId = anna;
    r.typeId = kg;
    r.patientId = erika;
    r.note = QStringLiteral("Knie links");
    r.startMs = at(0, 8);
    past = t->booking->book(r)->id;
    r.startMs = at(2, 9);
    future = t->booking->book(r)->id;
    t->clock.set(at(1, 12)); // the first appointment now lies in the past
}

void TestPatientPrivacy::cleanup()
{
    t.reset();
}

void TestPatientPrivacy::exportHoldsEverythingAboutThePatient()
{
    auto exported = PatientExport(db()).collect(erika, t->clock.nowMs());
    QVERIFY2(exported, qPrintable(exported.error()));
    const QJsonObject o = exported.value();
    const QJsonObject p = o.value(QStringLiteral("patient")).toObject();
    QCOMPARE(p.value(QStringLiteral("name")).toString(), QStringLiteral("Erika Mustermann"));
    QCOMPARE(p.value(QStringLiteral("birthDate")).toString(), QStringLiteral("1970-05-01"));
    QCOMPARE(p.value(QStringLiteral("phone")).toString(), QStringLiteral("0301234"));
    QCOMPARE(p.value(QStringLiteral("email")).toString(), QStringLiteral("erika@example.org"));
    const QJsonArray appointments = o.value(QStringLiteral("appointments")).toArray();
    QCOMPARE(appointments.size(), 2);
    QCOMPARE(appointments.at(0).toObject().value(QStringLiteral("note")).toString(),
             QStringLiteral("Knie links"));
    QCOMPARE(appointments.at(0).toObject().value(QStringLiteral("practitioner")).toString(),
             QStringLiteral("Anna Berger"));
    QCOMPARE(appointments.at(1).toObject().value(QStringLiteral("start")).toString(),
             QStringLiteral("2026-12-09T09:00:00+01:00"));
    QCOMPARE(o.value(QStringLiteral("auditLog")).toArray().size(), 2); // the two bookings
    QVERIFY(PatientExport(db()).recordExport(erika, t->clock.nowMs()));
    QCOMPARE(AuditLog(db()).list()->first().action, QStringLiteral("exported"));
}

void TestPatientPrivacy::eraseRemovesPersonalDataAndKeepsStatistics()
{
    auto erased = PatientErasure(db(), *t->booking, t->clock).erase(erika);
    QVERIFY2(erased, qPrintable(erased.error()));
    QCOMPARE(erased->cancelled, 1);
    QCOMPARE(erased->anonymised, 2);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT COUNT(*) FROM patients")), QStringLiteral("0"));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT COUNT(*) FROM appointments WHERE "
                                         "patient_id IS NOT NULL OR note <> ''")),
             QStringLiteral("0"));
    // Statistics stay: who treated which type when, and that the future one was cancelled.
    auto kept = AppointmentRepository(db()).find(past);
    QVERIFY(kept);
    QCOMPARE(kept->status, AppointmentStatus::Booked);
    QCOMPARE(kept->practitionerId, anna);
    QCOMPARE(kept->span.startMs, at(0, 8));
    QCOMPARE(AppointmentRepository(db()).find(future)->status, AppointmentStatus::Cancelled);
    // Nothing personal anywhere in the file's tables.
    QSqlQuery tables(db().connection());
    QVERIFY(tables.exec(dialect::tableNames(db().dialect())));
    while (tables.next()) {
        QSqlQuery rows(db().connection());
        QVERIFY(rows.exec(QStringLiteral("SELECT * FROM ") + tables.value(0).toString()));
        while (rows.next()) {
            for (int i = 0; i < 12; ++i) {
                const QString cell = rows.value(i).toString();
                QVERIFY2(!cell.contains(QStringLiteral("Mustermann")) &&
                             !cell.contains(QStringLiteral("Knie")) &&
                             !cell.contains(QStringLiteral("0301234")),
                         qPrintable(tables.value(0).toString()));
            }
        }
    }
    auto log = AuditLog(db()).list();
    QCOMPARE(log->first().action, QStringLiteral("erased"));
    QCOMPARE(log->first().patientId, erika);
}

void TestPatientPrivacy::eraseOfUnknownPatientChangesNothing()
{
    auto erased = PatientErasure(db(), *t->booking, t->clock).erase(4711);
    QVERIFY(!erased);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT COUNT(*) FROM patients")), QStringLiteral("1"));
}

void TestPatientPrivacy::eraseDeletesPastEventsWhenTheyShowNames()
{
    QSqlQuery q(db().connection());
    QVERIFY(q.exec(QStringLiteral(
        "INSERT INTO settings (key, value) VALUES ('google.showPatientNames', 'true')")));
    synced(past);
    synced(future);
    const qint64 gone = cancelledPastWithDeletedEvent();
    QVERIFY(gone);
    QVERIFY(outboxRows().isEmpty());
    auto erased = PatientErasure(db(), *t->booking, t->clock).erase(erika);
    QVERIFY2(erased, qPrintable(erased.error()));
    QCOMPARE(erased->cancelled, 1);
    QCOMPARE(erased->eventsRemoved, 1);
    // The past event carries the name: deleted too. The already deleted one is not asked again.
    QCOMPARE(outboxRows(), (QStringList{QStringLiteral("%1:delete:pending").arg(past),
                                        QStringLiteral("%1:delete:pending").arg(future)}));
    // Locally the past appointment stays booked (statistics), only without the patient.
    auto kept = AppointmentRepository(db()).find(past);
    QCOMPARE(kept->status, AppointmentStatus::Booked);
    QCOMPARE(kept->patientId, qint64(0));
    QCOMPARE(GoogleEventRepository(db()).find(past)->value().state, SyncState::Pending);
    QCOMPARE(AppointmentRepository(db()).find(gone)->status, AppointmentStatus::Cancelled);
}

void TestPatientPrivacy::eraseKeepsPastEventsWithoutNames()
{
    synced(past);
    synced(future);
    auto erased = PatientErasure(db(), *t->booking, t->clock).erase(erika);
    QVERIFY2(erased, qPrintable(erased.error()));
    QCOMPARE(erased->eventsRemoved, 0);
    // Without names the past event holds type and time only: it stays in the calendar.
    QCOMPARE(outboxRows(), QStringList{QStringLiteral("%1:delete:pending").arg(future)});
    QCOMPARE(GoogleEventRepository(db()).find(past)->value().state, SyncState::Synced);
}

void TestPatientPrivacy::auditLogHasNoPatientData()
{
    QVERIFY(t->booking->move(future, at(3, 10)));
    QVERIFY(t->booking->markNoShow(past));
    QVERIFY(t->booking->cancel(future));
    auto log = AuditLog(db()).list();
    QVERIFY(log);
    QStringList actions;
    for (const AuditEntry &e : log.value()) {
        actions.prepend(e.action);
        QCOMPARE(e.patientId, qint64(0));
        QVERIFY(e.appointmentId == past || e.appointmentId == future);
        QVERIFY(e.atMs > 0);
    }
    QCOMPARE(actions, (QStringList{QStringLiteral("booked"), QStringLiteral("booked"),
                                   QStringLiteral("moved"), QStringLiteral("no_show"),
                                   QStringLiteral("cancelled")}));
}

void TestPatientPrivacy::refusedChangeLeavesNoAuditEntry()
{
    const int before = int(AuditLog(db()).list()->size());
    QVERIFY(!t->booking->move(future, at(3, 20))); // outside working hours
    QVERIFY(!t->booking->cancel(4711));
    QCOMPARE(int(AuditLog(db()).list()->size()), before);
}

void TestPatientPrivacy::retentionErasesOnlyWhatIsDue()
{
    RetentionPolicy policy(db());
    QVERIFY(!policy.setYears(-1));
    QVERIFY(policy.setYears(2));
    QCOMPARE(policy.years(), 2);
    BookingRequest r;
    r.practitionerId = anna;
    r.typeId = kg;
    r.newPatientName = QStringLiteral("Neu");
    r.startMs = at(7, 9);
    auto later = t->booking->book(r);
    QVERIFY(later);
    const qint64 recent = later->patientId;
    // Erika's last appointment was 2026-12-09: due only after 2028-12-09; "Neu" comes on
    // 2026-12-14 and stays.
    t->clock.set(TestDatabase::berlin(QDate(2028, 12, 1), QTime(8, 0)));
    auto none = policy.cleanup(*t->booking, t->clock);
    QVERIFY2(none, qPrintable(none.error()));
    QCOMPARE(none->patients, 0);
    t->clock.set(TestDatabase::berlin(QDate(2028, 12, 10), QTime(8, 0)));
    auto done = policy.cleanup(*t->booking, t->clock);
    QVERIFY2(done, qPrintable(done.error()));
    QCOMPARE(done->patients, 1);
    QCOMPARE(done->anonymised, 2);
    QVERIFY(!PatientRepository(db()).find(erika));
    QVERIFY(PatientRepository(db()).find(recent));
    QVERIFY(RetentionPolicy::describe(done.value()).contains(QStringLiteral("1")));
    QCOMPARE(AuditLog(db()).list()->first().action, QStringLiteral("retention"));
}

void TestPatientPrivacy::retentionZeroKeepsEverything()
{
    t->clock.set(TestDatabase::berlin(QDate(2060, 1, 1), QTime(8, 0)));
    auto done = RetentionPolicy(db()).cleanup(*t->booking, t->clock);
    QVERIFY(done);
    QCOMPARE(done->patients, 0);
    QVERIFY(PatientRepository(db()).find(erika));
}

QTEST_GUILESS_MAIN(TestPatientPrivacy)
#include "tst_patient_privacy.moc"
