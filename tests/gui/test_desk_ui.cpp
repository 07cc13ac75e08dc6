// What a desk shows about the other desks (issue 14, docs/ARCHITECTURE.md §8): Settings ›
// Google-Kalender at a desk that is not the practitioner's sync desk, and the desk's own name
// in Settings › Datenbank.
#include "app/google_stack.h"
#include "database_tab.h"
#include "google/calendar_client.h"
#include "google/google_connection_service.h"
#include "google_tab.h"
#include "gui_fixture.h"
#include "localization.h"
#include "main_window.h"
#include "schedule_data.h"
#include "schedule_sync_painter.h"
#include "schedule_view.h"
#include "security/keychain_token_store.h"
#include "storage/desk_repository.h"
#include "storage/google_connection_repository.h"
#include "storage/local_desk.h"
#include "sync/sync_service.h"

#include <QDateTime>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>

using namespace empfang;
using empfang::test::child;
using empfang::test::GuiFixture;
using empfang::test::shoot;

namespace {

const QString kOtherDesk = QStringLiteral("4b1e0f2a-other-desk");
constexpr int kDeskColumn = 5; // "Synchronisiert über"

} // namespace

class TestDeskUi : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuiFixture> m_f;
    std::unique_ptr<GoogleStack> m_google; // as the app wires it; not the window's own
    GoogleConnectionService *m_service = nullptr;

    /// The practitioner as connected at the other desk, last seen `minutesAgo`.
    void connectedElsewhere(int minutesAgo)
    {
        GoogleConnection c;
        c.practitionerId = m_f->practitionerId;
        c.state = GoogleConnection::State::Connected;
        c.grantedScopes = {QLatin1String(GoogleEndpoints::kScopeEvents),
                           QLatin1String(GoogleEndpoints::kScopeReadonly)};
        GoogleConnectionRepository connections(*m_f->db);
        QVERIFY(connections.save(c));
        QVERIFY(connections.setDesks(c.practitionerId, kOtherDesk, {}));
        QVERIFY(DeskRepository(*m_f->db).seen(kOtherDesk, QStringLiteral("Empfang vorne"),
                                              QDateTime::currentMSecsSinceEpoch() -
                                                  minutesAgo * 60 * 1000));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("EmpfangTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_desk_ui"));
        qunsetenv("EMPFANG_DESK");
        installTranslations(*QCoreApplication::instance());
    }
    void init()
    {
        m_f = std::make_unique<GuiFixture>();
        m_google = std::make_unique<GoogleStack>(*m_f->db, m_f->clock);
        m_service = &m_google->connections();
    }
    void cleanup()
    {
        m_service = nullptr;
        m_google.reset();
        m_f.reset();
    }

    // A running sync desk: named in the table; connecting here is offered as moving the sync.
    void otherDeskIsNamed()
    {
        connectedElsewhere(2);
        GoogleTab tab(*m_f->db, m_service, nullptr);
        tab.show();
        tab.selectPractitioner(m_f->practitionerId);
        QCOMPARE(tab.table()->item(0, kDeskColumn)->text(), QStringLiteral("Empfang vorne"));
        auto *connect = child<QPushButton>(tab, "googleConnect");
        QVERIFY(connect->isEnabled());
        QCOMPARE(connect->text(), QStringLiteral("Sync an diesen Arbeitsplatz holen…"));
        QVERIFY(!child<QPushButton>(tab, "googleCalendars")->isEnabled());
        const QString note = child<QLabel>(tab, "googleDeskNote")->text();
        QVERIFY2(note.contains(QStringLiteral("Arbeitsplatz „Empfang vorne“")), qPrintable(note));
        QVERIFY2(!note.contains(QStringLiteral("erreichen Google erst")), qPrintable(note));
    }

    // Not seen for more than 15 minutes: every desk warns that bookings wait for it.
    void silentSyncDeskWarns()
    {
        connectedElsewhere(16);
        GoogleTab tab(*m_f->db, m_service, nullptr);
        tab.show();
        tab.selectPractitioner(m_f->practitionerId);
        QCOMPARE(tab.table()->item(0, kDeskColumn)->text(),
                 QStringLiteral("Empfang vorne (läuft nicht)"));
        const QString note = child<QLabel>(tab, "googleDeskNote")->text();
        QVERIFY2(note.contains(QStringLiteral("Termine dieser Behandler:in erreichen Google erst, "
                                              "wenn „Empfang vorne“ wieder läuft")),
                 qPrintable(note));
        tab.resize(1100, 520);
        shoot(tab, "google-tab-other-desk.png");
    }

    // Disconnected at this desk while the sync desk is off: "getrennt" at once, and the
    // pending revocation is explained with the way to do it in the Google account.
    void revocationPendingIsExplained()
    {
        connectedElsewhere(30);
        GoogleTab tab(*m_f->db, m_service, nullptr);
        tab.show();
        tab.selectPractitioner(m_f->practitionerId);
        QSignalSpy done(m_service, &GoogleConnectionService::disconnectFinished);
        m_service->disconnectPractitioner(m_f->practitionerId);
        QVERIFY(done.wait(10000));
        QCOMPARE(done.at(0).at(1).toBool(), false); // not revoked yet: the other desk does it
        tab.reload();
        tab.selectPractitioner(m_f->practitionerId);
        QCOMPARE(tab.table()->item(0, 1)->text(), QStringLiteral("nicht verbunden"));
        const QString note = child<QLabel>(tab, "googleDeskNote")->text();
        QVERIFY2(note.contains(QStringLiteral("sobald der Arbeitsplatz „Empfang vorne“ läuft")),
                 qPrintable(note));
        QVERIFY2(note.contains(QStringLiteral("Drittanbieter-Zugriffe")), qPrintable(note));
    }

    // The grid's column header of such a practitioner: a warning, and the tooltip says why.
    void gridHeaderWarnsWhenSyncDeskIsSilent()
    {
        connectedElsewhere(20);
        MainWindow window(*m_f->services);
        window.setSyncService(&m_google->sync());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const ScheduleColumn *column = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const ScheduleColumn &c : window.scheduleView()->data().columns) {
                    if (c.practitioner.id == m_f->practitionerId && c.google.deskSilent)
                        column = &c;
                }
                return column != nullptr;
            }(),
            10000);
        const QTimeZone zone = window.scheduleView()->data().zone;
        QCOMPARE(ScheduleSyncPainter::freshnessTexts(column->google, zone).first(),
                 QStringLiteral("⚠ Sync-Arbeitsplatz läuft nicht"));
        const QString tip = ScheduleSyncPainter::freshnessTooltip(column->google, zone);
        QVERIFY2(tip.contains(QStringLiteral("erreichen Google erst, wenn „Empfang vorne“ wieder "
                                             "läuft")),
                 qPrintable(tip));
        shoot(window, "grid-sync-desk-silent.png");
    }

    // The desk's name is what the other desks see, at once.
    void deskNameIsShared()
    {
        DatabaseTab tab(*m_f->db, nullptr);
        tab.show();
        auto *name = child<QLineEdit>(tab, "deskName");
        name->setText(QStringLiteral("Tresen Eingang"));
        QVERIFY(tab.hasUnsavedChanges());
        QVERIFY(tab.saveChanges());
        QVERIFY(!tab.hasUnsavedChanges());
        tab.resize(900, 400);
        shoot(tab, "database-tab-desk-name.png");
        QCOMPARE(LocalDesk::name(), QStringLiteral("Tresen Eingang"));
        QCOMPARE(DeskRepository(*m_f->db).nameOf(LocalDesk::id()),
                 QStringLiteral("Tresen Eingang"));
        name->clear();
        QVERIFY(tab.saveChanges());
        QCOMPARE(LocalDesk::name(), LocalDesk::defaultName());
    }
};

QTEST_MAIN(TestDeskUi)
#include "test_desk_ui.moc"
