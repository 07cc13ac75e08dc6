// PracticeSetup: what Settings › Praxis and `empfang-cli practice set` do with the practice's
// settings and contact, in one place. Both are stored together or not at all: a save whose
// second half fails must leave the first half as it was (no new name with the old phone).
#include "booking/practice_directory.h"
#include "booking/practice_setup.h"
#include "test_database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace empfang;
using empfang::test::TestDatabase;

class TestPracticeSetup : public QObject
{
    Q_OBJECT

    /// Makes every later write of the practice's phone fail inside the database, as a full disk
    /// or a lost server connection would, after the settings rows were already written.
    static void breakPhoneWrites(Database &db)
    {
        QSqlQuery q(db.connection());
        const QStringList statements =
            db.isServer()
                ? QStringList{QStringLiteral(
                                  "CREATE FUNCTION refuse_phone() RETURNS trigger AS $$ BEGIN "
                                  "RAISE EXCEPTION 'phone refused by the test'; END $$ "
                                  "LANGUAGE plpgsql"),
                              QStringLiteral("CREATE TRIGGER refuse_phone BEFORE INSERT ON "
                                             "settings FOR EACH ROW WHEN "
                                             "(NEW.key = 'practice.phone') EXECUTE FUNCTION "
                                             "refuse_phone()")}
                : QStringList{
                      QStringLiteral("CREATE TRIGGER refuse_phone BEFORE INSERT ON settings "
                                     "WHEN NEW.key = 'practice.phone' BEGIN "
                                     "SELECT RAISE(ABORT, 'phone refused by the test'); END")};
        for (const QString &s : statements)
            QVERIFY2(q.exec(s), qPrintable(q.lastError().text()));
    }

private slots:
    void saveStoresSettingsAndContact()
    {
        TestDatabase t;
        PracticeSettings s = PracticeDirectory(*t.db).settings();
        s.name = QStringLiteral("Physio am Markt");
        PracticeContact c;
        c.phone = QStringLiteral("0341 123456");
        c.email = QStringLiteral("termine@physio-markt.de");
        const Status saved = PracticeSetup(*t.db).save(s, c);
        QVERIFY2(saved, qPrintable(saved.error()));
        QCOMPARE(PracticeDirectory(*t.db).settings().name, QStringLiteral("Physio am Markt"));
        QCOMPARE(PracticeDirectory(*t.db).contact().phone, QStringLiteral("0341 123456"));
    }

    void badInputIsRefusedWithASentenceBeforeAnythingIsWritten()
    {
        TestDatabase t;
        PracticeSettings s = PracticeDirectory(*t.db).settings();
        const QString before = s.name;
        s.name = QStringLiteral("Neuer Name");
        PracticeContact c;
        c.email = QStringLiteral("keine-adresse");
        const QString problem = PracticeSetup::problem(s, c);
        QVERIFY2(problem.contains(QStringLiteral("keine-adresse")), qPrintable(problem));
        const Status saved = PracticeSetup(*t.db).save(s, c);
        QVERIFY(!saved);
        QCOMPARE(saved.error(), problem); // the same sentence for the tab and the CLI
        QCOMPARE(PracticeDirectory(*t.db).settings().name, before);
    }

    // The settings rows are written first; the contact's phone row then fails in the database.
    // Without one transaction around both, the new name would stay behind.
    void aFailedSaveChangesNothing()
    {
        TestDatabase t;
        PracticeSettings s = PracticeDirectory(*t.db).settings();
        s.name = QStringLiteral("Physio am Markt");
        PracticeContact c;
        c.phone = QStringLiteral("0341 123456");
        QVERIFY(PracticeSetup(*t.db).save(s, c));

        breakPhoneWrites(*t.db);
        if (QTest::currentTestFailed())
            return;
        PracticeSettings changed = s;
        changed.name = QStringLiteral("Physio am Park");
        changed.slotStepMinutes = s.slotStepMinutes == 10 ? 15 : 10;
        PracticeContact newContact = c;
        newContact.address = QStringLiteral("Parkweg 1, 04109 Leipzig");
        newContact.phone = QStringLiteral("0341 999");
        const Status saved = PracticeSetup(*t.db).save(changed, newContact);
        QVERIFY(!saved);
        QVERIFY2(!saved.error().isEmpty(), "no message");

        const PracticeSettings after = PracticeDirectory(*t.db).settings();
        QCOMPARE(after.name, QStringLiteral("Physio am Markt"));
        QCOMPARE(after.slotStepMinutes, s.slotStepMinutes);
        const PracticeContact contactAfter = PracticeDirectory(*t.db).contact();
        QCOMPARE(contactAfter.phone, QStringLiteral("0341 123456"));
        QCOMPARE(contactAfter.address, QString());
    }

    // `practice set --phone …`: the fields given replace what is stored at the moment of the
    // write, every other field keeps it (also one another desk stored after this one looked);
    // a bad value in the change stores nothing.
    void changeReplacesOnlyTheGivenFields()
    {
        TestDatabase t;
        PracticeChange first;
        first.name = QStringLiteral("Physio am Markt");
        first.address = QStringLiteral("Markt 1, 04109 Leipzig");
        first.phone = QStringLiteral("0341 123456");
        QVERIFY(PracticeSetup(*t.db).change(first));

        PracticeChange phone;
        phone.phone = QStringLiteral("0341 999");
        phone.cardFormat = PracticeContact::CardFormat::A4;
        const Status changed = PracticeSetup(*t.db).change(phone);
        QVERIFY2(changed, qPrintable(changed.error()));
        QCOMPARE(PracticeDirectory(*t.db).settings().name, QStringLiteral("Physio am Markt"));
        const PracticeContact after = PracticeDirectory(*t.db).contact();
        QCOMPARE(after.address, QStringLiteral("Markt 1, 04109 Leipzig"));
        QCOMPARE(after.phone, QStringLiteral("0341 999"));
        QCOMPARE(after.cardFormat, PracticeContact::CardFormat::A4);

        PracticeChange bad;
        bad.name = QStringLiteral("Physio am Park");
        bad.email = QStringLiteral("keine-adresse");
        const Status refused = PracticeSetup(*t.db).change(bad);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("keine-adresse")),
                 qPrintable(refused.error()));
        QCOMPARE(PracticeDirectory(*t.db).settings().name, QStringLiteral("Physio am Markt"));
    }
};

QTEST_GUILESS_MAIN(TestPracticeSetup)
#include "tst_practice_setup.moc"
