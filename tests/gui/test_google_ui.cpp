#include "app/google_stack.h"
#include "consent_dialog.h"
#include "consent_log_dialog.h"
#include "fake_google_process.h"
#include "google/google_connection_service.h"
#include "google_calendar_dialog.h"
#include "google_tab.h"
#include "gui_fixture.h"
#include "localization.h"
#include "main_window.h"
#include "message_box.h"
#include "privacy/privacy_notice.h"
#include "security/keychain_token_store.h"
#include "settings_dialog.h"
#include "storage/consent_log.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>

using namespace empfang;
using empfang::test::child;
using empfang::test::GuiFixture;
using empfang::test::shoot;

/// The Google parts of the reception UI against the fake Google server and the real Secret
/// Service (run through tests/fakes/with_keyring.sh): consent screen, Google settings tab,
/// consent log, disconnect, revocation notice, test-mode banner.
class TestGoogleUi : public QObject
{
    Q_OBJECT

public slots:
    /// QDesktopServices' handler for http/https: the "system browser". Like a real browser it
    /// comes back later, never inside openUrl().
    void openUrl(const QUrl &url)
    {
        m_opened << url;
        if (m_playBrowser)
            QTimer::singleShot(0, this, [this, url] { m_fake.land(m_fake.authorize(url)); });
    }

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void connectButtonNeedsConsent();
    void connectDisconnectEndToEnd();
    void cancelWhileWaiting();
    void readOnlyIsExplained();
    void failingRevokeNamesDrittanbieterZugriffe();
    void calendarChoice();
    void revokedInGoogleShowsNotice();
    void bannerOnlyWhenRedirected();
    void withoutServiceTabIsUnavailable();

private:
    QString cell(GoogleTab *tab, int column) const { return tab->table()->item(0, column)->text(); }
    /// Connects the fixture's practitioner through the tab and the consent dialog.
    ConsentDialog *connectThroughDialog(GoogleTab *tab);
    void connectDirectly();

    test::FakeGoogle m_fake;
    std::unique_ptr<GuiFixture> m_f;
    std::unique_ptr<GoogleStack> m_google; // as the app wires it; not the window's own
    GoogleConnectionService *m_service = nullptr;
    QList<QUrl> m_opened;
    bool m_playBrowser = true;
};

void TestGoogleUi::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "run through tests/fakes/with_keyring.sh (a session bus with gnome-keyring)");
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("EmpfangTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_google_ui"));
    installTranslations(*QCoreApplication::instance());
    QVERIFY(m_fake.start(QStringLiteral(EMPFANG_FAKE_GOOGLE)));
    m_fake.exportEnvironment();
    QDesktopServices::setUrlHandler(QStringLiteral("http"), this, "openUrl");
    QDesktopServices::setUrlHandler(QStringLiteral("https"), this, "openUrl");
}

void TestGoogleUi::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
}

void TestGoogleUi::init()
{
    m_fake.reset();
    QProcess::execute(
        QStringLiteral("secret-tool"),
        {QStringLiteral("clear"), QStringLiteral("server"), QStringLiteral("Empfang")});
    m_opened.clear();
    m_playBrowser = true;
    m_f = std::make_unique<GuiFixture>();
    m_google = std::make_unique<GoogleStack>(*m_f->db, m_f->clock);
    m_service = &m_google->connections();
}

void TestGoogleUi::cleanup()
{
    m_service = nullptr;
    m_google.reset();
    m_f.reset();
}

ConsentDialog *TestGoogleUi::connectThroughDialog(GoogleTab *tab)
{
    tab->selectPractitioner(m_f->practitionerId);
    QTest::mouseClick(child<QPushButton>(*tab, "googleConnect"), Qt::LeftButton);
    auto *dialog = tab->findChild<ConsentDialog *>(QStringLiteral("consentDialog"));
    if (!dialog)
        qFatal("no consent dialog");
    child<QCheckBox>(*dialog, "consentCheck")->setChecked(true);
    QTest::mouseClick(child<QPushButton>(*dialog, "consentConnect"), Qt::LeftButton);
    return dialog;
}

void TestGoogleUi::connectDirectly()
{
    QSignalSpy url(m_service, &GoogleConnectionService::authorizationUrl);
    QSignalSpy done(m_service, &GoogleConnectionService::connectFinished);
    m_service->connectPractitioner(m_f->practitionerId, true);
    QVERIFY(url.wait(10000));
    m_fake.land(m_fake.authorize(url.at(0).at(1).toUrl()));
    QVERIFY(done.size() == 1 || done.wait(10000));
    QVERIFY2(done.at(0).at(1).toBool(), qPrintable(done.at(0).at(2).toString()));
}

void TestGoogleUi::connectButtonNeedsConsent()
{
    ConsentDialog dialog(*m_service, m_f->practitionerId, QStringLiteral("Anna Berger"));
    dialog.show();
    auto *consent = child<QCheckBox>(dialog, "consentCheck");
    auto *connectButton = child<QPushButton>(dialog, "consentConnect");
    QVERIFY(!consent->isChecked());
    QVERIFY(!connectButton->isEnabled());
    QTest::mouseClick(connectButton, Qt::LeftButton); // disabled: nothing may happen
    QTest::qWait(50);
    QVERIFY(m_opened.isEmpty());
    QCOMPARE(dialog.phase(), ConsentDialog::Phase::Asking);

    consent->setChecked(true);
    QVERIFY(connectButton->isEnabled());
    consent->setChecked(false);
    QVERIFY(!connectButton->isEnabled());

    // The notice shown is the one whose version and hash the consent log will record.
    const PrivacyNotice notice = PrivacyNotice::current();
    QVERIFY(child<QLabel>(dialog, "consentNoticeVersion")->text().contains(notice.version()));
    QVERIFY(child<QLabel>(dialog, "consentNoticeHash")->text().contains(notice.sha256()));
    QVERIFY(!child<QTextBrowser>(dialog, "consentNotice")->toPlainText().isEmpty());
    const QString scopes = child<QLabel>(dialog, "consentScopes")->text();
    QVERIFY(scopes.contains(QStringLiteral("calendar.readonly")));
    QVERIFY(scopes.contains(QStringLiteral("calendar.events")));

    consent->setChecked(true);
    shoot(dialog, "consent.png");
}

void TestGoogleUi::connectDisconnectEndToEnd()
{
    SettingsDialog settings(*m_f->db, m_service);
    settings.show();
    settings.showGoogleTab(m_f->practitionerId);
    GoogleTab *tab = settings.googleTab();
    QCOMPARE(settings.tabs()->currentWidget(), tab);
    QCOMPARE(cell(tab, 1), GoogleTab::stateLabel(GoogleConnection::State::None));
    QVERIFY(!child<QPushButton>(*tab, "googleDisconnect")->isEnabled());

    ConsentDialog *dialog = connectThroughDialog(tab);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->phase(), ConsentDialog::Phase::Connected, 15000);
    QCOMPARE(m_opened.size(), 1);
    QCOMPARE(m_opened.at(0).host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(cell(tab, 1), GoogleTab::stateLabel(GoogleConnection::State::Connected));
    QTRY_COMPARE_WITH_TIMEOUT(cell(tab, 3), GoogleTab::tr("yes"), 10000);
    QVERIFY(!child<QPushButton>(*tab, "googleConnect")->isEnabled());
    QVERIFY(child<QPushButton>(*tab, "googleDisconnect")->isEnabled());
    shoot(dialog, "consent_connected.png");
    QTest::mouseClick(child<QPushButton>(*dialog, "consentCancel"), Qt::LeftButton); // "Close"
    QTRY_VERIFY(!tab->findChild<ConsentDialog *>());
    QTRY_VERIFY_WITH_TIMEOUT(cell(tab, 4).contains(QStringLiteral("praxis.test")), 10000);
    shoot(settings, "google_tab.png");

    // The consent log shows the grant and exports it.
    QTest::mouseClick(child<QPushButton>(*tab, "googleConsentLog"), Qt::LeftButton);
    auto *log = tab->findChild<ConsentLogDialog *>(QStringLiteral("consentLogDialog"));
    QVERIFY(log);
    QTableWidget *table = log->table();
    QCOMPARE(table->rowCount(), 1);
    const QString action = table->item(0, 2)->text();
    QCOMPARE(action, ConsentLog::actionLabel(ConsentEntry::Action::Granted));
    if (qEnvironmentVariable("EMPFANG_LANGUAGE") == QLatin1String("de"))
        QVERIFY2(action.contains(QStringLiteral("erteilt")), qPrintable(action));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Anna Berger"));
    shoot(log, "consent_log.png");

    QTemporaryDir out;
    const QString csvPath = out.filePath(QStringLiteral("einwilligungen.csv"));
    QTest::mouseClick(child<QPushButton>(*log, "consentLogExport"), Qt::LeftButton);
    auto *files = log->findChild<QFileDialog *>(QStringLiteral("consentLogFileDialog"));
    QVERIFY(files);
    files->selectFile(csvPath);
    QMetaObject::invokeMethod(files, "accept"); // protected slot: what the Save button does
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.contains("granted"));
    QVERIFY(bytes.contains(PrivacyNotice::current().sha256().toUtf8()));
    QVERIFY(child<QLabel>(*log, "consentLogMessage")->text().contains(QStringLiteral(".csv")));
    log->close();

    // Disconnect: asked first, then revoked at the fake, wiped, shown.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(*tab, "googleDisconnect"), Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Anna Berger")));
    QTRY_COMPARE_WITH_TIMEOUT(cell(tab, 1), GoogleTab::stateLabel(GoogleConnection::State::None),
                              10000);
    QTRY_COMPARE_WITH_TIMEOUT(cell(tab, 3), GoogleTab::tr("no"), 10000);
    QCOMPARE(m_fake.requests(QStringLiteral("revoke")).size(), 1);
    QVERIFY(!settings.message().isEmpty());
    QVERIFY(!settings.message().contains(QStringLiteral("Drittanbieter")));
    const auto entries = ConsentLog(*m_f->db).list().value();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.last().action, ConsentEntry::Action::Withdrawn);
}

void TestGoogleUi::cancelWhileWaiting()
{
    m_playBrowser = false; // the practitioner never confirms in the browser
    SettingsDialog settings(*m_f->db, m_service);
    settings.show();
    ConsentDialog *dialog = connectThroughDialog(settings.googleTab());
    QTRY_COMPARE_WITH_TIMEOUT(m_opened.size(), 1, 10000);
    QCOMPARE(dialog->phase(), ConsentDialog::Phase::Waiting);
    QVERIFY(child<QWidget>(*dialog, "consentProgress")->isVisible());
    QVERIFY(!child<QCheckBox>(*dialog, "consentCheck")->isEnabled());
    // Google's address as selectable text with a copy button (no browser on some desks).
    auto *address = child<QLineEdit>(*dialog, "consentAddress");
    QVERIFY(address->isVisible());
    QCOMPARE(address->text(), m_opened.first().toString(QUrl::FullyEncoded));
    QTest::mouseClick(child<QPushButton>(*dialog, "consentCopyAddress"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), address->text());
    shoot(dialog, "consent_waiting.png");
    QTest::mouseClick(child<QPushButton>(*dialog, "consentCancel"), Qt::LeftButton);
    QTRY_COMPARE(dialog->phase(), ConsentDialog::Phase::Failed);
    QVERIFY(dialog->isVisible()); // shows why; a second Cancel closes
    QVERIFY(!dialog->resultText().isEmpty());
    QVERIFY(!m_service->isConnecting(m_f->practitionerId));
    QVERIFY(m_fake.requests(QStringLiteral("token")).isEmpty());
    QTest::mouseClick(child<QPushButton>(*dialog, "consentCancel"), Qt::LeftButton);
    QTRY_VERIFY(!settings.findChild<ConsentDialog *>());
}

void TestGoogleUi::readOnlyIsExplained()
{
    m_fake.configure({{QStringLiteral("grant_scopes"),
                       QJsonArray{QLatin1String(GoogleEndpoints::kScopeReadonly)}}});
    SettingsDialog settings(*m_f->db, m_service);
    settings.show();
    settings.showGoogleTab();
    GoogleTab *tab = settings.googleTab();
    ConsentDialog *dialog = connectThroughDialog(tab);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->phase(), ConsentDialog::Phase::Connected, 15000);
    QCOMPARE(cell(tab, 1), GoogleTab::stateLabel(GoogleConnection::State::ReadOnly));
    QVERIFY(child<QLabel>(*tab, "googleReadOnlyNote")->isVisible());
    QVERIFY(!dialog->resultText().isEmpty());
    QCOMPARE(settings.message(), dialog->resultText());
}

void TestGoogleUi::failingRevokeNamesDrittanbieterZugriffe()
{
    connectDirectly();
    m_fake.fault(
        {{QStringLiteral("endpoint"), QStringLiteral("revoke")}, {QStringLiteral("status"), 500}});
    SettingsDialog settings(*m_f->db, m_service);
    settings.show();
    settings.showGoogleTab();
    GoogleTab *tab = settings.googleTab();
    tab->selectPractitioner(m_f->practitionerId);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(*tab, "googleDisconnect"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(settings.message().contains(QStringLiteral("Drittanbieter-Zugriffe")),
                             10000);
    QCOMPARE(cell(tab, 1), GoogleTab::stateLabel(GoogleConnection::State::None));
}

void TestGoogleUi::calendarChoice()
{
    connectDirectly();
    QTRY_COMPARE_WITH_TIMEOUT(m_service->connection(m_f->practitionerId).calendars.size(), 2,
                              10000);
    SettingsDialog settings(*m_f->db, m_service);
    settings.show();
    settings.showGoogleTab();
    GoogleTab *tab = settings.googleTab();
    tab->selectPractitioner(m_f->practitionerId);
    QTest::mouseClick(child<QPushButton>(*tab, "googleCalendars"), Qt::LeftButton);
    auto *dialog = tab->findChild<GoogleCalendarDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->busyList()->count(), 2);
    for (int i = 0; i < 2; ++i)
        dialog->busyList()->item(i)->setCheckState(Qt::Checked);
    const QString other = QStringLiteral("c_privat1234@group.calendar.google.com");
    const int index = dialog->bookingChooser()->findData(other);
    if (index >= 0)
        dialog->bookingChooser()->setCurrentIndex(index);
    shoot(dialog, "google_calendars.png");
    QTest::mouseClick(child<QPushButton>(*dialog, "googleCalendarOk"), Qt::LeftButton);
    const GoogleConnection c = m_service->connection(m_f->practitionerId);
    QCOMPARE(c.busyCalendars.size(), 2);
    if (index >= 0)
        QCOMPARE(c.bookingCalendar, other);
}

void TestGoogleUi::revokedInGoogleShowsNotice()
{
    connectDirectly();
    MainWindow window(*m_f->services);
    window.setGoogleService(m_service);
    window.show();
    auto *bar = child<QWidget>(window, "googleRevokedBar");
    QVERIFY(!bar->isVisible());

    m_fake.post(QStringLiteral("/_fake/revoke")); // the practitioner revokes in Google
    m_fake.post(QStringLiteral("/_fake/expire"));
    QSignalSpy revoked(m_service, &GoogleConnectionService::revokedExternally);
    m_service->refreshCalendars(m_f->practitionerId); // any use of the token finds out
    QTRY_COMPARE_WITH_TIMEOUT(revoked.size(), 1, 10000);
    QTRY_VERIFY(bar->isVisible());
    QVERIFY(child<QLabel>(window, "googleRevokedMessage")
                ->text()
                .contains(QStringLiteral("Anna Berger")));
    shoot(window, "main_revoked.png");

    QTest::mouseClick(child<QPushButton>(window, "googleRevokedReconnect"), Qt::LeftButton);
    auto *settings = window.findChild<SettingsDialog *>();
    QVERIFY(settings);
    GoogleTab *tab = settings->googleTab();
    QCOMPARE(settings->tabs()->currentWidget(), tab);
    QCOMPARE(tab->currentPractitioner(), m_f->practitionerId);
    QCOMPARE(cell(tab, 1), GoogleTab::stateLabel(GoogleConnection::State::RevokedExternally));
    QVERIFY(child<QWidget>(*tab, "googleRevokedNotice")->isVisible());
    QVERIFY(child<QPushButton>(*tab, "googleConnect")->isEnabled());
    shoot(settings, "google_tab_revoked.png");

    // "Reconnect" acknowledges the revocation and goes through consent again.
    QTest::mouseClick(child<QPushButton>(*tab, "googleReconnect"), Qt::LeftButton);
    QVERIFY(tab->findChild<ConsentDialog *>());
    QCOMPARE(m_service->connection(m_f->practitionerId).state, GoogleConnection::State::None);
    QTRY_VERIFY(!bar->isVisible());
    settings->close();
}

void TestGoogleUi::bannerOnlyWhenRedirected()
{
    {
        MainWindow window(*m_f->services); // no service: reads the endpoints itself
        window.show();
        auto *banner = window.findChild<QLabel *>(QStringLiteral("googleOverrideBanner"));
        QVERIFY(banner);
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(m_fake.base.toString()));
        shoot(window, "main_banner.png");
    }
    const QByteArrayList names = {"EMPFANG_GOOGLE_AUTH_URL", "EMPFANG_GOOGLE_TOKEN_URL",
                                  "EMPFANG_GOOGLE_REVOKE_URL", "EMPFANG_GOOGLE_API_URL"};
    for (const QByteArray &name : names)
        qunsetenv(name.constData());
    {
        MainWindow window(*m_f->services);
        window.show();
        auto *banner = window.findChild<QLabel *>(QStringLiteral("googleOverrideBanner"));
        QVERIFY(!banner || !banner->isVisible());
    }
    // Only the API address redirected is enough for the banner.
    qputenv("EMPFANG_GOOGLE_API_URL", m_fake.url(QStringLiteral("/calendar/v3")).toEncoded());
    {
        MainWindow window(*m_f->services);
        window.show();
        auto *banner = window.findChild<QLabel *>(QStringLiteral("googleOverrideBanner"));
        QVERIFY(banner && banner->isVisible());
    }
    m_fake.exportEnvironment();
}

void TestGoogleUi::withoutServiceTabIsUnavailable()
{
    SettingsDialog settings(*m_f->db);
    settings.show();
    QVERIFY(settings.googleTab());
    QVERIFY(child<QLabel>(settings, "googleUnavailable")->isVisible() ||
            settings.tabs()->currentWidget() != settings.googleTab());
    QVERIFY(!settings.findChild<QPushButton *>(QStringLiteral("googleConnect")));
}

QTEST_MAIN(TestGoogleUi)
#include "test_google_ui.moc"
