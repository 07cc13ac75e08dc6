// The GUI's backups (issue 9, point 5): the "Datensicherung" menu, rotation to 14 daily +
// 8 weekly, the status bar warning and restoring through the menu — on a real SQLite file.
#include "backup_controller.h"
#include "gui_fixture.h"
#include "localization.h"
#include "main_window.h"
#include "message_box.h"
#include "practice_tab.h"
#include "storage/backup_folder.h"
#include "storage/database_backup.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>

using namespace empfang;
using empfang::test::GuiFixture;

namespace {

// A file with a backup's name; rotation and the warning go by the name (DatabaseBackup::write
// gives a file that name only after verifying it).
void touch(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot create %s", qPrintable(path));
}

BookingRequest request(const GuiFixture &f, qint64 startMs, const QString &patient)
{
    BookingRequest r;
    r.practitionerId = f.practitionerId;
    r.typeId = f.typeId;
    r.startMs = startMs;
    r.newPatientName = patient;
    return r;
}

QStringList names(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files, QDir::Name);
}

} // namespace

class TestBackupUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void menuBacksUpAndClearsTheWarning();
    void firstStartOfTheDayOnlyOnce();
    void rotationKeeps14DailyAnd8Weekly();
    void restoreThroughTheMenu();
    void damagedBackupIsRefused();
    void folderSettingIsPerWorkstation();

private:
    QTemporaryDir m_config;
    std::unique_ptr<QTemporaryDir> m_backups;
};

void TestBackupUi::initTestCase()
{
    // QSettings of this test only, never the developer's.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    installTranslations(*QCoreApplication::instance());
}

void TestBackupUi::init()
{
    m_backups = std::make_unique<QTemporaryDir>();
    BackupFolder::setConfigured(m_backups->path());
}

void TestBackupUi::menuBacksUpAndClearsTheWarning()
{
    GuiFixture f;
    MainWindow window(*f.services);
    BackupController backups(*f.db, &window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *menu = window.findChild<QMenu *>(QStringLiteral("menuBackup"));
    QVERIFY(menu);
    QCOMPARE(menu->title().remove(u'&'), QStringLiteral("Datensicherung"));
    const QList<QAction *> menus = window.menuBar()->actions();
    QCOMPARE(menus.last()->menu()->objectName(), QStringLiteral("menuHelp")); // Help stays last
    QVERIFY(menus.contains(menu->menuAction()));
    QCOMPARE(backups.backupAction()->text().remove(u'&'), QStringLiteral("Jetzt sichern"));
    QCOMPARE(backups.restoreAction()->text().remove(u'&'), QStringLiteral("Wiederherstellen…"));

    // No backup at all: the warning says so.
    auto *warning = window.findChild<QLabel *>(QStringLiteral("backupWarning"));
    QVERIFY(warning);
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QStringLiteral("Noch keine Datensicherung")),
             qPrintable(warning->text()));

    // Only a backup of three days ago: older than 2 days.
    const QDateTime old = QDateTime::currentDateTime().addDays(-3);
    touch(QDir(m_backups->path()).filePath(BackupFolder::fileName(f.path, old)));
    backups.updateWarning();
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QStringLiteral("vor 3 Tagen")), qPrintable(warning->text()));

    // One from yesterday would be fine; the menu's "Jetzt sichern" writes today's.
    QSignalSpy finished(&backups, &BackupController::backupFinished);
    backups.backupAction()->trigger();
    QVERIFY(backups.isRunning());
    QVERIFY(!backups.backupAction()->isEnabled());
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QVERIFY(!warning->isVisible());
    QVERIFY(backups.backupAction()->isEnabled());

    const auto latest = BackupFolder::latest(m_backups->path(), f.path);
    QVERIFY(latest);
    QCOMPARE(latest->time.date(), QDate::currentDate());
    const auto checked = DatabaseBackup::verify(latest->path);
    QVERIFY2(checked, qPrintable(checked.error()));
    QCOMPARE(checked->practitioners, 1);
    QVERIFY(
        !(QFile::permissions(latest->path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("geprüft")),
             qPrintable(window.statusBar()->currentMessage()));
}

void TestBackupUi::firstStartOfTheDayOnlyOnce()
{
    GuiFixture f;
    MainWindow window(*f.services);
    BackupController backups(*f.db, &window);
    touch(QDir(m_backups->path())
              .filePath(BackupFolder::fileName(f.path, QDateTime::currentDateTime().addDays(-1))));
    QSignalSpy finished(&backups, &BackupController::backupFinished);
    backups.backupIfNoneToday(); // yesterday's only: back up now
    QVERIFY(finished.wait(30000));
    QCOMPARE(names(m_backups->path()).size(), 2);
    backups.backupIfNoneToday(); // today's exists: nothing
    QVERIFY(!backups.isRunning());
    QCOMPARE(finished.size(), 1);

    // Closing Empfang writes one more and waits for it; it replaces the morning's as the
    // backup of today (one per day is kept).
    const auto morning = BackupFolder::latest(m_backups->path(), f.path);
    QVERIFY(morning);
    backups.backupOnExit();
    const auto list = BackupFolder::list(m_backups->path(), f.path);
    QCOMPARE(list.size(), 2);
    QVERIFY(list.first().time > morning->time);
    QVERIFY(!QFileInfo::exists(morning->path));
    QVERIFY(DatabaseBackup::verify(list.first().path));
}

void TestBackupUi::rotationKeeps14DailyAnd8Weekly()
{
    GuiFixture f;
    MainWindow window(*f.services);
    BackupController backups(*f.db, &window);
    const QDir dir(m_backups->path());
    const QDate today = QDate::currentDate();
    // 70 days of backups at noon, two on one day, and files that are not ours.
    for (int d = 1; d <= 70; ++d)
        touch(dir.filePath(
            BackupFolder::fileName(f.path, QDateTime(today.addDays(-d), QTime(12, 0)))));
    touch(dir.filePath(BackupFolder::fileName(f.path, QDateTime(today.addDays(-2), QTime(8, 0)))));
    touch(dir.filePath(QStringLiteral("notizen.txt")));
    touch(dir.filePath(QStringLiteral("andere-sicherung-20200101-120000.sqlite")));

    QSignalSpy finished(&backups, &BackupController::backupFinished);
    backups.backupNow();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(0).toBool(), true);

    // Expected, worked out by hand: today and the 13 days before (the noon one of each), plus
    // the newest of each of the 8 most recent weeks — for past weeks that is their Sunday.
    QSet<QDate> expected;
    for (int d = 0; d <= 13; ++d)
        expected.insert(today.addDays(-d));
    QSet<int> weeks;
    for (int d = 0; d <= 70 && weeks.size() < 8; ++d) {
        const QDate day = today.addDays(-d);
        int year = 0;
        const int week = day.weekNumber(&year);
        if (!weeks.contains(year * 100 + week)) {
            weeks.insert(year * 100 + week);
            expected.insert(day);
        }
    }
    QSet<QDate> kept;
    for (const auto &e : BackupFolder::list(dir.path(), f.path)) {
        QVERIFY2(!kept.contains(e.time.date()), "two backups of one day kept");
        QVERIFY2(e.time.date() == today || e.time.time() == QTime(12, 0),
                 "the older backup of a day was kept instead of the newer");
        kept.insert(e.time.date());
    }
    qInfo("%lld backups kept of 72 (14 daily + weekly back to %s)", qint64(kept.size()),
          qPrintable(std::min_element(kept.begin(), kept.end())->toString(Qt::ISODate)));
    QCOMPARE(kept, expected);
    QVERIFY(kept.size() >= 14 + 8 - 3); // the newest 2-3 weeks are among the daily ones
    QVERIFY(dir.exists(QStringLiteral("notizen.txt")));
    QVERIFY(dir.exists(QStringLiteral("andere-sicherung-20200101-120000.sqlite")));
}

void TestBackupUi::restoreThroughTheMenu()
{
    GuiFixture f;
    MainWindow window(*f.services);
    BackupController backups(*f.db, &window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QVERIFY(f.booking->book(request(f, f.at(9), QStringLiteral("Erika Muster"))));
    const QString backup = m_backups->filePath(QStringLiteral("vor-dem-fehler.sqlite"));
    QVERIFY(DatabaseBackup::write(f.path, backup));
    QVERIFY(f.booking->book(request(f, f.at(10), QStringLiteral("Max Mustermann"))));
    QCOMPARE(f.stored().size(), 2);

    backups.restoreAction()->trigger();
    auto *dialog = window.findChild<QFileDialog *>(QStringLiteral("restoreFileDialog"));
    QVERIFY(dialog);
    QCOMPARE(QDir(dialog->directory()).canonicalPath(), QDir(m_backups->path()).canonicalPath());
    QSignalSpy finished(&backups, &BackupController::restoreFinished);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    dialog->selectFile(backup);
    static_cast<QDialog *>(dialog)->accept(); // public in QDialog
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("1 Termine")),
             qPrintable(MessageBox::lastText()));
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));

    // Exactly the state of the backup, seen through the window's own connection.
    const auto now = f.stored();
    QCOMPARE(now.size(), 1);
    QCOMPARE(now.first().span.startMs, f.at(9));
    QVERIFY(window.isEnabled());
    const QStringList kept = QDir(f.dir.path()).entryList({QStringLiteral("*.before-restore-*")});
    QCOMPARE(kept.size(), 1);
}

void TestBackupUi::damagedBackupIsRefused()
{
    GuiFixture f;
    MainWindow window(*f.services);
    BackupController backups(*f.db, &window);
    QVERIFY(f.booking->book(request(f, f.at(9), QStringLiteral("Erika Muster"))));
    const QString backup = m_backups->filePath(QStringLiteral("kaputt.sqlite"));
    QVERIFY(DatabaseBackup::write(f.path, backup));
    {
        QFile file(backup);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(4096);
        file.write(QByteArray(int(file.size() - 4096), char(0x55)));
    }
    backups.restoreAction()->trigger();
    auto *dialog = window.findChild<QFileDialog *>(QStringLiteral("restoreFileDialog"));
    QVERIFY(dialog);
    QSignalSpy finished(&backups, &BackupController::restoreFinished);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    dialog->selectFile(backup);
    static_cast<QDialog *>(dialog)->accept(); // public in QDialog
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("beschädigt")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(f.stored().size(), 1);
    QVERIFY(QDir(f.dir.path()).entryList({QStringLiteral("*.before-restore-*")}).isEmpty());
}

void TestBackupUi::folderSettingIsPerWorkstation()
{
    GuiFixture f;
    // Settings › Praxis: a relative path is refused with a German reason and not stored.
    {
        PracticeTab tab(*f.db);
        QString said;
        connect(&tab, &SettingsTab::message, &tab, [&](const QString &text, bool) { said = text; });
        auto *field = tab.findChild<QLineEdit *>(QStringLiteral("backupFolder"));
        QVERIFY(field);
        QCOMPARE(field->text(), m_backups->path());
        field->setText(QStringLiteral("sicherung"));
        QTest::mouseClick(tab.findChild<QPushButton *>(QStringLiteral("savePractice")),
                          Qt::LeftButton);
        QVERIFY2(said.contains(QStringLiteral("vollständiger Pfad")), qPrintable(said));
        QCOMPARE(BackupFolder::configured(f.path), m_backups->path());
        const QString elsewhere = m_backups->filePath(QStringLiteral("praxis"));
        field->setText(elsewhere);
        QTest::mouseClick(tab.findChild<QPushButton *>(QStringLiteral("savePractice")),
                          Qt::LeftButton);
        QCOMPARE(BackupFolder::configured(f.path), elsewhere);
        field->clear(); // empty = back to the default beside the database
        QTest::mouseClick(tab.findChild<QPushButton *>(QStringLiteral("savePractice")),
                          Qt::LeftButton);
    }
    QCOMPARE(BackupFolder::configured(f.path),
             QDir(f.dir.path()).filePath(QStringLiteral("Datensicherung")));
    MainWindow window(*f.services);
    BackupController backups(*f.db, &window);
    QSignalSpy finished(&backups, &BackupController::backupFinished);
    backups.backupNow(); // the default folder is created on the first backup
    QVERIFY(finished.wait(30000));
    QCOMPARE(
        BackupFolder::list(QDir(f.dir.path()).filePath(QStringLiteral("Datensicherung")), f.path)
            .size(),
        1);
}

QTEST_MAIN(TestBackupUi)
#include "test_backup_ui.moc"
