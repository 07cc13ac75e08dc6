// The front-desk dialogs driven like a receptionist would: series preview with conflicts and a
// changed row, the next-free list, patient search as you type, shortcuts, audit log, printing.
#include "audit_log_dialog.h"
#include "booking/series_service.h"
#include "booking_dialog.h"
#include "front_desk.h"
#include "gui_fixture.h"
#include "main_window.h"
#include "message_box.h"
#include "move_dialog.h"
#include "move_following_dialog.h"
#include "next_free_dialog.h"
#include "patients_dialog.h"
#include "schedule_view.h"
#include "series_dialog.h"
#include "settings_dialog.h"
#include "storage/patient_repository.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeEdit>

using namespace empfang;
using empfang::test::GuiFixture;

namespace {

QList<Appointment> booked(GuiFixture &f, int weeks)
{
    const Interval range{GuiFixture::at(0), GuiFixture::at(0) + weeks * 7 * 24 * 60 * kMinuteMs};
    QList<Appointment> out;
    const auto all = AppointmentRepository(*f.db).list(range);
    for (const Appointment &a : all.value()) {
        if (a.blocksTime())
            out << a;
    }
    return out;
}

qint64 inWeek(int week, int dayOffset, int hour, int minute = 0)
{
    return GuiFixture::berlin(GuiFixture::monday().addDays(7 * week + dayOffset),
                              QTime(hour, minute));
}

Appointment bookOther(GuiFixture &f, qint64 start)
{
    BookingRequest r;
    r.practitionerId = f.practitionerId;
    r.typeId = f.typeId;
    r.startMs = start;
    r.newPatientName = QStringLiteral("Otto Other");
    return f.booking->book(r).value();
}

/// Object names of the inputs in `dialog` without an accessible name. Skips the line edits
/// Qt puts inside spin boxes and editable combo boxes: their owner carries the name.
QStringList unnamedInputs(const QWidget &dialog)
{
    QStringList missing;
    for (QWidget *w : dialog.findChildren<QWidget *>()) {
        const bool input = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) ||
                           qobject_cast<QSpinBox *>(w) || qobject_cast<QDateTimeEdit *>(w);
        const QWidget *owner = w->parentWidget();
        const bool inner =
            qobject_cast<QLineEdit *>(w) && (qobject_cast<const QAbstractSpinBox *>(owner) ||
                                             qobject_cast<const QComboBox *>(owner));
        if (input && !inner && w->accessibleName().trimmed().isEmpty())
            missing << w->objectName() + u'(' + QLatin1String(w->metaObject()->className()) + u')';
    }
    return missing;
}

} // namespace

class TestFrontDesk : public QObject
{
    Q_OBJECT

private slots:
    void seriesPreviewShowsConflictsAdjustAndBook();
    void seriesWithADayWithoutTimeCannotBeBooked();
    void seriesOpensByShortcutFromTheWindow();
    void moveAndCancelThisAndFollowing();
    void nextFreeListFiltersAndBooks();
    void patientSearchAsYouTypeEditAndHistory();
    void shortcutsDialogListsTheActions();
    void olderDialogsHaveAccessibleNames();
    void auditLogAndPrintCard();
};

void TestFrontDesk::seriesPreviewShowsConflictsAdjustAndBook()
{
    GuiFixture f;
    bookOther(f, inWeek(1, 0, 9));
    SeriesDialog dialog(*f.db, *f.booking, *f.availability, f.practitionerId, f.typeId,
                        GuiFixture::at(9));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.proposals().size(), 6);
    QCOMPARE(dialog.proposals().at(0).state, SeriesProposal::State::Free);
    QCOMPARE(dialog.proposals().at(1).state, SeriesProposal::State::Alternative);
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("seriesPreview"));
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 6);
    QVERIFY2(table->item(1, 4)->text().contains(QStringLiteral("Alternative")),
             qPrintable(table->item(1, 4)->text()));
    QCOMPARE(table->item(1, 2)->text(), QStringLiteral("08:30")); // nearest, earlier on a tie

    // The receptionist moves the second session to 10:00 instead.
    table->selectRow(1);
    auto *rowTime = dialog.findChild<QDateTimeEdit *>(QStringLiteral("seriesRowTime"));
    rowTime->setDateTime(QDateTime(GuiFixture::monday().addDays(7), QTime(10, 0)));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("seriesAdjustButton")),
                      Qt::LeftButton);
    QCOMPARE(dialog.proposals().at(1).state, SeriesProposal::State::Free);
    QCOMPARE(dialog.proposals().at(1).slot.startMs, inWeek(1, 0, 10));
    QCOMPARE(table->item(1, 2)->text(), QStringLiteral("10:00"));

    // Weekdays Monday and Thursday re-plan the preview at once.
    dialog.findChild<QCheckBox *>(QStringLiteral("seriesWeekday1"))->setChecked(true);
    dialog.findChild<QCheckBox *>(QStringLiteral("seriesWeekday4"))->setChecked(true);
    QCOMPARE(dialog.proposals().at(1).date, GuiFixture::monday().addDays(3));
    dialog.findChild<QCheckBox *>(QStringLiteral("seriesWeekday4"))->setChecked(false);
    table->selectRow(1);
    rowTime->setDateTime(QDateTime(GuiFixture::monday().addDays(7), QTime(10, 0)));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("seriesAdjustButton")),
                      Qt::LeftButton);

    auto *search = dialog.findChild<QLineEdit *>(QStringLiteral("seriesPatientSearch"));
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("Erika Mustermann"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.booked().size(), 6);
    const QList<Appointment> all = booked(f, 7);
    QCOMPARE(all.size(), 7);
    QCOMPARE(dialog.booked().at(1).span.startMs, inWeek(1, 0, 10));
    for (const Appointment &a : dialog.booked())
        QCOMPARE(a.patientName, QStringLiteral("Erika Mustermann"));
}

void TestFrontDesk::seriesWithADayWithoutTimeCannotBeBooked()
{
    GuiFixture f;
    const QDate day = GuiFixture::monday().addDays(14);
    QVERIFY(ScheduleRepository(*f.db).addAbsence(Absence{
        0,
        f.practitionerId,
        {GuiFixture::berlin(day, QTime(0, 0)), GuiFixture::berlin(day.addDays(1), QTime(0, 0))},
        QStringLiteral("Fortbildung")}));
    SeriesDialog dialog(*f.db, *f.booking, *f.availability, f.practitionerId, f.typeId,
                        GuiFixture::at(9));
    dialog.show();
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("seriesPatientSearch")),
                     QStringLiteral("Erika"));
    QCOMPARE(dialog.proposals().at(2).state, SeriesProposal::State::Conflict);
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("seriesBookButton"))->isEnabled());
    dialog.accept();
    QVERIFY(!dialog.errorText().isEmpty());
    QVERIFY(booked(f, 7).isEmpty());
}

void TestFrontDesk::seriesOpensByShortcutFromTheWindow()
{
    GuiFixture f;
    MainWindow window(*f.services);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier);
    auto *dialog = window.findChild<SeriesDialog *>(QStringLiteral("seriesDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    // The patient field takes the keys first (focusWidget: offscreen windows are not activated).
    QCOMPARE(dialog->focusWidget(),
             dialog->findChild<QLineEdit *>(QStringLiteral("seriesPatientSearch")));
    dialog->reject();
}

void TestFrontDesk::moveAndCancelThisAndFollowing()
{
    GuiFixture f;
    BookingRequest patient;
    patient.typeId = f.typeId;
    patient.newPatientName = QStringLiteral("Serie Sabine");
    // Tuesday, Wednesday, Thursday of the first week: all in the visible week.
    QList<SeriesSession> sessions;
    for (int day = 1; day <= 3; ++day)
        sessions << SeriesSession{f.practitionerId, inWeek(0, day, 9)};
    auto series = SeriesService(*f.db, *f.booking, f.clock).book(patient, sessions);
    QVERIFY(series);
    MainWindow window(*f.services);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QVERIFY(window.scheduleView()->selectAppointment(series->at(1).id));
    window.findChild<QAction *>(QStringLiteral("actionMoveFollowing"))->trigger();
    auto *dialog = window.findChild<MoveFollowingDialog *>(QStringLiteral("moveFollowingDialog"));
    QVERIFY(dialog);
    dialog->timeEdit()->setDateTime(QDateTime(GuiFixture::monday().addDays(2), QTime(11, 0)));
    dialog->accept();
    QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));
    AppointmentRepository appointments(*f.db);
    QCOMPARE(appointments.find(series->at(0).id)->span.startMs, inWeek(0, 1, 9));
    QCOMPARE(appointments.find(series->at(1).id)->span.startMs, inWeek(0, 2, 11));
    QCOMPARE(appointments.find(series->at(2).id)->span.startMs, inWeek(0, 3, 11));

    QTRY_VERIFY(window.scheduleView()->selectAppointment(series->at(1).id));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    window.findChild<QAction *>(QStringLiteral("actionCancelFollowing"))->trigger();
    QCOMPARE(appointments.find(series->at(0).id)->status, AppointmentStatus::Booked);
    QCOMPARE(appointments.find(series->at(1).id)->status, AppointmentStatus::Cancelled);
    QCOMPARE(appointments.find(series->at(2).id)->status, AppointmentStatus::Cancelled);
}

void TestFrontDesk::nextFreeListFiltersAndBooks()
{
    GuiFixture f;
    bookOther(f, GuiFixture::at(8));
    MainWindow window(*f.services);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QAction *>(QStringLiteral("actionNextFree"))->trigger();
    auto *dialog = window.findChild<NextFreeDialog *>(QStringLiteral("nextFreeDialog"));
    QVERIFY(dialog);
    QCOMPARE(dialog->results().size(), 10);
    QCOMPARE(dialog->results().first().span.startMs, GuiFixture::at(8, 30));
    // Offers do not overlap: ten real choices, half an hour apart.
    QCOMPARE(dialog->results().at(1).span.startMs, GuiFixture::at(9));

    auto *preference = dialog->findChild<QComboBox *>(QStringLiteral("nextFreePreference"));
    preference->setCurrentIndex(preference->findData(NextFreeDialog::Afternoon));
    QVERIFY(dialog->results().isEmpty()); // she works mornings only
    preference->setCurrentIndex(preference->findData(NextFreeDialog::After));
    dialog->findChild<QTimeEdit *>(QStringLiteral("nextFreeAfterTime"))->setTime(QTime(10, 0));
    QCOMPARE(dialog->results().first().span.startMs, GuiFixture::at(10));
    dialog->findChild<QCheckBox *>(QStringLiteral("nextFreeWeekday3"))->setChecked(true);
    QCOMPARE(dialog->results().first().span.startMs, inWeek(0, 2, 10));

    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("nextFreeList"));
    list->setFocus();
    list->setCurrentRow(1);
    QTest::keyClick(list, Qt::Key_Return);
    auto *booking = window.findChild<BookingDialog *>(QStringLiteral("bookingDialog"));
    QVERIFY(booking);
    QVERIFY2(booking->findChild<QLabel *>(QStringLiteral("bookingWhen"))
                 ->text()
                 .contains(QStringLiteral("10:30")),
             qPrintable(booking->findChild<QLabel *>(QStringLiteral("bookingWhen"))->text()));
    QTest::keyClicks(booking->findChild<QLineEdit *>(QStringLiteral("patientSearch")),
                     QStringLiteral("Neu Kunde"));
    booking->accept();
    QCOMPARE(booked(f, 1).size(), 2);
    QCOMPARE(booked(f, 1).last().span.startMs, inWeek(0, 2, 10, 30));
}

void TestFrontDesk::patientSearchAsYouTypeEditAndHistory()
{
    GuiFixture f;
    PatientRepository patients(*f.db);
    const qint64 erika = patients
                             .add(Patient{0,
                                          QStringLiteral("Erika Müller"),
                                          QDate(1970, 5, 1),
                                          QStringLiteral("0301234"),
                                          {}})
                             ->id;
    patients.add(Patient{
        0, QStringLiteral("Hans Schmidt"), QDate(1980, 2, 3), QStringLiteral("0409999"), {}});
    patients.add(Patient{0, QStringLiteral("Erika Mueller"), QDate(1970, 5, 1), {}, {}});
    BookingRequest r;
    r.practitionerId = f.practitionerId;
    r.typeId = f.typeId;
    r.patientId = erika;
    r.startMs = GuiFixture::at(8);
    const qint64 first = f.booking->book(r)->id;
    r.startMs = GuiFixture::at(9);
    f.booking->book(r);
    f.clock.set(GuiFixture::at(11));
    QVERIFY(f.booking->markNoShow(first));

    PatientsDialog dialog(*f.db, *f.booking, f.clock);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *search = dialog.findChild<QLineEdit *>(QStringLiteral("patientsSearch"));
    auto *results = dialog.findChild<QTableWidget *>(QStringLiteral("patientsResults"));
    QCOMPARE(results->rowCount(), 3);
    QTest::keyClicks(search, QStringLiteral("MÜL"));
    QCOMPARE(results->rowCount(), 1);
    QCOMPARE(results->item(0, 0)->text(), QStringLiteral("Erika Müller"));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("01.05.1970"));
    QCOMPARE(results->rowCount(), 2);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("0409"));
    QCOMPARE(results->rowCount(), 1);
    QCOMPARE(results->item(0, 0)->text(), QStringLiteral("Hans Schmidt"));

    search->clear();
    QTest::keyClicks(search, QStringLiteral("0301234"));
    QCOMPARE(dialog.currentPatientId(), erika);
    auto *history = dialog.findChild<QTableWidget *>(QStringLiteral("patientHistory"));
    QCOMPARE(history->rowCount(), 2);
    QVERIFY2(dialog.findChild<QLabel *>(QStringLiteral("patientNoShows"))
                 ->text()
                 .contains(QStringLiteral("1")),
             "no-show count");

    // Renaming her to the other Erika's name warns first, then saves on the second press.
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("patientName"));
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Erika Mueller"));
    auto *save = dialog.findChild<QPushButton *>(QStringLiteral("patientSaveButton"));
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY2(dialog.statusText().contains(QStringLiteral("same name")),
             qPrintable(dialog.statusText()));
    QCOMPARE(patients.find(erika)->name, QStringLiteral("Erika Müller"));
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(patients.find(erika)->name, QStringLiteral("Erika Mueller"));

    // Export writes both files; erase (answered yes) removes her.
    QTemporaryDir out;
    QVERIFY(dialog.exportTo(out.path()));
    QVERIFY(QFile::exists(out.filePath(QStringLiteral("patient-%1.json").arg(erika))));
    QVERIFY(QFile::exists(out.filePath(QStringLiteral("patient-%1.pdf").arg(erika))));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    dialog.erase();
    QVERIFY(!patients.find(erika));
}

void TestFrontDesk::shortcutsDialogListsTheActions()
{
    GuiFixture f;
    MainWindow window(*f.services);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QAction *>(QStringLiteral("actionShortcuts"))->trigger();
    auto *dialog = window.findChild<QDialog *>(QStringLiteral("shortcutsDialog"));
    QVERIFY(dialog);
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("shortcutsTable"));
    QStringList rows;
    for (int r = 0; r < table->rowCount(); ++r)
        rows << table->item(r, 0)->text() + u'=' + table->item(r, 1)->text();
    const QString all = rows.join(u'\n');
    QVERIFY2(all.contains(QStringLiteral("=Ctrl+R")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("=F3")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("=Ctrl+F")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("=Ctrl+P")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("=F1")), qPrintable(all));
    // Every action of the window has an object name, and every front-desk action a shortcut.
    for (QAction *a : window.actions())
        QVERIFY2(!a->objectName().isEmpty(), qPrintable(a->text()));
    for (const char *name :
         {"actionBookSeries", "actionNextFree", "actionPatients", "actionPrintCard",
          "actionPrintDayList", "actionAuditLog", "actionMove", "actionCancelAppointment",
          "actionNoShow", "actionCancelFollowing", "actionShortcuts"})
        QVERIFY2(!window.findChild<QAction *>(QString::fromLatin1(name))->shortcut().isEmpty(),
                 name);
    dialog->reject();
}

void TestFrontDesk::olderDialogsHaveAccessibleNames()
{
    GuiFixture f;
    const Appointment a = bookOther(f, GuiFixture::at(9));
    const QTimeZone zone("Europe/Berlin");
    const auto practitioner = PractitionerRepository(*f.db).find(f.practitionerId).value();
    const auto types = AppointmentTypeRepository(*f.db).list().value();
    BookingDialog booking(*f.db, *f.booking, practitioner, GuiFixture::at(10), zone, types,
                          f.typeId);
    MoveDialog move(*f.booking, a, {practitioner}, zone);
    SettingsDialog settings(*f.db);
    QCOMPARE(settings.tabs()->count(), 7); // a new tab must be added to this check too
    for (const QWidget *dialog :
         std::initializer_list<const QWidget *>{&booking, &move, &settings}) {
        QVERIFY(!dialog->findChildren<QLineEdit *>().isEmpty());
        const QStringList missing = unnamedInputs(*dialog);
        QVERIFY2(missing.isEmpty(), qPrintable(dialog->objectName() + QStringLiteral(": ") +
                                               missing.join(QStringLiteral(", "))));
    }
}

void TestFrontDesk::auditLogAndPrintCard()
{
    GuiFixture f;
    const Appointment a = bookOther(f, GuiFixture::at(9));
    MainWindow window(*f.services);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.scheduleView()->selectAppointment(a.id));
    window.findChild<QAction *>(QStringLiteral("actionPrintCard"))->trigger();
    const QString html = window.frontDesk()->lastDocumentHtml();
    QVERIFY2(html.contains(QStringLiteral("Otto Other")), qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("07.12.2026")), qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("Anna Berger")), qPrintable(html));
    auto *preview = window.findChild<QPrintPreviewDialog *>(QStringLiteral("printPreviewDialog"));
    QVERIFY(preview);
    preview->reject();

    window.findChild<QAction *>(QStringLiteral("actionAuditLog"))->trigger();
    auto *audit = window.findChild<AuditLogDialog *>(QStringLiteral("auditLogDialog"));
    QVERIFY(audit);
    auto *table = audit->findChild<QTableWidget *>(QStringLiteral("auditLogTable"));
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 4)->text(), QString::number(a.id));
    audit->reject();
}

QTEST_MAIN(TestFrontDesk)
#include "test_front_desk.moc"
