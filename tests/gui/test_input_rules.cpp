// Issue 9.6 in the dialogs: a field that breaks the shared TextRules says why, in German, right
// under it, and the button that would store it stays disabled — before anything is pressed.
#include "booking/booking_dialog.h"
#include "booking/patient_picker.h"
#include "first_run/first_run_pages.h"
#include "gui_fixture.h"
#include "localization.h"
#include "patients/patients_dialog.h"
#include "settings/settings_dialog.h"
#include "storage/patient_repository.h"
#include "storage/settings_repository.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>

using namespace empfang;
using empfang::test::GuiFixture;

namespace {

const QString kTooLong = QStringLiteral("Höchstens 200 Zeichen sind erlaubt (hier: 201).");
const QString kBidi = QStringLiteral("Leserichtung");

template <typename T> T *child(QWidget &parent, const QString &name)
{
    auto *found = parent.findChild<T *>(name);
    if (!found)
        qFatal("no widget %s", qPrintable(name));
    return found;
}

QString withChar(const QString &text, char32_t c)
{
    return text + QString::fromUcs4(&c, 1) + text;
}

} // namespace

class TestInputRules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { installTranslations(*QCoreApplication::instance()); }

    void bookingDialog_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("patient name 201")
            << QStringLiteral("patientSearch") << QString(201, u'p') << kTooLong;
        QTest::newRow("patient name with U+202E")
            << QStringLiteral("patientSearch") << withChar(QStringLiteral("Erika"), 0x202E)
            << kBidi;
        QTest::newRow("patient name with a tab")
            << QStringLiteral("patientSearch") << QStringLiteral("Erika\tMüller")
            << QStringLiteral("Tabulator");
        QTest::newRow("phone with U+2066") << QStringLiteral("newPatientPhone")
                                           << withChar(QStringLiteral("030"), 0x2066) << kBidi;
        QTest::newRow("note 2001") << QStringLiteral("bookingNote") << QString(2001, u'n')
                                   << QStringLiteral("Höchstens 2000 Zeichen");
        QTest::newRow("note with U+2066")
            << QStringLiteral("bookingNote") << withChar(QStringLiteral("Notiz"), 0x2066) << kBidi;
    }
    void bookingDialog()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        QFETCH(QString, reason);
        GuiFixture f;
        const auto practitioner = PractitionerRepository(*f.db).find(f.practitionerId).value();
        BookingDialog dialog(*f.db, *f.booking, practitioner, GuiFixture::at(10),
                             QTimeZone("Europe/Berlin"),
                             AppointmentTypeRepository(*f.db).list().value(), f.typeId);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *book = child<QPushButton>(dialog, QStringLiteral("bookButton"));
        child<QLineEdit>(dialog, QStringLiteral("patientSearch"))
            ->setText(QStringLiteral("Nora Neu"));
        QVERIFY(book->isEnabled());

        auto *edit = child<QLineEdit>(dialog, field);
        edit->setText(text);
        auto *hint = child<QLabel>(dialog, field + QStringLiteral("Hint"));
        QVERIFY(hint->isVisible());
        QVERIFY2(hint->text().contains(reason), qPrintable(hint->text()));
        QVERIFY(!book->isEnabled());
        QTest::keyClick(edit, Qt::Key_Return); // Enter must not get around the disabled button
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(f.stored().isEmpty());
        QCOMPARE(PatientRepository(*f.db).search(QString())->size(), 0);

        // Corrected: the hint goes, the button comes back, and booking works.
        edit->setText(field == QLatin1String("patientSearch") ? QStringLiteral("Nora Neu")
                                                              : QStringLiteral("12"));
        QVERIFY(!hint->isVisible());
        QVERIFY(book->isEnabled());
        QTest::mouseClick(book, Qt::LeftButton);
        QCOMPARE(f.stored().size(), 1);
    }

    void patientsDialog()
    {
        GuiFixture f;
        const qint64 erika =
            PatientRepository(*f.db).add({0, QStringLiteral("Erika Müller"), {}, {}, {}})->id;
        PatientsDialog dialog(*f.db, *f.booking, f.clock);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("patientsSearch")),
                         QStringLiteral("Erika"));
        QCOMPARE(dialog.currentPatientId(), erika);
        auto *save = child<QPushButton>(dialog, QStringLiteral("patientSaveButton"));
        QVERIFY(save->isEnabled());
        for (const auto &[field, text, reason] :
             {std::tuple{QStringLiteral("patientName"), QString(201, u'e'), kTooLong},
              std::tuple{QStringLiteral("patientName"), withChar(QStringLiteral("Erika"), 0x202E),
                         kBidi},
              std::tuple{QStringLiteral("patientPhone"), QStringLiteral("030\t1"),
                         QStringLiteral("Tabulator")},
              std::tuple{QStringLiteral("patientEmail"), withChar(QStringLiteral("e"), 0x2069),
                         kBidi}}) {
            auto *edit = child<QLineEdit>(dialog, field);
            const QString before = edit->text();
            edit->setText(text);
            auto *hint = child<QLabel>(dialog, field + QStringLiteral("Hint"));
            QVERIFY2(hint->isVisible() && hint->text().contains(reason),
                     qPrintable(field + u' ' + hint->text()));
            QVERIFY(!save->isEnabled());
            dialog.save();
            QCOMPARE(PatientRepository(*f.db).find(erika)->name, QStringLiteral("Erika Müller"));
            edit->setText(before);
            QVERIFY(!hint->isVisible());
            QVERIFY(save->isEnabled());
        }
    }

    void settingsTabs_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("buttons");
        QTest::addColumn<QString>("reason");
        QTest::newRow("practice name with U+202E")
            << QStringLiteral("practiceName") << withChar(QStringLiteral("Praxis"), 0x202E)
            << QStringList{QStringLiteral("savePractice")} << kBidi;
        QTest::newRow("practitioner name 201")
            << QStringLiteral("practitionerName") << QString(201, u'a')
            << QStringList{QStringLiteral("addPractitioner"), QStringLiteral("savePractitioner")}
            << kTooLong;
        QTest::newRow("type name with a tab")
            << QStringLiteral("typeName") << QStringLiteral("Fango\tWarm")
            << QStringList{QStringLiteral("addType"), QStringLiteral("saveType")}
            << QStringLiteral("Tabulator");
        QTest::newRow("absence reason 201")
            << QStringLiteral("absenceReason") << QString(201, u'u')
            << QStringList{QStringLiteral("addAbsence")} << kTooLong;
    }
    void settingsTabs()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        QFETCH(QStringList, buttons);
        QFETCH(QString, reason);
        GuiFixture f;
        const QString dump = QStringLiteral("%1|%2|%3")
                                 .arg(SettingsRepository(*f.db).load().name)
                                 .arg(PractitionerRepository(*f.db).list(true)->size())
                                 .arg(AppointmentTypeRepository(*f.db).list(true)->size());
        SettingsDialog dialog(*f.db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *edit = child<QLineEdit>(dialog, field);
        for (int i = 0; i < dialog.tabs()->count(); ++i) {
            if (dialog.tabs()->widget(i)->isAncestorOf(edit))
                dialog.tabs()->setCurrentIndex(i); // the tab the receptionist is on
        }
        const QString before = edit->text();
        edit->setText(text);
        auto *hint = child<QLabel>(dialog, field + QStringLiteral("Hint"));
        QVERIFY2(hint->isVisibleTo(&dialog) && hint->text().contains(reason),
                 qPrintable(hint->text()));
        for (const QString &name : buttons) {
            auto *button = child<QPushButton>(dialog, name);
            QVERIFY2(!button->isEnabled(), qPrintable(name));
            QTest::mouseClick(button, Qt::LeftButton);
        }
        QCOMPARE(QStringLiteral("%1|%2|%3")
                     .arg(SettingsRepository(*f.db).load().name)
                     .arg(PractitionerRepository(*f.db).list(true)->size())
                     .arg(AppointmentTypeRepository(*f.db).list(true)->size()),
                 dump);
        edit->setText(before);
        QVERIFY(!hint->isVisibleTo(&dialog));
        for (const QString &name : buttons)
            QVERIFY2(child<QPushButton>(dialog, name)->isEnabled(), qPrintable(name));
    }

    void seriesPatientPicker()
    {
        // The series dialog books only while patientId() >= 0.
        GuiFixture f;
        PatientPicker picker(*f.db, QStringLiteral("series"));
        picker.searchField()->setText(QStringLiteral("Neu Patient"));
        QCOMPARE(picker.patientId(), 0);
        picker.searchField()->setText(withChar(QStringLiteral("Neu"), 0x202D));
        QCOMPARE(picker.patientId(), -1);
        QVERIFY(child<QLabel>(picker, QStringLiteral("seriesPatientSearchHint"))
                    ->text()
                    .contains(kBidi));
        picker.searchField()->setText(QStringLiteral("Neu Patient"));
        QCOMPARE(picker.patientId(), 0);
    }

    void firstRunPages()
    {
        PracticePage practice;
        auto *name = child<QLineEdit>(practice, QStringLiteral("practiceName"));
        name->setText(QStringLiteral("Praxis am Markt"));
        QVERIFY(practice.isComplete());
        name->setText(withChar(QStringLiteral("Praxis"), 0x2067));
        QVERIFY(!practice.isComplete());
        QVERIFY(
            child<QLabel>(practice, QStringLiteral("practiceNameHint"))->text().contains(kBidi));
        PractitionerPage practitioner;
        auto *who = child<QLineEdit>(practitioner, QStringLiteral("practitionerName"));
        who->setText(QString(201, u'a'));
        QVERIFY(!practitioner.isComplete());
        who->setText(QString(200, u'a'));
        QVERIFY(practitioner.isComplete());
    }
};

QTEST_MAIN(TestInputRules)
#include "test_input_rules.moc"
