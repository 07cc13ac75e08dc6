// The fresh check in the reception window (issue 4): a slot or a move target taken in Google a
// moment ago is refused with the reason, and offline the booking goes ahead. Against the fake
// Google server and the real Secret Service; the fixture: sync_ui_fixture.h.
#include "sync_ui_fixture.h"

using namespace empfang;
using namespace empfang::test::sync_ui;
using empfang::test::GuiFixture;

class TestFreshCheckUi : public test::SyncUiFixture
{
    Q_OBJECT

private slots:
    void freshCheckRefusesSlotTakenInGoogleMeanwhile();
    void offlineFreshCheckBooksAnyway();
    void freshCheckRefusesMoveToTimeTakenInGoogle();
};

void TestFreshCheckUi::freshCheckRefusesSlotTakenInGoogleMeanwhile()
{
    connectPractitioner();
    openWindow();
    QVERIFY(waitForFreshTuesday());
    QVERIFY(offered(tuesdayAt(10)));
    // Taken in Google a moment ago; the grid does not know yet.
    putForeign(googleEvent(QStringLiteral("2026-12-08T10:00:00+01:00"),
                           QStringLiteral("2026-12-08T10:30:00+01:00")));
    QPointer<BookingDialog> dialog = bookAt(tuesdayAt(10), QStringLiteral("Erika Mustermann"));
    QVERIFY(dialog);
    // Asynchronous: the dialog says what it does, and Book cannot be pressed twice.
    QVERIFY(dialog->isCheckingGoogle());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("bookingGoogleCheck"))->isVisible());
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("bookButton"))->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isCheckingGoogle(), 10000);
    QVERIFY(dialog);
    QCOMPARE(dialog->errorText(),
             BookingDialog::tr("This time is now taken in the practitioner's Google calendar. "
                               "Nothing was booked – please choose another time."));
    QVERIFY(m_f->stored().isEmpty());
    QCOMPARE(liveEvents().size(), 1); // only the foreign one
    dialog->reject();
}

void TestFreshCheckUi::offlineFreshCheckBooksAnyway()
{
    connectPractitioner();
    openWindow();
    QVERIFY(waitForFreshTuesday());
    m_fake.fault({{QStringLiteral("endpoint"), QStringLiteral("freeBusy")},
                  {QStringLiteral("drop"), true},
                  {QStringLiteral("count"), 5}});
    QPointer<BookingDialog> dialog = bookAt(tuesdayAt(10), QStringLiteral("Erika Mustermann"));
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 10000);
    QCOMPARE(m_f->stored().size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(liveEvents().size(), 1, 20000);
}

void TestFreshCheckUi::freshCheckRefusesMoveToTimeTakenInGoogle()
{
    connectPractitioner();
    const qint64 id = bookDirectly(tuesdayAt(10));
    QVERIFY(id);
    openWindow();
    QVERIFY(waitForFreshTuesday());
    QVERIFY(offered(tuesdayAt(11)));
    // Taken in Google after the grid loaded; only the fresh check can know.
    putForeign(googleEvent(QStringLiteral("2026-12-08T11:00:00+01:00"),
                           QStringLiteral("2026-12-08T11:30:00+01:00")));
    QVERIFY(m_view->selectAppointment(id));
    m_window->findChild<QAction *>(QStringLiteral("actionMove"))->trigger();
    QPointer<MoveDialog> dialog = m_window->findChild<MoveDialog *>(QStringLiteral("moveDialog"));
    QVERIFY(dialog);
    dialog->findChild<QDateEdit *>(QStringLiteral("moveDate"))->setDate(tuesday());
    dialog->findChild<QTimeEdit *>(QStringLiteral("moveTime"))->setTime(QTime(11, 0));
    auto *move = dialog->findChild<QPushButton *>(QStringLiteral("moveButton"));
    move->click();
    // Asynchronous, like booking: the dialog says what it does, Move cannot be pressed twice.
    QVERIFY(dialog->isCheckingGoogle());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("moveGoogleCheck"))->isVisible());
    QVERIFY(!move->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isCheckingGoogle(), 10000);
    QVERIFY(dialog);
    QCOMPARE(dialog->errorText(), FreshCheck::movedTakenText());
    QCOMPARE(m_f->stored().first().span.startMs, tuesdayAt(10));
    dialog->reject();

    // Dragged there instead: refused with the same words, the appointment stays.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    emit m_view->appointmentDropped(id, m_f->practitionerId, tuesdayAt(11));
    QTRY_COMPARE_WITH_TIMEOUT(MessageBox::lastText(), FreshCheck::movedTakenText(), 10000);
    QCOMPARE(m_f->stored().first().span.startMs, tuesdayAt(10));
    // A free time is still a plain move.
    emit m_view->appointmentDropped(id, m_f->practitionerId, tuesdayAt(9));
    QTRY_COMPARE_WITH_TIMEOUT(m_f->stored().first().span.startMs, tuesdayAt(9), 10000);
}

QTEST_MAIN(TestFreshCheckUi)
#include "test_fresh_check_ui.moc"
