// The window on a PostgreSQL database (issue 13): Settings › Datenbank, and a server that goes
// away while the receptionist works — the red notice, booking refused, the last grid still
// shown, and everything back by itself when the server returns. Runs on the throwaway cluster
// (EMPFANG_TEST_BACKEND=postgresql, see tests/support/test_backend.h).
#include "booking/availability_service.h"
#include "booking/booking_service.h"
#include "database_tab.h"
#include "gui_fixture.h"
#include "localization.h"
#include "main_window.h"
#include "schedule_view.h"
#include "settings_dialog.h"
#include "storage/database_location.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace empfang;
using namespace empfang::test;

class TestServerUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void databaseTabShowsServerAndRefusesPassword();
    void lostServerLocksBookingAndComesBack();
};

void TestServerUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings in a test folder, not the user's
    installTranslations(*QCoreApplication::instance());
    QVERIFY(onPostgres());
    QVERIFY2(PostgresCluster::shared().isRunning(), qPrintable(PostgresCluster::shared().error()));
}

void TestServerUi::databaseTabShowsServerAndRefusesPassword()
{
    GuiFixture f;
    DatabaseLocation::setConfigured(QString());
    SettingsDialog dialog(*f.db);
    auto *tab = dialog.findChild<DatabaseTab *>(QStringLiteral("databaseTab"));
    QVERIFY(tab);
    auto *inUse = tab->findChild<QLabel *>(QStringLiteral("databaseInUse"));
    QVERIFY(inUse->text().contains(QStringLiteral("PostgreSQL-Datenbank")));
    QVERIFY(!inUse->text().contains(QStringLiteral("postgres@"))); // host/database, no user

    auto *next = tab->findChild<QLineEdit *>(QStringLiteral("databaseNext"));
    auto *save = tab->findChild<QPushButton *>(QStringLiteral("databaseSave"));
    next->setText(QStringLiteral("postgresql://empfang:geheim@praxis-server/empfang"));
    save->click();
    QVERIFY(dialog.message().contains(QStringLiteral("Passwort")));
    QCOMPARE(DatabaseLocation::configured(), QString()); // nothing stored, least of all it

    const QString good =
        QStringLiteral("postgresql://empfang@praxis-server/empfang?sslmode=verify-full");
    next->setText(good);
    save->click();
    QVERIFY(dialog.message().contains(QStringLiteral("praxis-server/empfang")));
    QCOMPARE(DatabaseLocation::configured(), good);
    DatabaseLocation::setConfigured(QString());
}

void TestServerUi::lostServerLocksBookingAndComesBack()
{
    GuiFixture f;
    AvailabilityService availability(*f.db, f.clock);
    BookingService booking(*f.db, availability);
    BookingRequest request;
    request.practitionerId = f.practitionerId;
    request.typeId = f.typeId;
    request.startMs = GuiFixture::at(9, 0);
    request.newPatientName = QStringLiteral("Erika Muster");
    auto first = booking.book(request);
    QVERIFY2(first, qPrintable(first.error()));

    MainWindow window(*f.services);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *view = window.findChild<ScheduleView *>(QStringLiteral("scheduleView"));
    auto *notice = window.findChild<QLabel *>(QStringLiteral("storageNotice"));
    QCOMPARE(view->displayedAppointments().size(), 1);
    QVERIFY(!notice->isVisible());

    QVERIFY(PostgresCluster::shared().stop(QStringLiteral("immediate")));
    window.findChild<QAction *>(QStringLiteral("actionRefresh"))->trigger();
    QTRY_VERIFY(notice->isVisible());
    QVERIFY2(
        notice->text().contains(QStringLiteral("Datenbank nicht erreichbar – Buchen gesperrt")),
        qPrintable(notice->text()));
    // What was read last stays on screen.
    QCOMPARE(view->displayedAppointments().size(), 1);
    // A booking now is refused with the reason — never confirmed.
    request.startMs = GuiFixture::at(10, 0);
    auto refused = booking.book(request);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("nicht erreichbar")),
             qPrintable(refused.error()));

    QVERIFY2(PostgresCluster::shared().start(), qPrintable(PostgresCluster::shared().error()));
    // Reconnects on its own (every few seconds) and reloads.
    QTRY_VERIFY_WITH_TIMEOUT(!notice->isVisible(), 20000);
    auto again = booking.book(request);
    QVERIFY2(again, qPrintable(again.error()));
    QTRY_COMPARE_WITH_TIMEOUT(view->displayedAppointments().size(), 2, 10000);
}

QTEST_MAIN(TestServerUi)
#include "test_server_ui.moc"
