// Printing from the front desk (issue 15): the day list covers every practitioner shown, the
// small card carries the practice's address, series cards their place, and a laptop screen
// keeps the patient's name.
#include "reception_fixture.h"

#include "booking/front_desk.h"
#include "booking/series_dialog.h"
#include "common/message_box.h"
#include "localization.h"
#include "storage/practice_contact_repository.h"
#include "storage/series_repository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace empfang;
using namespace empfang::test::reception;
using empfang::test::GuiFixture;

class TestPrintingUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { installTranslations(*QCoreApplication::instance()); }
    void dayListPrintsAllShownPractitioners();
    void cardHasAddressInSmallFormat();
    void seriesCardsShowTheirPlaceAndTheMessageTheDates();
    void cardKeepsThePatientNameOnALaptop();
};

void TestPrintingUi::dayListPrintsAllShownPractitioners()
{
    GuiFixture f;
    const qint64 jonas = addJonas(f);
    auto a = f.bookAt(QStringLiteral("Sophie Wagner"), 9);
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

void TestPrintingUi::cardHasAddressInSmallFormat()
{
    GuiFixture f;
    auto a = f.bookAt(QStringLiteral("Sophie Wagner"), 9);
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

void TestPrintingUi::seriesCardsShowTheirPlaceAndTheMessageTheDates()
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

void TestPrintingUi::cardKeepsThePatientNameOnALaptop()
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

QTEST_MAIN(TestPrintingUi)
#include "test_printing_ui.moc"
