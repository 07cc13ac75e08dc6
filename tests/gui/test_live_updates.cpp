// Every desk is live (issue 13): two windows on one database, each with its own connection as
// two desks have, and a booking from a third connection. Both windows show it without anyone
// pressing F5 — on SQLite through the file's data version, on PostgreSQL through NOTIFY.
#include "booking/availability_service.h"
#include "booking/booking_service.h"
#include "gui_fixture.h"
#include "main_window.h"
#include "schedule_view.h"

#include <QElapsedTimer>
#include <QTest>

using namespace empfang;
using namespace empfang::test;

class TestLiveUpdates : public QObject
{
    Q_OBJECT

private slots:
    void bookingAtAnotherDeskAppearsInBothWindows();
};

namespace {

bool shows(const ScheduleView &view, qint64 id,
           AppointmentStatus status = AppointmentStatus::Booked)
{
    for (const Appointment &a : view.displayedAppointments())
        if (a.id == id)
            return a.status == status;
    return false;
}

struct Desk
{
    Desk(const QString &path, const Clock &clock)
    {
        auto opened = Database::open(path);
        if (!opened)
            qFatal("cannot open: %s", qPrintable(opened.error()));
        db = opened.value();
        services = std::make_unique<AppServices>(*db, clock);
    }
    std::shared_ptr<Database> db;
    std::unique_ptr<AppServices> services;
};

} // namespace

void TestLiveUpdates::bookingAtAnotherDeskAppearsInBothWindows()
{
    GuiFixture f;
    Desk second(f.path, f.clock);
    Desk third(f.path, f.clock);
    MainWindow one(*f.services);
    MainWindow two(*second.services);
    one.show();
    two.show();
    QVERIFY(QTest::qWaitForWindowExposed(&one));
    QVERIFY(QTest::qWaitForWindowExposed(&two));
    auto *viewOne = one.findChild<ScheduleView *>(QStringLiteral("scheduleView"));
    auto *viewTwo = two.findChild<ScheduleView *>(QStringLiteral("scheduleView"));
    QVERIFY(viewOne && viewTwo);
    QVERIFY(viewOne->displayedAppointments().isEmpty());

    AvailabilityService availability(*third.db, f.clock);
    BookingService booking(*third.db, availability);
    BookingRequest request;
    request.practitionerId = f.practitionerId;
    request.typeId = f.typeId;
    request.startMs = GuiFixture::at(9, 30);
    request.newPatientName = QStringLiteral("Erika Muster");
    QElapsedTimer sinceBooked;
    auto booked = booking.book(request);
    sinceBooked.start();
    QVERIFY2(booked, qPrintable(booked.error()));
    // Generous for a loaded test machine; the figure below is what a receptionist sees.
    QTRY_VERIFY_WITH_TIMEOUT(shows(*viewOne, booked->id) && shows(*viewTwo, booked->id), 10000);
    qInfo("both windows showed the booking after %lld ms", sinceBooked.elapsed());

    // A cancellation at the other desk shows the same way.
    QVERIFY(booking.cancel(booked->id));
    QTRY_VERIFY_WITH_TIMEOUT(shows(*viewOne, booked->id, AppointmentStatus::Cancelled) &&
                                 shows(*viewTwo, booked->id, AppointmentStatus::Cancelled),
                             10000);
}

QTEST_MAIN(TestLiveUpdates)
#include "test_live_updates.moc"
