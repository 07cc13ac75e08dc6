// PractitionerSetup: what Settings › Behandler:innen, the first-run wizard and
// `empfang-cli practitioner add` do with a practitioner, in one place. A save that fails must
// leave the practitioner exactly as the desk saw them before — never "offers every type".
#include "booking/practitioner_setup.h"
#include "domain/palette.h"
#include "storage/appointment_type_repository.h"
#include "storage/practitioner_repository.h"
#include "test_database.h"

#include <QTest>

using namespace empfang;
using empfang::test::TestDatabase;

class TestPractitionerSetup : public QObject
{
    Q_OBJECT

    qint64 addType(TestDatabase &t, const QString &name, int minutes)
    {
        AppointmentType type;
        type.name = name;
        type.minutes = minutes;
        return AppointmentTypeRepository(*t.db).add(type).value().id;
    }

private slots:
    void addGivesEachPractitionerTheNextColour()
    {
        TestDatabase t;
        PractitionerSetup setup(*t.db);
        const auto first = setup.add(QStringLiteral("Anna Berger"));
        const auto second = setup.add(QStringLiteral("Jonas Keller"));
        QVERIFY2(first && second, qPrintable(first ? second.error() : first.error()));
        QCOMPARE(first->color, paletteColour(0));
        QCOMPARE(second->color, paletteColour(1));
        QVERIFY(first->color != second->color); // neighbouring columns look different
        QCOMPARE(paletteColour(10), paletteColour(0));
    }

    void addRefusesAnEmptyNameWithASentence()
    {
        TestDatabase t;
        const auto added = PractitionerSetup(*t.db).add(QStringLiteral("   "));
        QVERIFY(!added);
        QVERIFY2(!added.error().isEmpty(), "no message");
        QCOMPARE(PractitionerRepository(*t.db).list(true).value().size(), 0);
    }

    void saveKeepsOwnDurationsOfTypesThatStayOffered()
    {
        TestDatabase t;
        const qint64 kg = addType(t, QStringLiteral("Krankengymnastik"), 30);
        const qint64 ml = addType(t, QStringLiteral("Manuelle Lymphdrainage"), 45);
        Practitioner p = PractitionerSetup(*t.db).add(QStringLiteral("Anna Berger")).value();
        QVERIFY(PractitionerRepository(*t.db).setOffers(p.id, {{kg, 40}, {ml, std::nullopt}}));

        p.name = QStringLiteral("Anna Berger-Keller");
        QVERIFY(PractitionerSetup(*t.db).save(p, {kg}));

        const QList<TypeOffer> offers = PractitionerRepository(*t.db).offers(p.id).value();
        QCOMPARE(offers.size(), 1);
        QCOMPARE(offers.first().typeId, kg);
        QCOMPARE(offers.first().minutes, std::optional<int>(40)); // her 40 minutes, not 30
        QCOMPARE(PractitionerRepository(*t.db).find(p.id)->name,
                 QStringLiteral("Anna Berger-Keller"));
    }

    // The offers are replaced row by row; a type that cannot be stored (here: deleted at
    // another desk meanwhile, so its id no longer exists) must undo the whole save.
    void aFailedSaveChangesNothing()
    {
        TestDatabase t;
        const qint64 kg = addType(t, QStringLiteral("Krankengymnastik"), 30);
        const qint64 ml = addType(t, QStringLiteral("Manuelle Lymphdrainage"), 45);
        Practitioner p = PractitionerSetup(*t.db).add(QStringLiteral("Anna Berger")).value();
        QVERIFY(PractitionerRepository(*t.db).setOffers(p.id, {{kg, 40}, {ml, std::nullopt}}));

        Practitioner changed = p;
        changed.name = QStringLiteral("Anna Keller");
        changed.active = false;
        const Status saved = PractitionerSetup(*t.db).save(changed, {kg, 987654});
        QVERIFY(!saved);
        QVERIFY2(!saved.error().isEmpty(), "no message");

        const Practitioner after = PractitionerRepository(*t.db).find(p.id).value();
        QCOMPARE(after.name, QStringLiteral("Anna Berger"));
        QVERIFY(after.active);
        const QList<TypeOffer> offers = PractitionerRepository(*t.db).offers(p.id).value();
        QCOMPARE(offers.size(), 2); // not empty, which would mean "offers every type"
        QCOMPARE(offers.at(0).typeId, kg);
        QCOMPARE(offers.at(0).minutes, std::optional<int>(40));
        QCOMPARE(offers.at(1).typeId, ml);
    }
};

QTEST_GUILESS_MAIN(TestPractitionerSetup)
#include "tst_practitioner_setup.moc"
