#include "booking_dialog.h"
#include "diagnostics_action.h"
#include "first_run_wizard.h"
#include "localization.h"
#include "main_window.h"
#include "schedule_view.h"
#include "storage/appointment_repository.h"
#include "storage/appointment_type_repository.h"
#include "storage/practitioner_repository.h"
#include "storage/schedule_repository.h"
#include "storage/settings_repository.h"
#include "test_database.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QSqlQuery>
#include <QTableWidget>

using namespace empfang;
using empfang::test::TestDatabase;

class TestFirstRun : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { installTranslations(*QCoreApplication::instance()); }
    void finishStoresEverythingAndGridShowsFreeSlots();
    void cancelStoresNothing();
    void failureRollsBackEverything();
    void demoButton();
    void notShownWhenSetUp();

private:
    template <typename T> static T *child(QWidget &parent, const char *name)
    {
        auto *w = parent.findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }
    static QAbstractButton *button(QWizard &w, QWizard::WizardButton which)
    {
        return w.button(which);
    }
    // Types the practice and practitioner and walks to the last page.
    static void fillAndGoToHours(FirstRunWizard &w)
    {
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(!button(w, QWizard::NextButton)->isEnabled()); // the name is mandatory
        QTest::keyClicks(child<QLineEdit>(w, "practiceName"), QStringLiteral("Praxis Sonne"));
        QCOMPARE(child<QComboBox>(w, "timeZone")->currentText(), QStringLiteral("Europe/Berlin"));
        button(w, QWizard::NextButton)->click();
        QTest::keyClicks(child<QLineEdit>(w, "practitionerName"), QStringLiteral("Anna Berger"));
        button(w, QWizard::NextButton)->click();
        auto *types = child<QTableWidget>(w, "appointmentTypes");
        QCOMPARE(types->rowCount(), 3);
        types->item(2, 0)->setText(QString()); // leave the third suggestion out
        button(w, QWizard::NextButton)->click();
        QCOMPARE(w.currentPage()->objectName(), QStringLiteral("hoursPage"));
    }
    static qint64 count(Database &db, const char *table)
    {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QString::fromLatin1(table)));
        return q.next() ? q.value(0).toLongLong() : -1;
    }
};

void TestFirstRun::finishStoresEverythingAndGridShowsFreeSlots()
{
    TestDatabase t;
    QVERIFY(FirstRunWizard::isNeeded(*t.db));
    FirstRunWizard w(*t.db);
    fillAndGoToHours(w);
    button(w, QWizard::FinishButton)->click();
    QCOMPARE(w.result(), int(QDialog::Accepted));
    QVERIFY(!FirstRunWizard::isNeeded(*t.db));

    QCOMPARE(SettingsRepository(*t.db).load().name, QStringLiteral("Praxis Sonne"));
    const auto people = PractitionerRepository(*t.db).list();
    QVERIFY(people);
    QCOMPARE(people->size(), 1);
    QCOMPARE(people->at(0).name, QStringLiteral("Anna Berger"));
    const auto types = AppointmentTypeRepository(*t.db).list();
    QVERIFY(types);
    QCOMPARE(types->size(), 2);
    QList<int> minutes{types->at(0).minutes, types->at(1).minutes};
    std::sort(minutes.begin(), minutes.end());
    QCOMPARE(minutes, (QList<int>{20, 25})); // the suggestions, the third one left out
    const auto hours = ScheduleRepository(*t.db).hours(people->at(0).id);
    QVERIFY(hours);
    QCOMPARE(hours->size(), 5); // Monday to Friday
    QCOMPARE(hours->at(0).from, QTime(8, 0));

    // The main window opens on the new practice with free slots, and a first booking works.
    MainWindow window(*t.services);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *view = window.findChild<ScheduleView *>(QStringLiteral("scheduleView"));
    QVERIFY(view);
    QTRY_VERIFY(!view->displayedFreeSlots().isEmpty());
    const FreeSlot first = view->displayedFreeSlots().first();
    const QRect r = view->freeSlotRect(first.practitionerId, first.span.startMs);
    QVERIFY(!r.isEmpty());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, r.center());
    QPointer<BookingDialog> dialog =
        window.findChild<BookingDialog *>(QStringLiteral("bookingDialog"));
    QVERIFY(dialog);
    auto *search = dialog->findChild<QLineEdit *>(QStringLiteral("patientSearch"));
    QVERIFY(search);
    QTest::keyClicks(search, QStringLiteral("Max Schneider"));
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY(!dialog);
    QCOMPARE(count(*t.db, "appointments"), 1);

    // Help › Export diagnostics: one Help menu, and the bundle is written.
    QCOMPARE(window.findChildren<QMenu *>(QStringLiteral("menuHelp")).size(), 1);
    auto *exportAction = window.findChild<QAction *>(QStringLiteral("actionExportDiagnostics"));
    QVERIFY(exportAction);
    const QString target = t.dir.filePath(QStringLiteral("diagnose.zip"));
    DiagnosticsAction::setNextTarget(target);
    exportAction->trigger();
    QVERIFY(QFileInfo(target).size() > 0);
}

void TestFirstRun::cancelStoresNothing()
{
    TestDatabase t;
    {
        FirstRunWizard w(*t.db);
        fillAndGoToHours(w);
        button(w, QWizard::CancelButton)->click();
        QCOMPARE(w.result(), int(QDialog::Rejected));
    }
    QVERIFY(FirstRunWizard::isNeeded(*t.db));
    QCOMPARE(count(*t.db, "appointment_types"), 0);
    QCOMPARE(count(*t.db, "working_hours"), 0);
    QCOMPARE(count(*t.db, "settings"), 0);
}

void TestFirstRun::failureRollsBackEverything()
{
    TestDatabase t;
    FirstRunWizard w(*t.db);
    fillAndGoToHours(w);
    // The last write fails (the table is gone): practice, practitioner and types written
    // before it must disappear with it.
    QSqlQuery q(t.db->connection());
    QVERIFY(q.exec(QStringLiteral("DROP TABLE working_hours")));
    QVERIFY(!w.save());
    QVERIFY(FirstRunWizard::isNeeded(*t.db));
    QCOMPARE(count(*t.db, "appointment_types"), 0);
    QCOMPARE(count(*t.db, "settings"), 0);
}

void TestFirstRun::demoButton()
{
    TestDatabase t;
    FirstRunWizard w(*t.db);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    child<QAbstractButton>(w, "openDemoButton")->click();
    QCOMPARE(w.result(), FirstRunWizard::DemoRequested);
    QVERIFY(FirstRunWizard::isNeeded(*t.db)); // nothing written into the practice's file
}

void TestFirstRun::notShownWhenSetUp()
{
    TestDatabase t;
    QVERIFY(PractitionerRepository(*t.db).add(QStringLiteral("Jonas Keller")));
    QVERIFY(!FirstRunWizard::isNeeded(*t.db));
    auto same = FirstRunWizard::runIfNeeded(t.db, AppStartup::Options{}, t.clock);
    QCOMPARE(same.get(), t.db.get());
}

QTEST_MAIN(TestFirstRun)
#include "test_first_run.moc"
