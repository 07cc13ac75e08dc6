// The front desk as a receptionist works (issue 15), on the real windows offscreen: Enter books
// the best existing match, a new patient only by choice, every booking, move, cancellation and
// no-show can be taken back, and moving offers free times.
#include "reception_fixture.h"

#include "booking/move_dialog.h"
#include "booking/patient_picker.h"
#include "booking/series_dialog.h"
#include "common/message_box.h"
#include "localization.h"
#include "storage/audit_log.h"
#include "storage/patient_repository.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimeEdit>
#include <QToolButton>

using namespace empfang;
using namespace empfang::test::reception;
using empfang::test::GuiFixture;

class TestReception : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { installTranslations(*QCoreApplication::instance()); }
    void enterBooksTheBestExistingMatch();
    void newPatientOnlyByChoiceOrFullName();
    void seriesPickerPrefersExistingPatient();
    void undoBookingAndMove();
    void dropToAnotherPractitionerAsksAndUndoes();
    void cancelAndNoShowCanBeTakenBack();
    void undoRefusedWhenTheTimeWasTaken();
    void seriesDialogStartsOnTheGrid();
    void moveDialogOffersFreeTimesAndTheDuration();
};

void TestReception::enterBooksTheBestExistingMatch()
{
    GuiFixture f;
    PatientRepository patients(*f.db);
    const qint64 sophie = patients
                              .add(Patient{0,
                                           QStringLiteral("Sophie Wagner"),
                                           QDate(1985, 3, 12),
                                           QStringLiteral("0171 2345678"),
                                           {}})
                              ->id;
    QVERIFY(patients.add(Patient{
        0, QStringLiteral("Max Schneider"), QDate(1970, 1, 1), QStringLiteral("030 998877"), {}}));
    Window w(f);
    // A name prefix, a phone prefix, the phone digits without the space, the birth date.
    const QList<std::pair<QString, qint64>> cases = {
        {QStringLiteral("Wag"), GuiFixture::at(8)},
        {QStringLiteral("0171"), GuiFixture::at(8, 30)},
        {QStringLiteral("01712345678"), GuiFixture::at(9)},
        {QStringLiteral("12.03.1985"), GuiFixture::at(9, 30)},
    };
    for (const auto &[typed, start] : cases) {
        QPointer<BookingDialog> dialog = clickFreeSlot(w, f.practitionerId, start);
        QVERIFY2(dialog, qPrintable(typed));
        auto *search = dialog->findChild<QLineEdit *>(QStringLiteral("patientSearch"));
        QTest::keyClicks(search, typed);
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_VERIFY2(!dialog, qPrintable(typed));
        const auto booked = at(f, start);
        QVERIFY2(booked, qPrintable(typed));
        QCOMPARE(booked->patientId, sophie);
    }
    QCOMPARE(patients.search(QString())->size(), 2); // no "Wag", no "0171"
}

void TestReception::newPatientOnlyByChoiceOrFullName()
{
    GuiFixture f;
    PatientRepository patients(*f.db);
    QVERIFY(patients.add(Patient{0,
                                 QStringLiteral("Sophie Wagner"),
                                 QDate(1985, 3, 12),
                                 QStringLiteral("0171 2345678"),
                                 {}}));
    Window w(f);

    // Nobody matches and "Xyz" is no full name: Enter explains and books nothing.
    QPointer<BookingDialog> dialog = clickFreeSlot(w, f.practitionerId, GuiFixture::at(8));
    auto *search = dialog->findChild<QLineEdit *>(QStringLiteral("patientSearch"));
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("patientList"));
    QTest::keyClicks(search, QStringLiteral("Xyz"));
    QCOMPARE(list->count(), 1); // only "Create new patient: Xyz", not chosen
    QVERIFY(!list->currentItem());
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("bookingError"))->isVisible());
    QVERIFY(f.stored().isEmpty());
    // Choosing the entry explicitly creates the patient.
    QTest::keyClick(search, Qt::Key_Down);
    QCOMPARE(list->currentItem()->data(Qt::UserRole).toLongLong(), 0);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY(!dialog);
    QCOMPARE(at(f, GuiFixture::at(8))->patientName, QStringLiteral("Xyz"));

    // "First Last" nobody has: a new patient on Enter, as before.
    dialog = clickFreeSlot(w, f.practitionerId, GuiFixture::at(9));
    search = dialog->findChild<QLineEdit *>(QStringLiteral("patientSearch"));
    QTest::keyClicks(search, QStringLiteral("Jana Neumann"));
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY(!dialog);
    QCOMPARE(at(f, GuiFixture::at(9))->patientName, QStringLiteral("Jana Neumann"));

    // An explicit new "Sophie Wagner" with her birth date: the duplicate warning first.
    dialog = clickFreeSlot(w, f.practitionerId, GuiFixture::at(10));
    search = dialog->findChild<QLineEdit *>(QStringLiteral("patientSearch"));
    list = dialog->findChild<QListWidget *>(QStringLiteral("patientList"));
    QTest::keyClicks(search, QStringLiteral("Sophie Wagner"));
    QCOMPARE(list->currentItem()->data(Qt::UserRole).toLongLong() != 0, true); // she is chosen
    list->setCurrentRow(list->count() - 1);                                    // "Create new …"
    dialog->findChild<QLineEdit *>(QStringLiteral("newPatientBirthDate"))
        ->setText(QStringLiteral("12.03.1985"));
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(dialog);
    QCOMPARE(dialog->errorText(),
             BookingDialog::tr("A patient with this name and birth date already exists (number "
                               "%1). Choose them from the list, or press Book again to create a "
                               "new patient anyway.")
                 .arg(1));
    QVERIFY(!at(f, GuiFixture::at(10)));
    dialog->reject();
}

void TestReception::seriesPickerPrefersExistingPatient()
{
    GuiFixture f;
    const qint64 sophie =
        PatientRepository(*f.db).add(Patient{0, QStringLiteral("Sophie Wagner"), {}, {}, {}})->id;
    PatientPicker picker(*f.db, QStringLiteral("test"));
    QTest::keyClicks(picker.searchField(), QStringLiteral("Wag"));
    QCOMPARE(picker.patientId(), sophie);
    picker.searchField()->clear();
    QTest::keyClicks(picker.searchField(), QStringLiteral("Wagx"));
    QCOMPARE(picker.patientId(), -1); // neither a match nor a full name
    picker.searchField()->clear();
    QTest::keyClicks(picker.searchField(), QStringLiteral("Otto Neu"));
    QCOMPARE(picker.patientId(), 0);
}

void TestReception::undoBookingAndMove()
{
    GuiFixture f;
    Window w(f);
    w.window.setWeekView(false);
    QAction *undo = w.action("actionUndo");
    QVERIFY(!undo->isEnabled());
    QPointer<BookingDialog> dialog = clickFreeSlot(w, f.practitionerId, GuiFixture::at(9));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("patientSearch")),
                     QStringLiteral("Erika Mustermann"));
    QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("patientSearch")),
                    Qt::Key_Return);
    QTRY_VERIFY(!dialog);
    const qint64 id = at(f, GuiFixture::at(9))->id;
    // Back in the window after the dialog (a window manager does this by itself).
    w.window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w.window));
    QVERIFY(undo->isEnabled());
    QVERIFY2(undo->text().contains(QStringLiteral("Erika Mustermann")), qPrintable(undo->text()));
    QTest::keySequence(&w.window, QKeySequence::Undo);
    QCOMPARE(find(f, id).status, AppointmentStatus::Cancelled);
    QVERIFY(!undo->isEnabled());
    // The undo is audit-logged as a change of its own.
    const auto log = AuditLog(*f.db).list().value();
    QCOMPARE(log.first().action, QStringLiteral("cancelled"));
    QCOMPARE(log.first().detail, QStringLiteral("undo"));

    // Same day, same practitioner: a drop needs no question; Ctrl+Z puts it back.
    auto booked = f.bookAt(QStringLiteral("Lukas Weber"), 9);
    QVERIFY(booked);
    w.window.reload();
    MessageBox::setNextAnswer(QMessageBox::No); // would stop the move if it were asked
    drag(w, w.view->appointmentRect(booked->id),
         w.view->freeSlotRect(f.practitionerId, GuiFixture::at(10, 30)));
    QCOMPARE(find(f, booked->id).span.startMs, GuiFixture::at(10, 30));
    QVERIFY(!MessageBox::confirm(nullptr, {}, {}, {})); // the unused answer, consumed here
    QTest::keySequence(&w.window, QKeySequence::Undo);
    QCOMPARE(find(f, booked->id).span.startMs, GuiFixture::at(9));
    QCOMPARE(find(f, booked->id).status, AppointmentStatus::Booked);
    QCOMPARE(w.view->currentAppointment()->id, booked->id);
}

void TestReception::dropToAnotherPractitionerAsksAndUndoes()
{
    GuiFixture f;
    const qint64 jonas = addJonas(f);
    auto booked = f.bookAt(QStringLiteral("Sophie Wagner"), 9);
    QVERIFY(booked);
    Window w(f);
    w.window.setWeekView(false);
    const auto dropOnJonas = [&] {
        drag(w, w.view->appointmentRect(booked->id),
             w.view->freeSlotRect(jonas, GuiFixture::at(9)));
    };
    MessageBox::setNextAnswer(QMessageBox::No);
    dropOnJonas();
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Jonas Keller")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(find(f, booked->id).practitionerId, f.practitionerId);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    dropOnJonas();
    QCOMPARE(find(f, booked->id).practitionerId, jonas);
    w.action("actionUndo")->trigger();
    QCOMPARE(find(f, booked->id).practitionerId, f.practitionerId);
    QCOMPARE(find(f, booked->id).span.startMs, GuiFixture::at(9));
}

void TestReception::cancelAndNoShowCanBeTakenBack()
{
    GuiFixture f;
    auto a = f.bookAt(QStringLiteral("Sophie Wagner"), 9);
    auto b = f.bookAt(QStringLiteral("Max Schneider"), 10);
    QVERIFY(a && b);
    Window w(f);
    QVERIFY(w.view->selectAppointment(a->id));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    w.action("actionCancelAppointment")->trigger();
    QCOMPARE(find(f, a->id).status, AppointmentStatus::Cancelled);
    // Undo through the status bar's button.
    auto *button = w.window.findChild<QToolButton *>(QStringLiteral("undoButton"));
    QVERIFY(button && button->isEnabled());
    button->click();
    QCOMPARE(find(f, a->id).status, AppointmentStatus::Booked);

    // Cancelled again: "Take back the cancellation" on the appointment itself.
    QVERIFY(w.view->selectAppointment(a->id));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    w.action("actionCancelAppointment")->trigger();
    QVERIFY(w.view->selectAppointment(a->id));
    QAction *reinstate = w.action("actionReinstate");
    QVERIFY(reinstate->isEnabled() && reinstate->isVisible());
    reinstate->trigger();
    QCOMPARE(find(f, a->id).status, AppointmentStatus::Booked);

    // A no-show: "Attended after all" completes it; undo of a no-show books it again.
    f.clock.set(GuiFixture::at(10, 10));
    w.action("actionRefresh")->trigger();
    QVERIFY(w.view->selectAppointment(b->id));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    w.action("actionNoShow")->trigger();
    QCOMPARE(find(f, b->id).status, AppointmentStatus::NoShow);
    w.action("actionUndo")->trigger();
    QCOMPARE(find(f, b->id).status, AppointmentStatus::Booked);
    QVERIFY(w.view->selectAppointment(b->id));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    w.action("actionNoShow")->trigger();
    QVERIFY(w.view->selectAppointment(b->id));
    QAction *attended = w.action("actionAttended");
    QVERIFY(attended->isEnabled());
    attended->trigger();
    QCOMPARE(find(f, b->id).status, AppointmentStatus::Completed);
}

void TestReception::undoRefusedWhenTheTimeWasTaken()
{
    GuiFixture f;
    auto a = f.bookAt(QStringLiteral("Sophie Wagner"), 9);
    QVERIFY(a);
    Window w(f);
    QVERIFY(w.view->selectAppointment(a->id));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    w.action("actionCancelAppointment")->trigger();
    // Another desk (its own connection) books the freed time.
    auto other = Database::open(f.path);
    QVERIFY(other);
    AvailabilityService otherAvailability(*other.value(), f.clock);
    BookingService otherBooking(*other.value(), otherAvailability);
    QVERIFY(otherBooking.book({f.practitionerId,
                               f.typeId,
                               GuiFixture::at(9),
                               0,
                               QStringLiteral("Max Schneider"),
                               {},
                               {},
                               {}}));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    w.action("actionUndo")->trigger();
    QVERIFY2(MessageBox::lastText().contains(
                 BookingService::describe(SlotViolation::OverlapsAppointment)),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(find(f, a->id).status, AppointmentStatus::Cancelled);
}

void TestReception::seriesDialogStartsOnTheGrid()
{
    GuiFixture f;
    f.clock.set(GuiFixture::at(7, 3));
    Window w(f);
    w.action("actionBookSeries")->trigger();
    QPointer<SeriesDialog> dialog = w.window.findChild<SeriesDialog *>();
    QVERIFY(dialog);
    // The next start on the 5-minute grid, and no 01.01.2000 in the session editor.
    QCOMPARE(dialog->findChild<QDateTimeEdit *>(QStringLiteral("seriesStart"))->time(),
             QTime(7, 5));
    QCOMPARE(dialog->findChild<QDateTimeEdit *>(QStringLiteral("seriesRowTime"))->date(),
             GuiFixture::monday());
    dialog->reject();
}

void TestReception::moveDialogOffersFreeTimesAndTheDuration()
{
    GuiFixture f;
    const qint64 jonas = addJonas(f);
    // Jonas takes 45 minutes for a massage.
    QVERIFY(PractitionerRepository(*f.db).setOffers(jonas, {TypeOffer{f.typeId, 45}}));
    auto a = f.bookAt(QStringLiteral("Sophie Wagner"), 9);
    QVERIFY(a);
    Window w(f);
    QVERIFY(w.view->selectAppointment(a->id));
    w.action("actionMove")->trigger();
    QPointer<MoveDialog> dialog = w.window.findChild<MoveDialog *>();
    QVERIFY(dialog);
    auto *times = dialog->findChild<QListWidget *>(QStringLiteral("moveFreeTimes"));
    auto *duration = dialog->findChild<QLabel *>(QStringLiteral("moveDuration"));
    QVERIFY(times && duration);
    QVERIFY(times->count() >= 5);
    QVERIFY2(duration->text().contains(QStringLiteral("30")), qPrintable(duration->text()));
    // The list starts with the next separate free times (its own 09:00 counts as free).
    QCOMPARE(times->item(0)->data(Qt::UserRole).toLongLong(), GuiFixture::at(8));
    QCOMPARE(times->item(1)->data(Qt::UserRole).toLongLong(), GuiFixture::at(8, 30));
    // A refused time shows an error; any change clears it.
    dialog->findChild<QTimeEdit *>(QStringLiteral("moveTime"))->setTime(QTime(13, 0));
    dialog->findChild<QPushButton *>(QStringLiteral("moveButton"))->click();
    QVERIFY(!dialog->errorText().isEmpty());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("moveError"))->isVisible());
    times->setCurrentRow(1); // picking a free time fills date and time
    QCOMPARE(dialog->findChild<QTimeEdit *>(QStringLiteral("moveTime"))->time(), QTime(8, 30));
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("moveError"))->isVisible());
    // Another practitioner: their own duration is said before anything changes.
    auto *who = dialog->findChild<QComboBox *>(QStringLiteral("movePractitioner"));
    who->setCurrentIndex(who->findData(jonas));
    QVERIFY2(duration->text().contains(QStringLiteral("45")) &&
                 duration->text().contains(QStringLiteral("30")),
             qPrintable(duration->text()));
    QCOMPARE(find(f, a->id).practitionerId, f.practitionerId); // nothing changed yet
    dialog->findChild<QTimeEdit *>(QStringLiteral("moveTime"))->setTime(QTime(10, 0));
    dialog->findChild<QPushButton *>(QStringLiteral("moveButton"))->click();
    QTRY_VERIFY(!dialog);
    QCOMPARE(find(f, a->id).practitionerId, jonas);
    QCOMPARE(find(f, a->id).span.endMs - find(f, a->id).span.startMs, 45 * kMinuteMs);
}

QTEST_MAIN(TestReception)
#include "test_reception.moc"
