// The grid as the receptionist reads it (issue 15), on the real window offscreen: the status
// bar counts every status, block text is readable (WCAG), absences over bookings warn and stay
// marked, the keyboard reaches any time quickly, and a click on blocked time says why.
#include "reception_fixture.h"

#include "booking/move_dialog.h"
#include "common/message_box.h"
#include "localization.h"
#include "schedule/schedule_data.h"
#include "schedule/schedule_tooltips.h"
#include "settings/absences_tab.h"
#include "settings/settings_dialog.h"

#include <QDateTimeEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

using namespace empfang;
using namespace empfang::test::reception;
using empfang::test::GuiFixture;

class TestGridReading : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { installTranslations(*QCoreApplication::instance()); }
    void statusBarCountsEveryStatus();
    void blockTextReachesWcagContrast();
    void absenceOverBookingsWarnsAndMarks();
    void absenceMoveAppointmentsOpensMoveDialogs();
    void keyboardReachesAnyTime();
    void clickOnBlockedTimeSaysWhy();
    void blocksSitAtTheirLocalMinuteOnEveryDay();
};

void TestGridReading::statusBarCountsEveryStatus()
{
    GuiFixture f;
    QList<qint64> ids;
    for (int hour : {8, 9, 10}) {
        auto a = f.bookAt(QStringLiteral("Sophie Wagner"), hour);
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

void TestGridReading::blockTextReachesWcagContrast()
{
    GuiFixture f;
    QList<qint64> ids;
    for (int hour : {8, 9, 10}) {
        auto a = f.bookAt(QStringLiteral("Sophie Wagner"), hour);
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

void TestGridReading::absenceOverBookingsWarnsAndMarks()
{
    GuiFixture f;
    auto a = f.bookAt(QStringLiteral("Sophie Wagner"), 9);
    auto b = f.bookAt(QStringLiteral("Max Schneider"), 10);
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

void TestGridReading::absenceMoveAppointmentsOpensMoveDialogs()
{
    GuiFixture f;
    auto a = f.bookAt(QStringLiteral("Sophie Wagner"), 9);
    auto b = f.bookAt(QStringLiteral("Max Schneider"), 10);
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

void TestGridReading::keyboardReachesAnyTime()
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

void TestGridReading::clickOnBlockedTimeSaysWhy()
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

void TestGridReading::blocksSitAtTheirLocalMinuteOnEveryDay()
{
    // Where the grid draws a block is the practice-local minute of its start and end. It is
    // worked out by subtraction on ordinary days; on the days the clocks change (Berlin: 29 March
    // and 25 October 2026) and for instants off the column's day it must still be the local
    // clock's minute.
    GuiFixture f;
    const QList<QDate> days{QDate(2026, 3, 28), QDate(2026, 3, 29), QDate(2026, 3, 30),
                            QDate(2026, 10, 25), QDate(2026, 12, 2)};
    const ScheduleData data = ScheduleData::load(*f.db, *f.availability, days, {}, 0);
    QCOMPARE(data.plainDays.size(), 3); // the two clock-change days take the long way
    for (const QDate &day : days) {
        const qint64 from = QDateTime(day, QTime(0, 0), data.zone).toMSecsSinceEpoch();
        for (qint64 ms = from - 2 * 3600 * 1000; ms < from + 26 * 3600 * 1000;
             ms += 7 * 60 * 1000) {
            const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms, data.zone);
            const int expected = int(day.daysTo(local.date()) * 24 * 60 +
                                     local.time().msecsSinceStartOfDay() / kMinuteMs);
            QCOMPARE(data.minuteOfDay(ms, day), expected);
        }
    }
}

QTEST_MAIN(TestGridReading)
#include "test_grid_reading.moc"
