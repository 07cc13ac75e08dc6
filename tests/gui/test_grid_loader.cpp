// The grid catches up with changes nobody at this desk made (another desk's booking, Google's
// answers) off the GUI thread, on a database connection of its own: the old grid stays on
// screen until the new one is there, and a result for a view the desk has left meanwhile is
// dropped. The other desk is a real empfang-cli process on the same file.
#include "cli_harness.h"
#include "grid_loader.h"
#include "gui_fixture.h"
#include "main_window.h"
#include "schedule_view.h"

#include <QApplication>
#include <QTest>

using namespace empfang;
using test::GuiFixture;

class TestGridLoader : public QObject
{
    Q_OBJECT

    struct Window
    {
        explicit Window(GuiFixture &f) : window(*f.services)
        {
            window.show();
            if (!QTest::qWaitForWindowExposed(&window))
                qFatal("window not exposed");
            view = window.scheduleView();
            loader = window.findChild<GridLoader *>(QStringLiteral("gridLoader"));
        }
        MainWindow window;
        ScheduleView *view = nullptr;
        GridLoader *loader = nullptr;
    };

    static void bookElsewhere(const GuiFixture &f, const QString &patient)
    {
        const auto booked = test::CliHarness(f.path).run(
            {QStringLiteral("book"), QStringLiteral("--practitioner"),
             QString::number(f.practitionerId), QStringLiteral("--type"), QString::number(f.typeId),
             QStringLiteral("--start"),
             GuiFixture::monday().toString(Qt::ISODate) + QStringLiteral("T09:00"),
             QStringLiteral("--patient"), patient});
        QVERIFY2(booked.exitCode == 0, qPrintable(booked.err));
    }

    static bool showsFree(const ScheduleView &view, qint64 practitionerId, qint64 startMs)
    {
        for (const FreeSlot &s : view.displayedFreeSlots()) {
            if (s.practitionerId == practitionerId && s.span.startMs == startMs)
                return true;
        }
        return false;
    }

private slots:
    void anotherDesksBookingArrivesWithoutTheGuiWaiting()
    {
        GuiFixture f;
        Window w(f);
        QVERIFY(w.loader);
        QVERIFY(w.view->displayedAppointments().isEmpty());
        QVERIFY(showsFree(*w.view, f.practitionerId, GuiFixture::at(9)));

        bookElsewhere(f, QStringLiteral("Max Müller"));
        w.window.reloadInBackground();
        // Returned at once: the grid on screen is still the old one, nothing half-loaded.
        QVERIFY(w.loader->isLoading());
        QVERIFY(w.view->displayedAppointments().isEmpty());
        QVERIFY(showsFree(*w.view, f.practitionerId, GuiFixture::at(9)));

        // Then, in one step, the appointment and the slot it took.
        QTRY_COMPARE_WITH_TIMEOUT(w.view->displayedAppointments().size(), 1, 10000);
        QCOMPARE(w.view->displayedAppointments().first().patientName, QStringLiteral("Max Müller"));
        QCOMPARE(w.view->displayedAppointments().first().span.startMs, GuiFixture::at(9));
        QVERIFY(!showsFree(*w.view, f.practitionerId, GuiFixture::at(9)));
        QVERIFY(!w.loader->isLoading());
    }

    void aResultForAViewLeftMeanwhileIsDropped()
    {
        GuiFixture f;
        Window w(f);
        bookElsewhere(f, QStringLiteral("Max Müller"));
        w.window.reloadInBackground();                     // this week, with the booking
        w.window.setDate(GuiFixture::monday().addDays(7)); // the desk moves on at once
        const QList<QDate> nextWeek = w.view->data().days;
        QVERIFY(!nextWeek.isEmpty());
        QVERIFY(nextWeek.first() >= GuiFixture::monday().addDays(7));
        QTRY_VERIFY_WITH_TIMEOUT(!w.loader->isLoading(), 10000);
        QTest::qWait(50);
        // Still the week the desk chose, not the older answer.
        QCOMPARE(w.view->data().days, nextWeek);
        QVERIFY(w.view->displayedAppointments().isEmpty());

        // Back on this week, the booking is there (read anew, not the dropped result).
        w.window.setDate(GuiFixture::monday());
        QCOMPARE(w.view->displayedAppointments().size(), 1);
    }

    // Both connections keep their hot statements prepared between loads: a kept statement
    // must not keep its snapshot, or the grid would never see another desk's next booking.
    void preparedStatementsSeeLaterBookingsOfOtherProcesses()
    {
        GuiFixture f;
        Window w(f);
        w.window.reloadInBackground();
        QTRY_VERIFY_WITH_TIMEOUT(!w.loader->isLoading(), 10000);
        QVERIFY(w.view->displayedAppointments().isEmpty());

        bookElsewhere(f, QStringLiteral("Max Müller"));
        w.window.reloadInBackground(); // the loader's connection, second time round
        QTRY_COMPARE_WITH_TIMEOUT(w.view->displayedAppointments().size(), 1, 10000);

        const auto cancelled = test::CliHarness(f.path).run(
            {QStringLiteral("cancel"), QStringLiteral("--appointment"),
             QString::number(w.view->displayedAppointments().first().id)});
        QVERIFY2(cancelled.exitCode == 0, qPrintable(cancelled.err));
        w.window.reload(); // the window's own connection, whose statements ran at start
        QCOMPARE(w.view->displayedAppointments().size(), 1);
        QCOMPARE(w.view->displayedAppointments().first().status, AppointmentStatus::Cancelled);
        QVERIFY(showsFree(*w.view, f.practitionerId, GuiFixture::at(9)));
    }

    void onlyTheNewestOfManyLoadsIsShown()
    {
        GuiFixture f;
        Window w(f);
        int shown = 0;
        connect(w.loader, &GridLoader::loaded, this, [&shown] { ++shown; });
        for (int i = 0; i < 5; ++i)
            w.window.reloadInBackground();
        bookElsewhere(f, QStringLiteral("Erika Muster"));
        w.window.reloadInBackground();
        QTRY_VERIFY_WITH_TIMEOUT(!w.loader->isLoading(), 10000);
        QCOMPARE(shown, 1);
        QCOMPARE(w.view->displayedAppointments().size(), 1);
        QCOMPARE(w.view->displayedAppointments().first().patientName,
                 QStringLiteral("Erika Muster"));
    }
};

QTEST_MAIN(TestGridLoader)
#include "test_grid_loader.moc"
