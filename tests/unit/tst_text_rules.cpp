// The one set of input rules (issue 9.6): TextRules itself, the Retry-After reading of the sync,
// and that every repository refuses what the rules forbid — whichever code path calls it, no
// over-long name, control character or reading-direction override reaches the database.
#include "domain/text_rules.h"
#include "google/retry_after.h"
#include "storage/appointment_type_repository.h"
#include "storage/patient_repository.h"
#include "storage/practitioner_repository.h"
#include "storage/schedule_repository.h"
#include "storage/settings_repository.h"
#include "storage/sql.h"
#include "sync/retry_gate.h"
#include "test_database.h"

#include <QTest>

using namespace empfang;
using namespace empfang::test;

namespace {

QString ch(char32_t c)
{
    return QString::fromUcs4(&c, 1);
}

int rows(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    QString error;
    if (!sql::run(q, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table), {}, &error) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

class TstTextRules : public QObject
{
    Q_OBJECT

private slots:
    void rules_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("note");
        QTest::addColumn<bool>("ok");
        const QString a200(200, u'a');
        QTest::newRow("200 characters") << a200 << false << true;
        QTest::newRow("201 characters") << a200 + u'a' << false << false;
        QTest::newRow("200 + spaces around") << QStringLiteral("  ") + a200 + u' ' << false << true;
        QTest::newRow("200 emoji (code points, not UTF-16)")
            << ch(0x1F600).repeated(200) << false << true;
        QTest::newRow("201 emoji") << ch(0x1F600).repeated(201) << false << false;
        QTest::newRow("2000-character note") << QString(2000, u'n') << true << true;
        QTest::newRow("2001-character note") << QString(2001, u'n') << true << false;
        QTest::newRow("umlauts and accents")
            << QStringLiteral("Jürgen Öztürk-Ça\u011Flar") << false << true;
        QTest::newRow("tab in a name") << QStringLiteral("Anna\tBerg") << false << false;
        QTest::newRow("tab at the edge") << QStringLiteral("\tAnna") << false << false;
        QTest::newRow("tab in a note") << QStringLiteral("a\tb") << true << false;
        QTest::newRow("newline in a name") << QStringLiteral("Anna\nBerg") << false << false;
        QTest::newRow("trailing newline in a name") << QStringLiteral("Anna\n") << false << false;
        QTest::newRow("newline in a note") << QStringLiteral("Zeile 1\nZeile 2") << true << true;
        QTest::newRow("CR in a note") << QStringLiteral("a\r\nb") << true << false;
        QTest::newRow("U+2028 in a note") << QStringLiteral("a") + ch(0x2028) << true << false;
        QTest::newRow("NUL") << QStringLiteral("a") + QChar(0) + u'b' << false << false;
        QTest::newRow("DEL") << QStringLiteral("a\x7f") << false << false;
        QTest::newRow("U+0085") << QStringLiteral("a") + ch(0x85) << false << false;
        QTest::newRow("no-break spaces trimmed")
            << ch(0xA0) + QStringLiteral("Anna") + ch(0xA0) << false << true;
        QTest::newRow("U+200E (a mark, no override)")
            << ch(0x200E) + QStringLiteral("Anna") << false << true;
        for (char32_t c :
             {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069}) {
            const QByteArray name = "U+" + QByteArray::number(uint(c), 16).toUpper();
            QTest::newRow((name + " in a name").constData())
                << QStringLiteral("Anna ") + ch(c) + QStringLiteral("greB") << false << false;
            QTest::newRow((name + " in a note").constData())
                << QStringLiteral("Notiz ") + ch(c) << true << false;
        }
    }
    void rules()
    {
        QFETCH(QString, text);
        QFETCH(bool, note);
        QFETCH(bool, ok);
        const QString problem =
            TextRules::problem(text, note ? TextRules::Kind::Note : TextRules::Kind::Name);
        QVERIFY2(problem.isEmpty() == ok, qPrintable(problem));
        if (!ok)
            QVERIFY(problem.endsWith(u'.')); // a sentence for a person
    }

    void reasonNamesTheRule()
    {
        QVERIFY(TextRules::nameProblem(QString(201, u'x')).contains(QStringLiteral("200")));
        QVERIFY(TextRules::nameProblem(QString(201, u'x')).contains(QStringLiteral("201")));
        QVERIFY(TextRules::noteProblem(QString(2001, u'x')).contains(QStringLiteral("2000")));
        QVERIFY(TextRules::nameProblem(QStringLiteral("a") + ch(0x7))
                    .contains(QStringLiteral("U+0007")));
        QCOMPARE(TextRules::trimmed(QStringLiteral("  Anna Berg ")), QStringLiteral("Anna Berg"));
        QCOMPARE(TextRules::trimmed(QStringLiteral("\tAnna")), QStringLiteral("\tAnna"));
    }

    void numbers()
    {
        QCOMPARE(TextRules::positiveId(QStringLiteral("1")), std::optional<qint64>(1));
        QCOMPARE(TextRules::positiveId(QStringLiteral("4711")), std::optional<qint64>(4711));
        for (const char *bad :
             {" 1", "1 ", "+1", "-1", "0", "1.0", "0x1", "", "eins", "1e3", "1234567890123456789"})
            QVERIFY2(!TextRules::positiveId(QString::fromLatin1(bad)), bad);
        QCOMPARE(TextRules::count(QStringLiteral("0")), std::optional<int>(0));
        QCOMPARE(TextRules::count(QStringLiteral("25")), std::optional<int>(25));
        for (const char *bad : {"-1", " 5", "5 ", "+5", "", "1,5", "9999999999"})
            QVERIFY2(!TextRules::count(QString::fromLatin1(bad)), bad);
        QCOMPARE(TextRules::integer(QStringLiteral("-5")), std::optional<int>(-5));
        QVERIFY(!TextRules::integer(QStringLiteral(" 30")));
        QVERIFY(!TextRules::integer(QStringLiteral("--5")));
    }

    void weekdays()
    {
        QCOMPARE(TextRules::weekdays(QStringLiteral("1,4")), std::optional(QList<int>{1, 4}));
        QCOMPARE(TextRules::weekdays(QStringLiteral("7")), std::optional(QList<int>{7}));
        for (const char *bad : {"1,,4", "1,", ",1", "", "8", "0", "1, 4", "1;4", "Mo", "14"})
            QVERIFY2(!TextRules::weekdays(QString::fromLatin1(bad)), bad);
    }

    void retryAfter()
    {
        const QDateTime now(QDate(2026, 10, 21), QTime(7, 27, 0), Qt::UTC);
        QCOMPARE(RetryAfter::parseMs("120", now), 120000);
        QCOMPARE(RetryAfter::parseMs(" 3 ", now), 3000);
        QCOMPARE(RetryAfter::parseMs("Wed, 21 Oct 2026 07:28:00 GMT", now), 60000);
        QCOMPARE(RetryAfter::parseMs("Wed, 21 Oct 2026 07:00:00 GMT", now), 0); // past
        QCOMPARE(RetryAfter::parseMs("", now), 0);
        QCOMPARE(RetryAfter::parseMs("bald", now), 0);
        QCOMPARE(RetryAfter::parseMs("-5", now), 0);
        QCOMPARE(RetryAfter::parseMs("999999999", now), 24LL * 3600 * 1000); // capped at a day
    }

    void retryGateKeepsTheLatestTime()
    {
        TestDatabase t;
        RetryGate gate(*t.db);
        QCOMPARE(gate.heldUntil(1, 1000), 0);
        gate.hold(1, 5000);
        gate.hold(1, 3000); // an earlier answer arriving late does not shorten the pause
        QCOMPARE(gate.heldUntil(1, 1000), 5000);
        QCOMPARE(gate.heldUntil(2, 1000), 0);
        QCOMPARE(gate.heldUntil(1, 5000), 0);
    }

    void repositoriesRefuse()
    {
        TestDatabase t;
        const QString bidi = QStringLiteral("Anna ") + ch(0x202E) + QStringLiteral("greB");
        const QString tooLong(201, u'x');
        PractitionerRepository practitioners(*t.db);
        QVERIFY(!practitioners.add(tooLong, {}));
        QVERIFY(!practitioners.add(bidi, {}));
        QVERIFY(!practitioners.add(QStringLiteral("Anna\tBerg"), {}));
        QCOMPARE(rows(*t.db, QStringLiteral("practitioners")), 0);
        auto anna = practitioners.add(QStringLiteral("  Anna Berg  "), {});
        QVERIFY(anna);
        QCOMPARE(anna->name, QStringLiteral("Anna Berg"));
        Practitioner renamed = anna.value();
        renamed.name = QStringLiteral("Anna\nBerg");
        QVERIFY(!practitioners.update(renamed));
        QCOMPARE(practitioners.find(anna->id)->name, QStringLiteral("Anna Berg"));

        AppointmentType type;
        type.name = QStringLiteral("KG") + ch(0x2066);
        type.minutes = 30;
        QVERIFY(!AppointmentTypeRepository(*t.db).add(type));
        type.name = QString(200, u'k');
        QVERIFY(AppointmentTypeRepository(*t.db).add(type));

        PatientRepository patients(*t.db);
        QVERIFY(!patients.add({0, tooLong, {}, {}, {}}));
        QVERIFY(
            !patients.add({0, QStringLiteral("Jürgen Müller"), {}, QStringLiteral("0171\t1"), {}}));
        QVERIFY(!patients.add({0, QStringLiteral("Jürgen Müller"), {}, {}, bidi}));
        QCOMPARE(rows(*t.db, QStringLiteral("patients")), 0);

        Absence absence{0,
                        anna->id,
                        {TestDatabase::berlin(QDate(2026, 12, 8), QTime(8, 0)),
                         TestDatabase::berlin(QDate(2026, 12, 8), QTime(12, 0))},
                        tooLong};
        QVERIFY(!ScheduleRepository(*t.db).addAbsence(absence));
        QCOMPARE(rows(*t.db, QStringLiteral("absences")), 0);

        PracticeSettings settings = SettingsRepository(*t.db).load();
        const QString before = settings.name;
        settings.name = bidi;
        QVERIFY(!SettingsRepository(*t.db).save(settings));
        QCOMPARE(SettingsRepository(*t.db).load().name, before);
    }

    void bookingRefusesBadNoteAndNewPatient()
    {
        TestDatabase t;
        const qint64 pid = PractitionerRepository(*t.db).add(QStringLiteral("Anna"), {})->id;
        ScheduleRepository(*t.db).addHours({0, pid, 2, QTime(8, 0), QTime(12, 0), {}, {}});
        AppointmentType type;
        type.name = QStringLiteral("KG");
        type.minutes = 30;
        const qint64 typeId = AppointmentTypeRepository(*t.db).add(type)->id;
        BookingRequest r;
        r.practitionerId = pid;
        r.typeId = typeId;
        r.startMs = TestDatabase::berlin(QDate(2026, 12, 8), QTime(9, 0));
        r.newPatientName = QStringLiteral("Neu Patient");
        r.note = QString(2001, u'n');
        QVERIFY(!t.booking->book(r));
        r.note = QStringLiteral("Bitte ") + ch(0x202D) + QStringLiteral("klingeln");
        QVERIFY(!t.booking->book(r));
        r.note.clear();
        r.newPatientName = QStringLiteral("Neu") + ch(0x2067);
        QVERIFY(!t.booking->book(r));
        // All or nothing: the new patient of a refused booking is not left behind either.
        QCOMPARE(rows(*t.db, QStringLiteral("patients")), 0);
        QCOMPARE(rows(*t.db, QStringLiteral("appointments")), 0);
        r.newPatientName = QStringLiteral("Neu Patient");
        r.note = QStringLiteral("Zeile 1\nZeile 2");
        auto booked = t.booking->book(r);
        QVERIFY2(booked, qPrintable(booked.error()));
        QCOMPARE(booked->note, QStringLiteral("Zeile 1\nZeile 2"));
    }
};

QTEST_GUILESS_MAIN(TstTextRules)
#include "tst_text_rules.moc"
