#include "booking/booking_dialog.h"
#include "booking/demo_data.h"
#include "booking/move_dialog.h"
#include "common/message_box.h"
#include "gui_fixture.h"
#include "localization.h"
#include "main_window.h"
#include "schedule/schedule_view.h"
#include "storage/patient_repository.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QTimeEdit>

using namespace empfang;
using empfang::test::GuiFixture;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bookByClickAndCancelViaContextMenu();
    void bookByKeyboard();
    void bookingErrorKeepsDialogAndDatabase();
    void moveViaDialog();
    void moveByDragAndDrop();
    void noShowAfterStart();
    void navigationAndFilters();
    void demoWeek();

private:
    struct Window
    {
        explicit Window(GuiFixture &f) : window(*f.services)
        {
            window.show();
            if (!QTest::qWaitForWindowExposed(&window))
                qFatal("window not exposed");
            view = window.findChild<ScheduleView *>(QStringLiteral("scheduleView"));
        }
        MainWindow window;
        ScheduleView *view = nullptr;
    };

    static QAction *action(QWidget &window, const char *name)
    {
        return window.findChild<QAction *>(QString::fromLatin1(name));
    }
    static bool hasFreeSlot(const ScheduleView &view, qint64 practitionerId, qint64 startMs)
    {
        for (const FreeSlot &s : view.displayedFreeSlots()) {
            if (s.practitionerId == practitionerId && s.span.startMs == startMs)
                return true;
        }
        return false;
    }
    static std::optional<Appointment> displayed(const ScheduleView &view, qint64 id)
    {
        for (const Appointment &a : view.displayedAppointments()) {
            if (a.id == id)
                return a;
        }
        return std::nullopt;
    }
    static QPointer<BookingDialog> clickFreeSlot(Window &w, qint64 practitionerId, qint64 startMs)
    {
        const QRect r = w.view->freeSlotRect(practitionerId, startMs);
        if (r.isEmpty())
            return nullptr;
        QTest::mouseClick(w.view->viewport(), Qt::LeftButton, {}, r.center());
        return w.window.findChild<BookingDialog *>(QStringLiteral("bookingDialog"));
    }
};

void TestMainWindow::initTestCase()
{
    installTranslations(*QCoreApplication::instance());
}

void TestMainWindow::bookByClickAndCancelViaContextMenu()
{
    GuiFixture f;
    Window w(f);
    QVERIFY(w.view);
    QCOMPARE(w.window.date(), GuiFixture::monday());
    const qint64 nine = GuiFixture::at(9);
    QVERIFY(hasFreeSlot(*w.view, f.practitionerId, nine));
    QVERIFY(w.view->displayedAppointments().isEmpty());

    // Action 1: click the slot. Action 2: type the name. Action 3: Enter.
    QPointer<BookingDialog> dialog = clickFreeSlot(w, f.practitionerId, nine);
    QVERIFY(dialog);
    auto *search = dialog->findChild<QLineEdit *>(QStringLiteral("patientSearch"));
    QVERIFY(search);
    QTest::keyClicks(search, QStringLiteral("Erika Mustermann"));
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY(!dialog);

    const QList<Appointment> shown = w.view->displayedAppointments();
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown[0].patientName, QStringLiteral("Erika Mustermann"));
    QCOMPARE(shown[0].typeName, QStringLiteral("Massage"));
    QCOMPARE(shown[0].span.startMs, nine);
    QCOMPARE(shown[0].status, AppointmentStatus::Booked);
    QVERIFY(!hasFreeSlot(*w.view, f.practitionerId, nine));
    QCOMPARE(f.stored().size(), 1);
    QCOMPARE(f.stored()[0].id, shown[0].id);
    QCOMPARE(f.stored()[0].span.endMs, nine + 30 * kMinuteMs);

    // Context menu on the block, cancel, first answer "no": nothing changes.
    const qint64 id = shown[0].id;
    const QRect block = w.view->appointmentRect(id);
    QVERIFY(!block.isEmpty());
    // QTest's clicks bypass the platform's context-menu synthesis; send what a right click makes.
    QTest::mouseClick(w.view->viewport(), Qt::RightButton, {}, block.center());
    QContextMenuEvent rightClick(QContextMenuEvent::Mouse, block.center(),
                                 w.view->viewport()->mapToGlobal(block.center()));
    QApplication::sendEvent(w.view->viewport(), &rightClick);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = w.view->findChild<QMenu *>(QStringLiteral("scheduleContextMenu"))));
    QAction *cancel = nullptr;
    for (QAction *a : menu->actions()) {
        if (a->objectName() == QLatin1String("actionCancelAppointment"))
            cancel = a;
    }
    QVERIFY(cancel);
    QVERIFY(cancel->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::No);
    cancel->trigger();
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Erika Mustermann")));
    QCOMPARE(f.stored()[0].status, AppointmentStatus::Booked);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    cancel->trigger();
    menu->close();
    QCOMPARE(f.stored()[0].status, AppointmentStatus::Cancelled);
    QCOMPARE(displayed(*w.view, id)->status, AppointmentStatus::Cancelled);
    QVERIFY(hasFreeSlot(*w.view, f.practitionerId, nine)); // the time is free again
}

void TestMainWindow::bookByKeyboard()
{
    GuiFixture f;
    Window w(f);
    w.view->setFocus();
    QTest::keyClick(w.view, Qt::Key_Down); // cursor onto the first slot of the day: 08:00
    QVERIFY(w.view->currentFreeSlot());
    QCOMPARE(w.view->currentFreeSlot()->span.startMs, GuiFixture::at(8));
    QTest::keyClick(w.view, Qt::Key_Down); // the next separate 30-minute slot (issue 15)
    QCOMPARE(w.view->currentFreeSlot()->span.startMs, GuiFixture::at(8, 30));
    QTest::keyClick(w.view, Qt::Key_Return);
    QPointer<BookingDialog> dialog;
    QTRY_VERIFY((dialog = w.window.findChild<BookingDialog *>(QStringLiteral("bookingDialog"))));
    test::shoot(dialog, "booking-dialog.png");
    auto *search = dialog->findChild<QLineEdit *>(QStringLiteral("patientSearch"));
    QTest::keyClicks(search, QStringLiteral("Neu Patientin"));
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY(!dialog);
    QCOMPARE(f.stored().size(), 1);
    QCOMPARE(f.stored()[0].span.startMs, GuiFixture::at(8, 30));
    QCOMPARE(f.stored()[0].patientName, QStringLiteral("Neu Patientin"));
    // After booking the cursor rests on the new appointment, ready for the next action.
    QVERIFY(w.view->currentAppointment());
    QCOMPARE(w.view->currentAppointment()->id, f.stored()[0].id);
}

void TestMainWindow::bookingErrorKeepsDialogAndDatabase()
{
    GuiFixture f;
    Window w(f);
    const qint64 ten = GuiFixture::at(10);
    QPointer<BookingDialog> dialog = clickFreeSlot(w, f.practitionerId, ten);
    QVERIFY(dialog);

    // Another desk (its own connection to the same file) takes the slot meanwhile.
    auto other = Database::open(f.path);
    QVERIFY2(other, qPrintable(other.error()));
    AvailabilityService otherAvailability(*other.value(), f.clock);
    BookingService otherBooking(*other.value(), otherAvailability);
    BookingRequest taken;
    taken.practitionerId = f.practitionerId;
    taken.typeId = f.typeId;
    taken.startMs = ten;
    taken.newPatientName = QStringLiteral("Max Schneider");
    QVERIFY(otherBooking.book(taken));

    auto *search = dialog->findChild<QLineEdit *>(QStringLiteral("patientSearch"));
    QTest::keyClicks(search, QStringLiteral("Fatma Yilmaz"));
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(dialog); // stays open
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("bookingError"));
    QVERIFY(error);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(BookingService::describe(SlotViolation::OverlapsAppointment)),
             qPrintable(error->text()));
    QCOMPARE(f.stored().size(), 1);
    QCOMPARE(f.stored()[0].patientName, QStringLiteral("Max Schneider"));
    auto created = PatientRepository(*f.db).byName(QStringLiteral("Fatma Yilmaz"));
    QVERIFY(created);
    QVERIFY(created->isEmpty()); // the new patient was rolled back with the booking
    dialog->reject();
}

void TestMainWindow::moveViaDialog()
{
    GuiFixture f;
    BookingRequest r{f.practitionerId,
                     f.typeId,
                     GuiFixture::at(9),
                     0,
                     QStringLiteral("Lukas Weber"),
                     {},
                     {},
                     {}};
    auto booked = f.booking->book(r);
    QVERIFY(booked);
    Window w(f);
    QVERIFY(w.view->selectAppointment(booked->id));
    QAction *move = action(w.window, "actionMove");
    QVERIFY(move && move->isEnabled());
    move->trigger();
    QPointer<MoveDialog> dialog = w.window.findChild<MoveDialog *>(QStringLiteral("moveDialog"));
    QVERIFY(dialog);
    test::shoot(dialog, "move-dialog.png");
    // Outside working hours first: refused, dialog stays, nothing changes.
    dialog->findChild<QTimeEdit *>(QStringLiteral("moveTime"))->setTime(QTime(13, 0));
    dialog->findChild<QPushButton *>(QStringLiteral("moveButton"))->click();
    QVERIFY(dialog);
    QCOMPARE(dialog->errorText(), BookingService::describe(SlotViolation::OutsideWorkingHours) +
                                      u' ' + BookingService::tr("Nothing was booked or changed."));
    QCOMPARE(f.stored()[0].span.startMs, GuiFixture::at(9));
    test::shoot(dialog, "move-dialog-refused.png");

    dialog->findChild<QDateEdit *>(QStringLiteral("moveDate"))
        ->setDate(GuiFixture::monday().addDays(1));
    dialog->findChild<QTimeEdit *>(QStringLiteral("moveTime"))->setTime(QTime(11, 0));
    dialog->findChild<QPushButton *>(QStringLiteral("moveButton"))->click();
    QTRY_VERIFY(!dialog);
    const qint64 tuesdayEleven = GuiFixture::berlin(GuiFixture::monday().addDays(1), QTime(11, 0));
    QCOMPARE(f.stored()[0].span.startMs, tuesdayEleven);
    QCOMPARE(displayed(*w.view, booked->id)->span.startMs, tuesdayEleven);
}

void TestMainWindow::moveByDragAndDrop()
{
    GuiFixture f;
    auto booked = f.bookAt(QStringLiteral("Sophie Wagner"), 9);
    QVERIFY(booked);
    Window w(f);
    w.window.setWeekView(false);
    const QRect from = w.view->appointmentRect(booked->id);
    const QRect to = w.view->freeSlotRect(f.practitionerId, GuiFixture::at(10, 30));
    QVERIFY(!from.isEmpty() && !to.isEmpty());
    QTest::mousePress(w.view->viewport(), Qt::LeftButton, {}, from.topLeft() + QPoint(8, 1));
    QTest::mouseMove(w.view->viewport(), from.topLeft() + QPoint(8, 40));
    QTest::mouseMove(w.view->viewport(), QPoint(to.left() + 8, to.top() + 1));
    QTest::mouseRelease(w.view->viewport(), Qt::LeftButton, {},
                        QPoint(to.left() + 8, to.top() + 1));
    QCOMPARE(f.stored()[0].span.startMs, GuiFixture::at(10, 30));
    QCOMPARE(displayed(*w.view, booked->id)->span.startMs, GuiFixture::at(10, 30));
}

void TestMainWindow::noShowAfterStart()
{
    GuiFixture f;
    auto booked = f.bookAt(QStringLiteral("Max Schneider"), 9);
    QVERIFY(booked);
    Window w(f);
    QVERIFY(w.view->selectAppointment(booked->id));
    QAction *noShow = action(w.window, "actionNoShow");
    QVERIFY(noShow);
    QVERIFY(!noShow->isEnabled()); // not begun yet
    f.clock.set(GuiFixture::at(9, 20));
    action(w.window, "actionRefresh")->trigger();
    QVERIFY(w.view->selectAppointment(booked->id));
    QVERIFY(noShow->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keySequence(&w.window, noShow->shortcut());
    QCOMPARE(f.stored()[0].status, AppointmentStatus::NoShow);
    QCOMPARE(displayed(*w.view, booked->id)->status, AppointmentStatus::NoShow);
}

void TestMainWindow::navigationAndFilters()
{
    GuiFixture f;
    auto second = PractitionerRepository(*f.db).add(QStringLiteral("Jonas Keller"));
    QVERIFY(second);
    Window w(f);
    QVERIFY(w.window.isWeekView());
    // Week view: Monday to Friday (the weekend is idle), two practitioners each.
    QCOMPARE(w.view->data().days.size(), 5);
    QCOMPARE(w.view->data().columns.size(), 10);

    action(w.window, "actionDayView")->trigger();
    QCOMPARE(w.view->data().columns.size(), 2);
    action(w.window, "actionNextDay")->trigger();
    QCOMPARE(w.window.date(), GuiFixture::monday().addDays(1));
    QCOMPARE(w.window.findChild<QDateEdit *>(QStringLiteral("dateEdit"))->date(),
             GuiFixture::monday().addDays(1));
    action(w.window, "actionNextWeek")->trigger();
    QCOMPARE(w.window.date(), GuiFixture::monday().addDays(8));
    action(w.window, "actionToday")->trigger();
    QCOMPARE(w.window.date(), GuiFixture::monday());

    auto *filter = w.window.findChild<QComboBox *>(QStringLiteral("practitionerFilter"));
    QVERIFY(filter);
    filter->setCurrentIndex(filter->findData(second->id));
    QCOMPARE(w.view->data().columns.size(), 1);
    QCOMPARE(w.view->data().columns[0].practitioner.name, QStringLiteral("Jonas Keller"));
    // Jonas has no working hours yet: no free slots.
    QVERIFY(w.view->displayedFreeSlots().isEmpty());
    filter->setCurrentIndex(filter->findData(f.practitionerId));
    QVERIFY(!w.view->displayedFreeSlots().isEmpty());

    // Shift+F3 jumps to the next free slot of the chosen type (F3 opens the list).
    action(w.window, "actionJumpToNextFree")->trigger();
    QVERIFY(w.view->currentFreeSlot());
    QCOMPARE(w.view->currentFreeSlot()->span.startMs, GuiFixture::at(8));
}

void TestMainWindow::demoWeek()
{
    test::TestDatabase t; // Monday 07:00: the whole demo week lies ahead
    QVERIFY(DemoData::seed(*t.db, t.clock));
    MainWindow window(*t.services);
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *view = window.findChild<ScheduleView *>(QStringLiteral("scheduleView"));
    QCOMPARE(view->data().days.size(), 5);
    QCOMPARE(view->data().columns.size(), 15);
    QCOMPARE(view->displayedAppointments().size(), 13); // 10 single, 3 of a series of 6
    QVERIFY(!view->displayedFreeSlots().isEmpty());
    // Every block fits at least one line of text in the default font.
    for (const Appointment &a : view->displayedAppointments())
        QVERIFY(view->appointmentRect(a.id).height() >= view->fontMetrics().height());

    // Dr. Vogt does not offer Krankengymnastik: her columns show no slots for it.
    auto *types = window.findChild<QComboBox *>(QStringLiteral("typeChooser"));
    types->setCurrentIndex(
        types->findText(QStringLiteral("Krankengymnastik"), Qt::MatchStartsWith));
    QVERIFY(types->currentIndex() >= 0);
    for (const ScheduleColumn &c : view->data().columns) {
        const bool vogt = c.practitioner.name == QStringLiteral("Dr. Miriam Vogt");
        QCOMPARE(c.offersType, !vogt);
        if (vogt)
            QVERIFY(c.freeSlots.isEmpty());
    }
    types->setCurrentIndex(0);
    // For a look at the result: EMPFANG_SCREENSHOT=/tmp/week.png ./test_main_window demoWeek
    if (const QString path = qEnvironmentVariable("EMPFANG_SCREENSHOT"); !path.isEmpty())
        QVERIFY(window.grab().save(path));
}

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
