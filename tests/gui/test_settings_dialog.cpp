#include "booking/practice_directory.h"
#include "booking/practice_setup.h"
#include "gui_fixture.h"
#include "localization.h"
#include "settings/settings_dialog.h"
#include "storage/settings_repository.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeEdit>

using namespace empfang;
using empfang::test::GuiFixture;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { installTranslations(*QCoreApplication::instance()); }
    void addType_data();
    void addType();
    void practiceSettings();
    void practiceSaveKeepsWhatAnotherDeskChanged();
    void practitionerAndHours();

private:
    template <typename T> static T *child(QWidget &parent, const char *name)
    {
        auto *found = parent.findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no widget %s", name);
        return found;
    }
};

void TestSettingsDialog::addType_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("minutes");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("zero minutes") << QStringLiteral("Nichts") << 0 << false;
    QTest::newRow("no name") << QString() << 30 << false;
    QTest::newRow("valid") << QStringLiteral("Fango") << 15 << true;
}

void TestSettingsDialog::addType()
{
    QFETCH(QString, name);
    QFETCH(int, minutes);
    QFETCH(bool, accepted);
    GuiFixture f;
    SettingsDialog dialog(*f.db);
    dialog.show();
    const int before = int(AppointmentTypeRepository(*f.db).list(true)->size());
    child<QLineEdit>(dialog, "typeName")->setText(name);
    child<QSpinBox>(dialog, "typeMinutes")->setValue(minutes);
    QTest::mouseClick(child<QPushButton>(dialog, "addType"), Qt::LeftButton);

    const auto types = AppointmentTypeRepository(*f.db).list(true).value();
    if (accepted) {
        QCOMPARE(types.size(), before + 1);
        const auto added = std::find_if(types.begin(), types.end(),
                                        [&](const AppointmentType &t) { return t.name == name; });
        QVERIFY(added != types.end());
        QCOMPARE(added->minutes, minutes);
        QVERIFY(dialog.message().contains(name));
    } else {
        QCOMPARE(types.size(), before);
        AppointmentType rejected;
        rejected.name = name;
        rejected.minutes = minutes;
        QCOMPARE(dialog.message(), AppointmentTypeRepository::validate(rejected));
    }
}

void TestSettingsDialog::practiceSettings()
{
    GuiFixture f;
    SettingsDialog dialog(*f.db);
    dialog.show();
    child<QSpinBox>(dialog, "practiceSlotStep")->setValue(0);
    QTest::mouseClick(child<QPushButton>(dialog, "savePractice"), Qt::LeftButton);
    QCOMPARE(SettingsRepository(*f.db).load().slotStepMinutes, 5);
    QVERIFY(!dialog.message().isEmpty());
    test::shoot(dialog, "settings-practice.png");

    child<QSpinBox>(dialog, "practiceSlotStep")->setValue(15);
    child<QLineEdit>(dialog, "practiceName")->setText(QStringLiteral("Praxis Test"));
    child<QComboBox>(dialog, "practiceTimeZone")->setCurrentText(QStringLiteral("Europe/Vienna"));
    QTest::mouseClick(child<QPushButton>(dialog, "savePractice"), Qt::LeftButton);
    const PracticeSettings saved = SettingsRepository(*f.db).load();
    QCOMPARE(saved.slotStepMinutes, 15);
    QCOMPARE(saved.name, QStringLiteral("Praxis Test"));
    QCOMPARE(saved.timeZoneId, QByteArray("Europe/Vienna"));
}

void TestSettingsDialog::practiceSaveKeepsWhatAnotherDeskChanged()
{
    GuiFixture f;
    SettingsDialog dialog(*f.db);
    dialog.show();
    // While the tab is open here, another desk (its own connection to the file) enters the
    // practice's phone number.
    {
        auto otherDesk = Database::open(f.path);
        QVERIFY(otherDesk);
        PracticeChange phone;
        phone.phone = QStringLiteral("0341 999 000");
        QVERIFY(PracticeSetup(*otherDesk.value()).change(phone));
    }
    child<QLineEdit>(dialog, "practiceName")->setText(QStringLiteral("Praxis am Markt"));
    QTest::mouseClick(child<QPushButton>(dialog, "savePractice"), Qt::LeftButton);
    QCOMPARE(PracticeDirectory(*f.db).settings().name, QStringLiteral("Praxis am Markt"));
    // Not put back to the empty field this tab showed: only what was edited here is saved.
    QCOMPARE(PracticeDirectory(*f.db).contact().phone, QStringLiteral("0341 999 000"));
    QCOMPARE(child<QLineEdit>(dialog, "practicePhone")->text(), QStringLiteral("0341 999 000"));
}

void TestSettingsDialog::practitionerAndHours()
{
    GuiFixture f;
    SettingsDialog dialog(*f.db);
    dialog.show();
    child<QLineEdit>(dialog, "practitionerName")->setText(QStringLiteral("Dr. Miriam Vogt"));
    QTest::mouseClick(child<QPushButton>(dialog, "addPractitioner"), Qt::LeftButton);
    const auto all = PractitionerRepository(*f.db).list(true).value();
    QCOMPARE(all.size(), 2);
    qint64 vogt = 0;
    for (const Practitioner &p : all)
        vogt = p.name == QStringLiteral("Dr. Miriam Vogt") ? p.id : vogt;
    QVERIFY(vogt);

    // The hours tab learned about her at once; an interval ending before it starts is refused.
    auto *who = child<QComboBox>(dialog, "hoursPractitioner");
    QVERIFY(who->findData(vogt) >= 0);
    who->setCurrentIndex(who->findData(vogt));
    child<QComboBox>(dialog, "hoursWeekday")->setCurrentIndex(2); // Wednesday
    child<QTimeEdit>(dialog, "hoursFrom")->setTime(QTime(14, 0));
    child<QTimeEdit>(dialog, "hoursTo")->setTime(QTime(9, 0));
    QTest::mouseClick(child<QPushButton>(dialog, "addHours"), Qt::LeftButton);
    QVERIFY(ScheduleRepository(*f.db).hours(vogt)->isEmpty());
    QVERIFY(!dialog.message().isEmpty());

    child<QTimeEdit>(dialog, "hoursTo")->setTime(QTime(18, 0));
    child<QLineEdit>(dialog, "hoursValidFrom")->setText(QStringLiteral("31.02.2027"));
    QTest::mouseClick(child<QPushButton>(dialog, "addHours"), Qt::LeftButton);
    QVERIFY(ScheduleRepository(*f.db).hours(vogt)->isEmpty());

    child<QLineEdit>(dialog, "hoursValidFrom")->setText(QStringLiteral("01.01.2027"));
    QTest::mouseClick(child<QPushButton>(dialog, "addHours"), Qt::LeftButton);
    const auto hours = ScheduleRepository(*f.db).hours(vogt).value();
    QCOMPARE(hours.size(), 1);
    QCOMPARE(hours[0].weekday, 3);
    QCOMPARE(hours[0].from, QTime(14, 0));
    QCOMPARE(hours[0].validFrom, QDate(2027, 1, 1));
    QCOMPARE(child<QTableWidget>(dialog, "hoursTable")->rowCount(), 1);

    // Restrict her to the one existing type.
    auto *list = child<QListWidget>(dialog, "practitionerList");
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toLongLong() == vogt)
            list->setCurrentRow(row);
    }
    auto *offers = child<QListWidget>(dialog, "offeredTypes");
    QCOMPARE(offers->count(), 1);
    offers->item(0)->setCheckState(Qt::Checked);
    QTest::mouseClick(child<QPushButton>(dialog, "savePractitioner"), Qt::LeftButton);
    const auto saved = PractitionerRepository(*f.db).offers(vogt).value();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved[0].typeId, f.typeId);
}

QTEST_MAIN(TestSettingsDialog)
#include "test_settings_dialog.moc"
