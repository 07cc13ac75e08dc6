// Every interactive query is answered from an index over the range it asks for (issue 11):
// EXPLAIN QUERY PLAN of each statement in storage/hot_queries must neither scan a table nor
// search appointments or Google's events with only an upper bound on the time (which reads a
// practitioner's whole history before the range). And the indexed patient lookup by name still
// finds what the old full load found.
#include "storage/appointment_repository.h"
#include "storage/appointment_type_repository.h"
#include "storage/hot_queries.h"
#include "storage/patient_repository.h"
#include "storage/practitioner_repository.h"
#include "storage/sql.h"
#include "test_database.h"

#include <QSqlQuery>
#include <QTest>

using namespace empfang;

namespace {

QStringList plan(Database &db, const hot_queries::Sample &sample)
{
    QSqlQuery q(db.connection());
    if (!q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sample.statement))
        return {QStringLiteral("cannot prepare: ") + sample.statement};
    for (int i = 0; i < sample.binds; ++i)
        q.addBindValue(0);
    if (!q.exec())
        return {QStringLiteral("cannot run: ") + sample.statement};
    QStringList details;
    while (q.next())
        details << q.value(3).toString();
    return details;
}

} // namespace

class TestQueryPlans : public QObject
{
    Q_OBJECT

private slots:
    void noFullScans_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("required"); // the bounded index search the plan must contain
        const QList<hot_queries::Sample> all = hot_queries::all();
        const QHash<QString, QString> required = {
            {QStringLiteral("occupied"),
             QStringLiteral("(practitioner_id=? AND start_ms>? AND start_ms<?)")},
            {QStringLiteral("appointment list, all practitioners"),
             QStringLiteral("(start_ms>? AND start_ms<?)")},
            {QStringLiteral("appointment list, one practitioner"),
             QStringLiteral("(practitioner_id=? AND start_ms>? AND start_ms<?)")},
            {QStringLiteral("absences"), QStringLiteral("(practitioner_id=? AND end_ms>?)")},
            {QStringLiteral("Google event spans"),
             QStringLiteral("(practitioner_id=? AND remote_start_ms>? AND remote_start_ms<?)")},
            {QStringLiteral("busy cache"),
             QStringLiteral("(practitioner_id=? AND start_ms>? AND start_ms<?)")},
            {QStringLiteral("busy fetch days, all practitioners"),
             QStringLiteral("(day>? AND day<?)")},
            {QStringLiteral("busy cache, all practitioners"),
             QStringLiteral("(start_ms>? AND start_ms<?)")},
            {QStringLiteral("Google event spans, all practitioners"),
             QStringLiteral("(remote_start_ms>? AND remote_start_ms<?)")},
            {QStringLiteral("patient by name"), QStringLiteral("(name_key=?)")},
            {QStringLiteral("reconcile, booked"),
             QStringLiteral("(remote_start_ms>? AND remote_start_ms<?)")},
            {QStringLiteral("reconcile, cancelled"), QStringLiteral("(start_ms>? AND start_ms<?)")},
        };
        QCOMPARE(all.size(), required.size());
        for (int i = 0; i < all.size(); ++i) {
            QVERIFY2(required.contains(all.at(i).name), qPrintable(all.at(i).name));
            QTest::newRow(qPrintable(all.at(i).name)) << i << required.value(all.at(i).name);
        }
    }

    void noFullScans()
    {
        QFETCH(int, index);
        QFETCH(QString, required);
        const hot_queries::Sample sample = hot_queries::all().at(index);
        const QStringList details = plan(*m_t.db, sample);
        const QString text = details.join(u'\n');
        for (const QString &line : details) {
            QVERIFY2(!line.startsWith(QLatin1String("SCAN ")),
                     qPrintable(QStringLiteral("full scan in %1:\n%2").arg(sample.name, text)));
        }
        QVERIFY2(text.contains(required),
                 qPrintable(QStringLiteral("%1 is not bounded by its range:\n%2\nexpected %3")
                                .arg(sample.name, text, required)));
    }

    void longAppointmentsAreStillFound()
    {
        // The lower bound comes from the longest span ever stored: an appointment far longer
        // than any type (written by an import, or stretched later) must still be seen.
        test::TestDatabase t;
        const qint64 pid = PractitionerRepository(*t.db).add(QStringLiteral("Dr. Lang"))->id;
        AppointmentType type;
        type.name = QStringLiteral("Kur");
        type.minutes = 30;
        const qint64 tid = AppointmentTypeRepository(*t.db).add(type)->id;
        constexpr qint64 kDay = 24LL * 3600 * 1000;
        const qint64 from = test::TestDatabase::berlin(QDate(2026, 12, 10), QTime(0, 0));
        const Interval range{from, from + kDay};
        QSqlQuery q(t.db->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO appointments (practitioner_id, type_id, "
                                      "start_ms, end_ms, status, created_ms, updated_ms) "
                                      "VALUES (%1, %2, %3, %4, 'booked', 0, 0)")
                           .arg(pid)
                           .arg(tid)
                           .arg(from - 7 * kDay)
                           .arg(from + 3 * kDay)));
        const qint64 id = q.lastInsertId().toLongLong();
        AppointmentRepository appointments(*t.db);
        QCOMPARE(appointments.occupied(pid, range)->size(), 1);
        QCOMPARE(appointments.list(range)->size(), 1);
        QCOMPARE(appointments.list(range, pid)->size(), 1);
        // Stretched by an update to start a month earlier: still found.
        QVERIFY(q.exec(QStringLiteral("UPDATE appointments SET start_ms = %1 WHERE id = %2")
                           .arg(from - 30 * kDay)
                           .arg(id)));
        QCOMPARE(appointments.occupied(pid, range)->size(), 1);
        QCOMPARE(appointments.list(range)->size(), 1);
    }

    void patientLookupByNameFindsWhatTheFullLoadFound()
    {
        PatientRepository patients(*m_t.db);
        const qint64 mueller = patients.add({0, QStringLiteral("Jürgen Müller"), {}, {}, {}})->id;
        const qint64 other = patients.add({0, QStringLiteral("Jürgen Mueller"), {}, {}, {}})->id;
        Q_UNUSED(other);
        // Unicode case folding, blanks simplified, as `book --patient` always compared.
        auto found = patients.byName(QStringLiteral("  JÜRGEN   MÜLLER "));
        QVERIFY(found);
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().id, mueller);

        // A row written without the key (an older program, a script): still found.
        QSqlQuery q(m_t.db->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO patients (name, phone, email, created_ms, "
                                      "updated_ms) VALUES ('Öztürk Ayşe', '', '', 0, 0)")));
        const qint64 legacy = q.lastInsertId().toLongLong();
        found = patients.byName(QStringLiteral("ÖZTÜRK AYŞE"));
        QVERIFY(found);
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().id, legacy);

        // Renamed behind the repository's back: the old key is dropped, the new name found.
        QVERIFY(q.exec(QStringLiteral("UPDATE patients SET name = 'Erika Schulz' WHERE id = %1")
                           .arg(mueller)));
        QCOMPARE(patients.byName(QStringLiteral("Jürgen Müller"))->size(), 0);
        found = patients.byName(QStringLiteral("erika schulz"));
        QVERIFY(found);
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().id, mueller);

        // Renamed through the repository: found by the new name with its key.
        Patient p = patients.find(legacy).value();
        p.name = QStringLiteral("Ayşe Kaya");
        QVERIFY(patients.update(p));
        QVERIFY(q.exec(QStringLiteral("SELECT name_key FROM patients WHERE id = %1").arg(legacy)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Ayşe Kaya").toCaseFolded());
        QCOMPARE(patients.byName(QStringLiteral("AYŞE KAYA"))->size(), 1);
    }

private:
    test::TestDatabase m_t;
};

QTEST_GUILESS_MAIN(TestQueryPlans)
#include "tst_query_plans.moc"
