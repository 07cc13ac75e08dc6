// What the dialogs say and keep (issue 15): the patient file names every status and exports in
// German, the wizard refuses blank names, settings never lose edits silently, Google's texts
// and the shortcuts are whole and German, window titles and field hints fit.
#include "reception_fixture.h"

#include "common/message_box.h"
#include "domain/status_text.h"
#include "first_run/first_run_pages.h"
#include "first_run/first_run_wizard.h"
#include "google/google_connection_service.h"
#include "google/google_endpoints.h"
#include "google/google_tab.h"
#include "localization.h"
#include "memory_token_store.h"
#include "patients/patients_dialog.h"
#include "settings/settings_dialog.h"
#include "storage/audit_log.h"
#include "storage/practice_contact_repository.h"
#include "storage/settings_repository.h"

#include <QCollator>
#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QScrollBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QWizard>

using namespace empfang;
using namespace empfang::test::reception;
using empfang::test::GuiFixture;

class TestDialogTexts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { installTranslations(*QCoreApplication::instance()); }
    void patientHistoryNamesEveryStatus();
    void wizardRefusesBlankNames();
    void settingsAskBeforeDiscarding();
    void googleConnectSaysFirstWhenNoClientIsSet();
    void patientExportSpeaksGerman();
    void googleTechnicalDetailsAreCollapsed();
    void shortcutsDialogIsWholeAndSortedGerman();
    void windowTitlesSayEmpfangOnce();
    void fieldHintsAreWhole();
};

void TestDialogTexts::patientHistoryNamesEveryStatus()
{
    GuiFixture f;
    auto first = f.bookAt(QStringLiteral("Sophie Wagner"), 8);
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

void TestDialogTexts::wizardRefusesBlankNames()
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

void TestDialogTexts::settingsAskBeforeDiscarding()
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

void TestDialogTexts::googleConnectSaysFirstWhenNoClientIsSet()
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

void TestDialogTexts::patientExportSpeaksGerman()
{
    GuiFixture f;
    auto first = f.bookAt(QStringLiteral("Sophie Wagner"), 8);
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

void TestDialogTexts::googleTechnicalDetailsAreCollapsed()
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

void TestDialogTexts::shortcutsDialogIsWholeAndSortedGerman()
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

void TestDialogTexts::windowTitlesSayEmpfangOnce()
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

void TestDialogTexts::fieldHintsAreWhole()
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

QTEST_MAIN(TestDialogTexts)
#include "test_dialog_texts.moc"
