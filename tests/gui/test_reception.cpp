// The front desk as a receptionist works (issue 15), on the real windows offscreen: Enter books
// the best existing match, every change can be taken back, absences over bookings warn and
// stay marked, the keyboard reaches any time quickly, settings never lose edits silently, and
// printing covers every practitioner shown and a small card with the practice's address.
#include "absences_tab.h"
#include "booking_dialog.h"
#include "domain/status_text.h"
#include "first_run_pages.h"
#include "first_run_wizard.h"
#include "front_desk.h"
#include "google/google_connection_service.h"
#include "google/google_endpoints.h"
#include "google_tab.h"
#include "gui_fixture.h"
#include "localization.h"
#include "main_window.h"
#include "memory_token_store.h"
#include "message_box.h"
#include "move_dialog.h"
#include "patient_picker.h"
#include "patients_dialog.h"
#include "schedule_tooltips.h"
#include "schedule_view.h"
#include "series_dialog.h"
#include "settings_dialog.h"
#include "storage/audit_log.h"
#include "storage/patient_repository.h"
#include "storage/practice_contact_repository.h"
#include "storage/series_repository.h"
#include "storage/settings_repository.h"

#include <QAction>
#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimeEdit>
#include <QToolButton>
#include <QWizard>

#include <cmath>

using namespace empfang;
using empfang::test::GuiFixture;

namespace {

struct Window
{
    explicit Window(GuiFixture &f) : window(*f.services)
    {
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            qFatal("window not exposed");
        view = window.findChild<ScheduleView *>(QStringLiteral("scheduleView"));
    }
    QAction *action(const char *name) const
    {
        auto *a = window.findChild<QAction *>(QString::fromLatin1(name));
        if (!a)
            qFatal("no action %s", name);
        return a;
    }
    QString status() const { return window.statusBar()->currentMessage(); }
    MainWindow window;
    ScheduleView *view = nullptr;
};

QPointer<BookingDialog> clickFreeSlot(Window &w, qint64 practitionerId, qint64 startMs)
{
    const QRect r = w.view->freeSlotRect(practitionerId, startMs);
    if (r.isEmpty())
        return nullptr;
    QTest::mouseClick(w.view->viewport(), Qt::LeftButton, {}, r.center());
    return w.window.findChild<BookingDialog *>(QStringLiteral("bookingDialog"));
}

std::optional<Appointment> at(GuiFixture &f, qint64 startMs)
{
    for (const Appointment &a : f.stored()) {
        if (a.span.startMs == startMs && a.status == AppointmentStatus::Booked)
            return a;
    }
    return std::nullopt;
}

Appointment find(GuiFixture &f, qint64 id)
{
    return AppointmentRepository(*f.db).find(id).value();
}

qint64 addJonas(GuiFixture &f)
{
    auto p = PractitionerRepository(*f.db).add(QStringLiteral("Jonas Keller"),
                                               QStringLiteral("#e15759"));
    for (int day = 1; day <= 5; ++day)
        ScheduleRepository(*f.db).addHours(
            WeeklyHours{0, p->id, day, QTime(8, 0), QTime(12, 0), {}, {}});
    return p->id;
}

void drag(Window &w, const QRect &from, const QRect &to)
{
    QTest::mousePress(w.view->viewport(), Qt::LeftButton, {}, from.topLeft() + QPoint(8, 1));
    QTest::mouseMove(w.view->viewport(), from.topLeft() + QPoint(8, 40));
    QTest::mouseMove(w.view->viewport(), QPoint(to.left() + 8, to.top() + 1));
    QTest::mouseRelease(w.view->viewport(), Qt::LeftButton, {},
                        QPoint(to.left() + 8, to.top() + 1));
}

// Red-ish pixels (the conflict frame and text) inside a rectangle of the grid.
int redPixels(ScheduleView *view, const QRect &r)
{
    const QImage image = view->viewport()->grab(r).toImage();
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            n += c.red() - c.green() > 60 && c.red() - c.blue() > 60;
        }
    }
    return n;
}

double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

// WCAG contrast between a block's most common colour (its fill) and its darkest (the text).
double textContrast(ScheduleView *view, const QRect &block)
{
    const QImage image = view->viewport()->grab(block.adjusted(8, 3, -4, -3)).toImage();
    QHash<QRgb, int> count;
    double darkest = 1;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            ++count[c.rgb()];
            darkest = std::min(darkest, luminance(c));
        }
    }
    QRgb fill = 0;
    for (auto it = count.cbegin(); it != count.cend(); ++it) {
        if (!fill || it.value() > count.value(fill))
            fill = it.key();
    }
    return (luminance(QColor(fill)) + 0.05) / (darkest + 0.05);
}

} // namespace

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
    void statusBarCountsEveryStatus();
    void seriesDialogStartsOnTheGrid();
    void patientHistoryNamesEveryStatus();
    void blockTextReachesWcagContrast();
    void wizardRefusesBlankNames();
    void absenceOverBookingsWarnsAndMarks();
    void absenceMoveAppointmentsOpensMoveDialogs();
    void keyboardReachesAnyTime();
    void clickOnBlockedTimeSaysWhy();
    void settingsAskBeforeDiscarding();
    void googleConnectSaysFirstWhenNoClientIsSet();
    void moveDialogOffersFreeTimesAndTheDuration();
    void dayListPrintsAllShownPractitioners();
    void cardHasAddressInSmallFormat();
    void seriesCardsShowTheirPlaceAndTheMessageTheDates();
    void cardKeepsThePatientNameOnALaptop();
    void patientExportSpeaksGerman();
    void googleTechnicalDetailsAreCollapsed();
    void shortcutsDialogIsWholeAndSortedGerman();
    void windowTitlesSayEmpfangOnce();
    void fieldHintsAreWhole();
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
    auto booked = f.booking->book({f.practitionerId,
                                   f.typeId,
                                   GuiFixture::at(9),
                                   0,
                                   QStringLiteral("Lukas Weber"),
                                   {},
                                   {},
                                   {}});
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
    auto booked = f.booking->book({f.practitionerId,
                                   f.typeId,
                                   GuiFixture::at(9),
                                   0,
                                   QStringLiteral("Sophie Wagner"),
                                   {},
                                   {},
                                   {}});
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
    auto a = f.booking->book({f.practitionerId,
                              f.typeId,
                              GuiFixture::at(9),
                              0,
                              QStringLiteral("Sophie Wagner"),
                              {},
                              {},
                              {}});
    auto b = f.booking->book({f.practitionerId,
                              f.typeId,
                              GuiFixture::at(10),
                              0,
                              QStringLiteral("Max Schneider"),
                              {},
                              {},
                              {}});
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

void TestReception::statusBarCountsEveryStatus()
{
    GuiFixture f;
    QList<qint64> ids;
    for (int hour : {8, 9, 10}) {
        auto a = f.booking->book({f.practitionerId,
                                  f.typeId,
                                  GuiFixture::at(hour),
                                  0,
                                  QStringLiteral("Sophie Wagner"),
                                  {},
                                  {},
                                  {}});
        QVERIFY(a);
        ids << a->id;
    }
    QVERIFY(f.booking->cancel(ids[0]));
    Window w(f);
    QVERIFY2(w.status().startsWith(
                 MainWindow::tr("%n appointment(s)", "", 3) +
                 MainWindow::tr(", of which %1").arg(MainWindow::tr("%n cancelled", "", 1))),
             qPrintable(w.status()));
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

void TestReception::patientHistoryNamesEveryStatus()
{
    GuiFixture f;
    auto first = f.booking->book({f.practitionerId,
                                  f.typeId,
                                  GuiFixture::at(8),
                                  0,
                                  QStringLiteral("Sophie Wagner"),
                                  {},
                                  {},
                                  {}});
    QVERIFY(first);
    const qint64 sophie = first->patientId;
    QList<qint64> ids{first->id};
    for (int hour : {9, 10}) {
        auto a = f.booking->book(
            {f.practitionerId, f.typeId, GuiFixture::at(hour), sophie, {}, {}, {}, {}});
        QVERIFY(a);
        ids << a->id;
    }
    // A completed one (it was shown as "gebucht" before), a no-show and a booked one.
    QVERIFY(AppointmentRepository(*f.db).setStatus(ids[0], AppointmentStatus::Completed,
                                                   GuiFixture::at(9)));
    f.clock.set(GuiFixture::at(9, 10));
    QVERIFY(f.booking->markNoShow(ids[1]));
    PatientsDialog dialog(*f.db, *f.booking, f.clock);
    dialog.show();
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("patientsSearch")),
                     QStringLiteral("Wagner"));
    QCOMPARE(dialog.currentPatientId(), sophie);
    auto *history = dialog.findChild<QTableWidget *>(QStringLiteral("patientHistory"));
    QStringList states;
    for (int row = 0; row < history->rowCount(); ++row)
        states << history->item(row, 3)->text();
    states.sort();
    QStringList expected = {StatusText::of(AppointmentStatus::Completed),
                            StatusText::of(AppointmentStatus::NoShow),
                            StatusText::of(AppointmentStatus::Booked)};
    expected.sort();
    QCOMPARE(states, expected);
}

void TestReception::blockTextReachesWcagContrast()
{
    GuiFixture f;
    QList<qint64> ids;
    for (int hour : {8, 9, 10}) {
        auto a = f.booking->book({f.practitionerId,
                                  f.typeId,
                                  GuiFixture::at(hour),
                                  0,
                                  QStringLiteral("Sophie Wagner"),
                                  {},
                                  {},
                                  {}});
        QVERIFY(a);
        ids << a->id;
    }
    f.clock.set(GuiFixture::at(9, 10));
    QVERIFY(f.booking->cancel(ids[0]));
    QVERIFY(f.booking->markNoShow(ids[1]));
    Window w(f);
    w.window.setWeekView(false);
    for (qint64 id : ids) {
        const QRect block = w.view->appointmentRect(id);
        QVERIFY(!block.isEmpty());
        QVERIFY(!w.view->freeSlotRect(f.practitionerId, GuiFixture::at(11)).isEmpty());
        const double ratio = textContrast(w.view, block); // cursor frame moved away first
        QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("appointment %1 (status %2): %3:1")
                                              .arg(id)
                                              .arg(int(find(f, id).status))
                                              .arg(ratio)));
    }
}

void TestReception::wizardRefusesBlankNames()
{
    QWizard wizard;
    auto *page = new PracticePage(&wizard);
    wizard.addPage(page);
    wizard.addPage(new PractitionerPage(&wizard));
    wizard.show();
    auto *name = page->findChild<QLineEdit *>(QStringLiteral("practiceName"));
    QTest::keyClicks(name, QStringLiteral("   "));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // refused on its own page
    QTest::keyClicks(name, QStringLiteral("Praxis"));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QCOMPARE(page->practiceName(), QStringLiteral("Praxis"));
}

void TestReception::undoRefusedWhenTheTimeWasTaken()
{
    GuiFixture f;
    auto a = f.booking->book({f.practitionerId,
                              f.typeId,
                              GuiFixture::at(9),
                              0,
                              QStringLiteral("Sophie Wagner"),
                              {},
                              {},
                              {}});
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

void TestReception::absenceOverBookingsWarnsAndMarks()
{
    GuiFixture f;
    auto a = f.booking->book({f.practitionerId,
                              f.typeId,
                              GuiFixture::at(9),
                              0,
                              QStringLiteral("Sophie Wagner"),
                              {},
                              {},
                              {}});
    auto b = f.booking->book({f.practitionerId,
                              f.typeId,
                              GuiFixture::at(10),
                              0,
                              QStringLiteral("Max Schneider"),
                              {},
                              {},
                              {}});
    QVERIFY(a && b);
    Window w(f);
    w.window.setWeekView(false);
    const int redBefore = redPixels(w.view, w.view->appointmentRect(a->id));
    w.action("actionSettings")->trigger();
    QPointer<SettingsDialog> settings = w.window.findChild<SettingsDialog *>();
    QVERIFY(settings);
    auto *tab = settings->findChild<AbsencesTab *>();
    settings->tabs()->setCurrentWidget(tab);
    // The default is the working day shown, not midnight to midnight.
    auto *from = tab->findChild<QDateTimeEdit *>(QStringLiteral("absenceFrom"));
    auto *to = tab->findChild<QDateTimeEdit *>(QStringLiteral("absenceTo"));
    QCOMPARE(from->dateTime(), QDateTime(GuiFixture::monday(), QTime(8, 0)));
    QCOMPARE(to->dateTime(), QDateTime(GuiFixture::monday(), QTime(12, 0)));
    tab->findChild<QLineEdit *>(QStringLiteral("absenceReason"))
        ->setText(QStringLiteral("Fortbildung"));
    auto *add = tab->findChild<QPushButton *>(QStringLiteral("addAbsence"));

    // Asked first, naming the appointments; "Cancel" stores nothing.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    add->click();
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Sophie Wagner")) &&
                 MessageBox::lastText().contains(QStringLiteral("Max Schneider")),
             qPrintable(MessageBox::lastText()));
    QVERIFY(ScheduleRepository(*f.db)
                .absences(f.practitionerId, {GuiFixture::at(0), GuiFixture::at(23)})
                ->isEmpty());
    // "Add anyway": stored, and the grid behind the open dialog shows it at once.
    MessageBox::setNextAnswer(QMessageBox::No);
    add->click();
    QVERIFY(settings);
    const ScheduleColumn &column = w.view->data().columns.first();
    QCOMPARE(column.absences.size(), 1);
    QCOMPARE(column.absenceReasons.first(), QStringLiteral("Fortbildung"));
    for (const Appointment &x : column.appointments)
        QVERIFY(column.inAbsence(x));
    QVERIFY(find(f, a->id).status == AppointmentStatus::Booked); // still booked, but marked
    QVERIFY2(w.status().contains(
                 MainWindow::tr("%n appointment(s) lie in an absence: please move them.", "", 2)),
             qPrintable(w.status()));
    const int redAfter = redPixels(w.view, w.view->appointmentRect(a->id));
    QVERIFY2(redAfter > redBefore + 50,
             qPrintable(QStringLiteral("%1 → %2").arg(redBefore).arg(redAfter)));

    // Removing it clears the grid at once too.
    auto *table = tab->findChild<QTableWidget *>(QStringLiteral("absenceTable"));
    table->setCurrentCell(0, 0);
    tab->findChild<QPushButton *>(QStringLiteral("removeAbsence"))->click();
    QVERIFY(w.view->data().columns.first().absences.isEmpty());
    settings->reject();
    QTRY_VERIFY(!settings);
}

void TestReception::absenceMoveAppointmentsOpensMoveDialogs()
{
    GuiFixture f;
    auto a = f.booking->book({f.practitionerId,
                              f.typeId,
                              GuiFixture::at(9),
                              0,
                              QStringLiteral("Sophie Wagner"),
                              {},
                              {},
                              {}});
    auto b = f.booking->book({f.practitionerId,
                              f.typeId,
                              GuiFixture::at(10),
                              0,
                              QStringLiteral("Max Schneider"),
                              {},
                              {},
                              {}});
    QVERIFY(a && b);
    Window w(f);
    w.action("actionSettings")->trigger();
    QPointer<SettingsDialog> settings = w.window.findChild<SettingsDialog *>();
    auto *tab = settings->findChild<AbsencesTab *>();
    MessageBox::setNextAnswer(QMessageBox::Yes); // "Move appointments…"
    tab->findChild<QPushButton *>(QStringLiteral("addAbsence"))->click();
    QTRY_VERIFY(!settings);
    QPointer<MoveDialog> move;
    QTRY_VERIFY((move = w.window.findChild<MoveDialog *>()));
    QCOMPARE(move->appointmentId(), a->id);
    move->reject();
    QTRY_VERIFY(!move);
    QTRY_VERIFY((move = w.window.findChild<MoveDialog *>()));
    QCOMPARE(move->appointmentId(), b->id);
    move->reject();
}

void TestReception::keyboardReachesAnyTime()
{
    GuiFixture f;
    Window w(f);
    w.window.setWeekView(false);
    w.view->setFocus();
    const auto current = [&w] {
        return w.view->currentFreeSlot() ? w.view->currentFreeSlot()->span.startMs : qint64(0);
    };
    QTest::keyClick(w.view, Qt::Key_Down);
    QCOMPARE(current(), GuiFixture::at(8));
    QTest::keyClick(w.view, Qt::Key_Down); // the next separate 30-minute slot, not 08:05
    QCOMPARE(current(), GuiFixture::at(8, 30));
    QTest::keyClick(w.view, Qt::Key_Up);
    QCOMPARE(current(), GuiFixture::at(8));
    QTest::keyClick(w.view, Qt::Key_PageDown);
    QCOMPARE(current(), GuiFixture::at(9));
    QTest::keyClick(w.view, Qt::Key_PageDown);
    QCOMPARE(current(), GuiFixture::at(10));
    QTest::keyClick(w.view, Qt::Key_PageUp);
    QCOMPARE(current(), GuiFixture::at(9));
    QTest::keyClick(w.view, Qt::Key_End);
    QCOMPARE(current(), GuiFixture::at(11, 30));
    QTest::keyClick(w.view, Qt::Key_Home);
    QCOMPARE(current(), GuiFixture::at(8));
    // Typing a time jumps there: four digits at once, three after a short pause.
    QTest::keyClicks(w.view, QStringLiteral("1100"));
    QCOMPARE(current(), GuiFixture::at(11));
    QTest::keyClicks(w.view, QStringLiteral("930"));
    QTRY_COMPARE(current(), GuiFixture::at(9, 30));
    // Ctrl+Right/Left: the same time a day later / earlier (the day view turns the page).
    QTest::keyClick(w.view, Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(w.window.date(), GuiFixture::monday().addDays(1));
    QCOMPARE(current(), GuiFixture::berlin(GuiFixture::monday().addDays(1), QTime(9, 30)));
    QTest::keyClick(w.view, Qt::Key_Left, Qt::ControlModifier);
    QCOMPARE(w.window.date(), GuiFixture::monday());
    QCOMPARE(current(), GuiFixture::at(9, 30));
    // In the week view Ctrl+Right moves to the next day's column.
    w.window.setWeekView(true);
    QVERIFY(!w.view->freeSlotRect(f.practitionerId, GuiFixture::at(9, 30)).isEmpty());
    QTest::keyClick(w.view, Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(current(), GuiFixture::berlin(GuiFixture::monday().addDays(1), QTime(9, 30)));
}

void TestReception::clickOnBlockedTimeSaysWhy()
{
    GuiFixture f;
    Window w(f);
    w.window.setWeekView(false);
    const ScheduleLayout &layout = w.view->layout();
    const int x = int(layout.xForColumn(0) + layout.columnWidth() / 2);
    QTest::mouseClick(w.view->viewport(), Qt::LeftButton, {},
                      QPoint(x, int(layout.yForMinute(7 * 60 + 30))));
    QCOMPARE(w.status(), ScheduleTooltips::tr("Not bookable: outside %1's working hours.")
                             .arg(QStringLiteral("Anna Berger")));
    QVERIFY(!w.window.findChild<BookingDialog *>());
}

void TestReception::settingsAskBeforeDiscarding()
{
    GuiFixture f;
    const QString original = SettingsRepository(*f.db).load().name;
    {
        SettingsDialog dialog(*f.db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("saveOffers"))); // one save
        dialog.findChild<QLineEdit *>(QStringLiteral("practiceName"))
            ->setText(QStringLiteral("Praxis Sonnenschein"));
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(dialog.isVisible()); // stays, the edit is still there
        QVERIFY2(MessageBox::lastText().contains(SettingsDialog::tr("Practice")),
                 qPrintable(MessageBox::lastText()));
        MessageBox::setNextAnswer(QMessageBox::No); // discard
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(SettingsRepository(*f.db).load().name, original);
    }
    {
        SettingsDialog dialog(*f.db);
        dialog.show();
        dialog.findChild<QLineEdit *>(QStringLiteral("practiceName"))
            ->setText(QStringLiteral("Praxis Sonnenschein"));
        dialog.findChild<QLineEdit *>(QStringLiteral("practiceEmail"))
            ->setText(QStringLiteral("x"));
        MessageBox::setNextAnswer(QMessageBox::Yes); // save, but the e-mail is refused
        dialog.close();
        QVERIFY(dialog.isVisible());
        QCOMPARE(SettingsRepository(*f.db).load().name, original);
        QVERIFY2(dialog.message().contains(QStringLiteral("x")), qPrintable(dialog.message()));
        dialog.findChild<QLineEdit *>(QStringLiteral("practiceEmail"))
            ->setText(QStringLiteral("praxis@example.de"));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        dialog.close();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(SettingsRepository(*f.db).load().name, QStringLiteral("Praxis Sonnenschein"));
        QCOMPARE(PracticeContactRepository(*f.db).load().email,
                 QStringLiteral("praxis@example.de"));
    }
    {
        // Nothing edited: closing asks nothing (an answer left waiting would keep it open).
        SettingsDialog dialog(*f.db);
        dialog.show();
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QVERIFY(!MessageBox::confirm(nullptr, {}, {}, {})); // consume the unused answer
    }
}

void TestReception::moveDialogOffersFreeTimesAndTheDuration()
{
    GuiFixture f;
    const qint64 jonas = addJonas(f);
    // Jonas takes 45 minutes for a massage.
    QVERIFY(PractitionerRepository(*f.db).setOffers(jonas, {TypeOffer{f.typeId, 45}}));
    auto a = f.booking->book({f.practitionerId,
                              f.typeId,
                              GuiFixture::at(9),
                              0,
                              QStringLiteral("Sophie Wagner"),
                              {},
                              {},
                              {}});
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

void TestReception::googleConnectSaysFirstWhenNoClientIsSet()
{
    GuiFixture f;
    test::MemoryTokenStore tokens;
    QNetworkAccessManager network;
    GoogleEndpoints endpoints = GoogleEndpoints::defaults();
    endpoints.clientId.clear();
    GoogleConnectionService service(*f.db, tokens, &network, endpoints);
    SettingsDialog dialog(*f.db, &service);
    dialog.showGoogleTab(f.practitionerId);
    dialog.show();
    auto *connect = dialog.findChild<QPushButton *>(QStringLiteral("googleConnect"));
    QVERIFY(connect && connect->isEnabled());
    connect->click();
    // No consent text to read first: the dialog says at once why nothing can happen.
    QVERIFY(!dialog.findChild<QDialog *>(QStringLiteral("consentDialog")));
    QVERIFY(!dialog.googleTab()->findChild<QDialog *>());
    QVERIFY2(dialog.message().contains(GoogleTab::tr("Technical details (for the practice's IT)")),
             qPrintable(dialog.message()));
    // …and opens the technical box for the IT.
    QVERIFY(dialog.findChild<QWidget *>(QStringLiteral("googleClientBox"))->isVisible());
}

void TestReception::dayListPrintsAllShownPractitioners()
{
    GuiFixture f;
    const qint64 jonas = addJonas(f);
    auto a = f.booking->book({f.practitionerId,
                              f.typeId,
                              GuiFixture::at(9),
                              0,
                              QStringLiteral("Sophie Wagner"),
                              {},
                              {},
                              {}});
    QVERIFY(a);
    QVERIFY(f.booking->book(
        {jonas, f.typeId, GuiFixture::at(10), 0, QStringLiteral("Lukas Weber"), {}, {}, {}}));
    Window w(f);
    w.window.setWeekView(false);
    QVERIFY(w.view->selectAppointment(a->id));
    FrontDesk *desk = w.window.frontDesk();
    const auto print = [&] {
        w.action("actionPrintDayList")->trigger();
        auto *preview = w.window.findChild<QDialog *>(QStringLiteral("printPreviewDialog"));
        if (preview)
            preview->close();
        QTRY_VERIFY(!w.window.findChild<QDialog *>(QStringLiteral("printPreviewDialog")));
    };
    MessageBox::setNextAnswer(QMessageBox::Yes); // all shown
    print();
    QVERIFY(desk->lastDocumentHtml().contains(QStringLiteral("Anna Berger")));
    QVERIFY(desk->lastDocumentHtml().contains(QStringLiteral("Sophie Wagner")));
    QVERIFY(desk->lastDocumentHtml().contains(QStringLiteral("Jonas Keller")));
    QVERIFY(desk->lastDocumentHtml().contains(QStringLiteral("Lukas Weber")));
    QVERIFY(desk->lastDocumentHtml().contains(QStringLiteral("page-break-before")));
    MessageBox::setNextAnswer(QMessageBox::No); // only the selected appointment's practitioner
    print();
    QVERIFY(desk->lastDocumentHtml().contains(QStringLiteral("Sophie Wagner")));
    QVERIFY(!desk->lastDocumentHtml().contains(QStringLiteral("Lukas Weber")));
    // Filtered to Jonas: his list, without a question.
    auto *filter = w.window.findChild<QComboBox *>(QStringLiteral("practitionerFilter"));
    filter->setCurrentIndex(filter->findData(jonas));
    MessageBox::setNextAnswer(QMessageBox::No);
    print();
    QVERIFY(desk->lastDocumentHtml().contains(QStringLiteral("Lukas Weber")));
    QVERIFY(!desk->lastDocumentHtml().contains(QStringLiteral("Sophie Wagner")));
    QVERIFY(!MessageBox::confirm(nullptr, {}, {}, {})); // the unused answer
}

void TestReception::cardHasAddressInSmallFormat()
{
    GuiFixture f;
    auto a = f.booking->book({f.practitionerId,
                              f.typeId,
                              GuiFixture::at(9),
                              0,
                              QStringLiteral("Sophie Wagner"),
                              {},
                              {},
                              {}});
    QVERIFY(a);
    PracticeContact contact;
    contact.address = QStringLiteral("Marktplatz 3, 04109 Leipzig");
    contact.phone = QStringLiteral("0341 123456");
    contact.website = QStringLiteral("www.physio-markt.de");
    QVERIFY(PracticeContactRepository(*f.db).save(contact));
    Window w(f);
    QVERIFY(w.view->selectAppointment(a->id));
    FrontDesk *desk = w.window.frontDesk();
    const auto print = [&] {
        w.action("actionPrintCard")->trigger();
        auto *preview = w.window.findChild<QDialog *>(QStringLiteral("printPreviewDialog"));
        if (preview)
            preview->close();
        QTRY_VERIFY(!w.window.findChild<QDialog *>(QStringLiteral("printPreviewDialog")));
    };
    print();
    for (const QString &expected : {contact.address, contact.phone, contact.website,
                                    QStringLiteral("Sophie Wagner"), QStringLiteral("09:00")})
        QVERIFY2(desk->lastDocumentHtml().contains(expected), qPrintable(expected));
    QCOMPARE(desk->lastPageSizeMm().toSize(), QSize(105, 148)); // A6 by default
    contact.cardFormat = PracticeContact::CardFormat::BusinessCard;
    QVERIFY(PracticeContactRepository(*f.db).save(contact));
    print();
    QCOMPARE(desk->lastPageSizeMm().toSize(), QSize(85, 55));
}

void TestReception::seriesCardsShowTheirPlaceAndTheMessageTheDates()
{
    GuiFixture f;
    Window w(f);
    // Mon/Wed/Fri 09:00, six sessions from Monday, through the series dialog of the window.
    w.action("actionBookSeries")->trigger();
    QPointer<SeriesDialog> dialog = w.window.findChild<SeriesDialog *>();
    QVERIFY(dialog);
    dialog->findChild<QDateTimeEdit *>(QStringLiteral("seriesStart"))
        ->setDateTime(QDateTime(GuiFixture::monday(), QTime(9, 0))); // wall clock
    for (int day : {1, 3, 5})
        dialog->findChild<QCheckBox *>(QStringLiteral("seriesWeekday%1").arg(day))
            ->setChecked(true);
    dialog->findChild<QSpinBox *>(QStringLiteral("seriesCount"))->setValue(6);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("seriesPatientSearch")),
                     QStringLiteral("Erika Mustermann"));
    auto *book = dialog->findChild<QPushButton *>(QStringLiteral("seriesBookButton"));
    QVERIFY2(book->isEnabled(), qPrintable(dialog->errorText()));
    book->click();
    QTRY_VERIFY2(!dialog, qPrintable(dialog ? dialog->errorText() : QString()));
    QList<qint64> ids;
    for (const Appointment &a : f.stored())
        ids << a.id;
    QCOMPARE(ids.size(), 3); // Mon, Wed, Fri of this week; the other three are next week
    // The success message lists every booked date, so the desk can tell the patient at once.
    for (const char *when : {"07.12.2026 09:00", "09.12.2026 09:00", "11.12.2026 09:00",
                             "14.12.2026 09:00", "16.12.2026 09:00", "18.12.2026 09:00"})
        QVERIFY2(w.status().contains(QString::fromLatin1(when)), qPrintable(w.status()));
    // Each card says its place in the series.
    QTRY_COMPARE(w.view->displayedAppointments().size(), 3);
    for (int i = 0; i < 3; ++i) {
        const QString label = QStringLiteral("%1/6").arg(i + 1);
        const QString lines = w.view->appointmentLines(ids[i]).join(u'|');
        QVERIFY2(lines.contains(label), qPrintable(lines));
        QVERIFY2(lines.contains(QStringLiteral("Mustermann")), qPrintable(lines));
    }
    // Counted, not stored: a cancelled session renumbers the later ones.
    QVERIFY(f.booking->cancel(ids[1]));
    w.action("actionRefresh")->trigger();
    QTRY_VERIFY2(w.view->appointmentLines(ids[2]).join(u'|').contains(QStringLiteral("2/5")),
                 qPrintable(w.view->appointmentLines(ids[2]).join(u'|')));
}

void TestReception::cardKeepsThePatientNameOnALaptop()
{
    GuiFixture f;
    addJonas(f);
    PractitionerRepository(*f.db).add(QStringLiteral("Dr. Miriam Vogt"), QStringLiteral("#b07aa1"));
    auto type = AppointmentTypeRepository(*f.db).add(AppointmentType{
        0, QStringLiteral("Manuelle Lymphdrainage"), 10, 0, 0, QStringLiteral("#ff9da7"), true});
    QVERIFY(type);
    auto a = f.booking->book({f.practitionerId,
                              type->id,
                              GuiFixture::at(9),
                              0,
                              QStringLiteral("Erika Mustermann"),
                              {},
                              {},
                              {}});
    QVERIFY(a);
    Window w(f);
    w.window.resize(1366, 740);
    QTRY_COMPARE(w.window.width(), 1366);
    QCOMPARE(w.view->data().columns.size(), 15); // a week of three practitioners
    const QStringList lines = w.view->appointmentLines(a->id);
    QVERIFY(!lines.isEmpty());
    // The name the desk looks for is whole (perhaps with an initial); the type gives way.
    QVERIFY2(lines.first().contains(QStringLiteral("Mustermann")), qPrintable(lines.join(u'|')));
    QVERIFY2(!lines.first().contains(u'…') ||
                 lines.first().indexOf(u'…') > lines.first().indexOf(QStringLiteral("Mustermann")),
             qPrintable(lines.join(u'|')));

    // A one-line block of a series still says its place beside the last name when a smaller
    // font makes room for it (a short name; a long one keeps the name alone).
    auto c = f.booking->book({f.practitionerId,
                              type->id,
                              GuiFixture::at(10),
                              0,
                              QStringLiteral("Sophie Wagner"),
                              {},
                              {},
                              {}});
    QVERIFY(c);
    auto b = f.booking->book({f.practitionerId,
                              type->id,
                              GuiFixture::at(10) + 24 * 60 * kMinuteMs,
                              c->patientId,
                              {},
                              {},
                              {},
                              {}});
    QVERIFY(b);
    SeriesRepository series(*f.db);
    const qint64 seriesId = series.create(type->id, f.clock.nowMs()).value();
    QVERIFY(series.attach(c->id, seriesId));
    QVERIFY(series.attach(b->id, seriesId));
    w.action("actionRefresh")->trigger();
    QTRY_VERIFY2(w.view->appointmentLines(b->id).join(u'|').contains(QStringLiteral("2/2")),
                 qPrintable(w.view->appointmentLines(b->id).join(u'|')));
    QVERIFY2(w.view->appointmentLines(b->id).first().contains(QStringLiteral("Wagner")),
             qPrintable(w.view->appointmentLines(b->id).join(u'|')));
    QCOMPARE(w.view->appointmentLines(b->id).size(), 1); // really a one-line block
}

void TestReception::patientExportSpeaksGerman()
{
    GuiFixture f;
    auto first = f.booking->book({f.practitionerId,
                                  f.typeId,
                                  GuiFixture::at(8),
                                  0,
                                  QStringLiteral("Sophie Wagner"),
                                  {},
                                  {},
                                  {}});
    QVERIFY(first);
    auto second = f.booking->book(
        {f.practitionerId, f.typeId, GuiFixture::at(10), first->patientId, {}, {}, {}, {}});
    QVERIFY(second);
    QVERIFY(f.booking->move(first->id, GuiFixture::at(9)));
    QVERIFY(f.booking->cancel(second->id));
    PatientsDialog dialog(*f.db, *f.booking, f.clock);
    dialog.show();
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("patientsSearch")),
                     QStringLiteral("Wagner"));
    QCOMPARE(dialog.currentPatientId(), first->patientId);
    QTemporaryDir out;
    dialog.findChild<QPushButton *>(QStringLiteral("patientExportButton"))->click();
    auto *chooser = dialog.findChild<QFileDialog *>(QStringLiteral("exportFolderDialog"));
    QVERIFY(chooser);
    emit chooser->fileSelected(out.path());
    chooser->close();
    const QString pdf =
        QDir(out.path()).filePath(QStringLiteral("patient-%1.pdf").arg(first->patientId));
    QVERIFY2(QFile::exists(pdf), qPrintable(pdf));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    const QString content = QString::fromUtf8(text.readAllStandardOutput());
    // German states and actions, readable lines: no stored keys, no internal numbers.
    for (const char *english : {"booked", "moved", "cancelled", "no_show", "exported"})
        QVERIFY2(!content.contains(QString::fromLatin1(english)), english);
    for (const QString &german :
         {StatusText::of(AppointmentStatus::Booked), StatusText::of(AppointmentStatus::Cancelled),
          AuditLog::actionText(QStringLiteral("moved"))})
        QVERIFY2(content.contains(german), qPrintable(german + u'\n' + content));
    QVERIFY2(!content.contains(QStringLiteral("Patientennummer")), qPrintable(content));
    // The log names the appointment by its date and type, not by its number.
    QVERIFY2(content.contains(QStringLiteral("07.12.2026 10:00,")), qPrintable(content));
}

void TestReception::googleTechnicalDetailsAreCollapsed()
{
    GuiFixture f;
    test::MemoryTokenStore tokens;
    QNetworkAccessManager network;
    GoogleConnectionService service(*f.db, tokens, &network, GoogleEndpoints::defaults());
    SettingsDialog dialog(*f.db, &service);
    dialog.showGoogleTab(f.practitionerId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    GoogleTab *tab = dialog.googleTab();
    QCOMPARE(dialog.tabs()->tabText(dialog.tabs()->indexOf(tab)).remove(u'&'),
             QStringLiteral("Google-Kalender"));
    const auto shownText = [tab] {
        QStringList texts;
        for (QWidget *w : tab->findChildren<QWidget *>()) {
            if (!w->isVisible())
                continue;
            if (auto *label = qobject_cast<QLabel *>(w))
                texts << label->text();
            else if (auto *button = qobject_cast<QAbstractButton *>(w))
                texts << button->text();
            else if (auto *box = qobject_cast<QGroupBox *>(w))
                texts << box->title();
        }
        for (int c = 0; c < tab->table()->columnCount(); ++c)
            texts << tab->table()->horizontalHeaderItem(c)->text();
        return texts.join(u'\n');
    };
    // The practitioner's view: plain words only.
    auto *details = tab->findChild<QWidget *>(QStringLiteral("googleClientBox"));
    QVERIFY(!details->isVisible());
    const QString plain = shownText();
    for (const char *word : {"OAuth", "Token", "Schlüsselbund", "README", "Client"})
        QVERIFY2(!plain.contains(QString::fromUtf8(word)),
                 qPrintable(QString::fromUtf8(word) + u'\n' + plain));
    // The IT opens the technical box and finds the client there.
    auto *toggle = tab->findChild<QToolButton *>(QStringLiteral("googleTechnicalToggle"));
    QVERIFY(toggle && toggle->isVisible());
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(details->isVisible());
    QVERIFY(tab->findChild<QLineEdit *>(QStringLiteral("googleClientId"))->isVisible());
    QVERIFY(shownText().contains(QStringLiteral("OAuth")));
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(!details->isVisible());
}

void TestReception::shortcutsDialogIsWholeAndSortedGerman()
{
    GuiFixture f;
    Window w(f);
    w.action("actionShortcuts")->trigger();
    auto *dialog = w.window.findChild<QDialog *>(QStringLiteral("shortcutsDialog"));
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("shortcutsTable"));
    // Never scrolled sideways, no text cut.
    QVERIFY(!table->horizontalScrollBar()->isVisible());
    QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
    QStringList actions;
    for (int r = 0; r < table->rowCount(); ++r) {
        for (int c = 0; c < 2; ++c) {
            const QString text = table->item(r, c)->text();
            const int needed = table->fontMetrics().horizontalAdvance(text);
            QVERIFY2(needed < table->columnWidth(c), qPrintable(text));
        }
        actions << table->item(r, 0)->text();
    }
    // The grid's own keys are listed too.
    const QString all = actions.join(u'\n');
    QVERIFY2(all.contains(QStringLiteral("Stunde")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("freie Zeit")), qPrintable(all));
    // German order: "Ä" with "A", case ignored.
    QCollator collator{QLocale(QLocale::German, QLocale::Germany)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    for (qsizetype i = 1; i < actions.size(); ++i)
        QVERIFY2(collator.compare(actions[i - 1], actions[i]) <= 0,
                 qPrintable(actions[i - 1] + QStringLiteral(" > ") + actions[i]));
    dialog->reject();
}

void TestReception::windowTitlesSayEmpfangOnce()
{
    // The window system adds the application name ("— Empfang") to every title itself.
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Empfang"));
    test::TestDatabase empty;
    FirstRunWizard wizard(*empty.db);
    QVERIFY2(!wizard.windowTitle().contains(QStringLiteral("Empfang")),
             qPrintable(wizard.windowTitle()));
    GuiFixture f;
    Window w(f);
    QVERIFY2(!w.window.windowTitle().contains(QStringLiteral("Empfang")),
             qPrintable(w.window.windowTitle()));
}

// Grey hints of every visible line edit, and whether each fits its field.
static QStringList cutHints(QWidget *root)
{
    QStringList cut;
    for (QLineEdit *edit : root->findChildren<QLineEdit *>()) {
        if (!edit->isVisible() || edit->placeholderText().isEmpty())
            continue;
        // The text area inside frame and margins (Fusion: about 4 px each side).
        if (edit->fontMetrics().horizontalAdvance(edit->placeholderText()) > edit->width() - 10)
            cut << edit->objectName() + QStringLiteral(": ") + edit->placeholderText();
    }
    return cut;
}

void TestReception::fieldHintsAreWhole()
{
    GuiFixture f;
    SettingsDialog settings(*f.db);
    settings.show();
    QVERIFY(QTest::qWaitForWindowExposed(&settings));
    // Every tab's name readable at once (no scroll arrows).
    QVERIFY(settings.tabs()->tabBar()->width() >= settings.tabs()->tabBar()->sizeHint().width());
    QStringList cut;
    for (int i = 0; i < settings.tabs()->count(); ++i) {
        settings.tabs()->setCurrentIndex(i);
        QCoreApplication::processEvents();
        cut << cutHints(settings.tabs()->currentWidget());
    }
    PatientsDialog patients(*f.db, *f.booking, f.clock);
    patients.show();
    QVERIFY(QTest::qWaitForWindowExposed(&patients));
    cut << cutHints(&patients);
    Window w(f);
    QPointer<BookingDialog> booking = clickFreeSlot(w, f.practitionerId, GuiFixture::at(9));
    QVERIFY(booking);
    QVERIFY(QTest::qWaitForWindowExposed(booking));
    QTest::keyClicks(booking->findChild<QLineEdit *>(QStringLiteral("patientSearch")),
                     QStringLiteral("Otto Neu")); // a new patient: birth date and phone shown
    cut << cutHints(booking);
    booking->reject();
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));
}

QTEST_MAIN(TestReception)
#include "test_reception.moc"
