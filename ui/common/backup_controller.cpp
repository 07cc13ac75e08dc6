#include "common/backup_controller.h"

#include "common/message_box.h"
#include "main_window.h"
#include "storage/backup_folder.h"
#include "storage/database.h"
#include "storage/database_backup.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QThread>
#include <QTimer>

#include <functional>

namespace empfang {

namespace {

constexpr qint64 kWarnAfterDays = 2;
// Often enough to notice a new day (and an old backup) in an app that runs for days.
constexpr int kDayCheckMs = 60 * 60 * 1000;

} // namespace

struct BackupController::Outcome
{
    bool ok = false;
    QString message;
};

BackupController::BackupController(Database &db, MainWindow *window)
    : QObject(window), m_db(db), m_window(window)
{
    auto *menu = new QMenu(tr("&Backup"), window->menuBar());
    menu->setObjectName(QStringLiteral("menuBackup"));
    // Before "Hilfe", which stays last.
    auto *help = window->menuBar()->findChild<QMenu *>(QStringLiteral("menuHelp"));
    window->menuBar()->insertMenu(help ? help->menuAction() : nullptr, menu);
    m_backupNow = menu->addAction(tr("Back up &now"));
    m_backupNow->setObjectName(QStringLiteral("actionBackupNow"));
    m_restore = menu->addAction(tr("&Restore…"));
    m_restore->setObjectName(QStringLiteral("actionRestore"));
    connect(m_backupNow, &QAction::triggered, this, &BackupController::backupNow);
    connect(m_restore, &QAction::triggered, this, &BackupController::chooseBackupToRestore);

    m_warning = new QLabel(window);
    m_warning->setObjectName(QStringLiteral("backupWarning"));
    m_warning->setStyleSheet(QStringLiteral("color: #a61b1b; font-weight: bold;"));
    m_warning->hide();
    window->statusBar()->addPermanentWidget(m_warning);

    m_dayTimer = new QTimer(this);
    m_dayTimer->setInterval(kDayCheckMs);
    connect(m_dayTimer, &QTimer::timeout, this, [this] {
        backupIfNoneToday();
        updateWarning();
    });
    m_dayTimer->start();
    updateWarning();
}

BackupController::~BackupController()
{
    if (m_worker) // normally finished by backupOnExit(); never leave a thread running
        m_worker->wait();
}

QString BackupController::folder() const
{
    return BackupFolder::configured(m_db.path());
}

QString BackupController::target() const
{
    QDateTime now = QDateTime::currentDateTime();
    QString path = QDir(folder()).filePath(BackupFolder::fileName(m_db.path(), now));
    // Two backups within one second (start and an immediate "Jetzt sichern"): next second.
    while (QFileInfo::exists(path)) {
        now = now.addSecs(1);
        path = QDir(folder()).filePath(BackupFolder::fileName(m_db.path(), now));
    }
    return path;
}

void BackupController::backupIfNoneToday()
{
    const auto last = BackupFolder::latest(folder(), m_db.path());
    if (!last || last->time.date() != QDate::currentDate())
        backupNow();
}

void BackupController::run(std::function<void(Outcome &)> work,
                           std::function<void(const Outcome &)> done)
{
    auto outcome = std::make_shared<Outcome>();
    m_worker = QThread::create([work, outcome] { work(*outcome); });
    connect(m_worker, &QThread::finished, this, [this, outcome, done] {
        m_worker->deleteLater();
        m_worker = nullptr;
        m_backupNow->setEnabled(true);
        m_restore->setEnabled(true);
        done(*outcome);
    });
    m_backupNow->setEnabled(false);
    m_restore->setEnabled(false);
    m_worker->start();
}

void BackupController::backupNow()
{
    if (m_worker)
        return;
    const QString dbPath = m_db.path();
    const QString dir = folder();
    const QString out = target();
    m_window->statusBar()->showMessage(tr("Backing up to \"%1\"…").arg(dir));
    run(
        [dbPath, dir, out](Outcome &o) {
            if (!QDir().mkpath(dir)) {
                o.message = tr("The backup folder \"%1\" cannot be created.").arg(dir);
                return;
            }
            auto written = DatabaseBackup::write(dbPath, out);
            o.ok = written.ok();
            if (!o.ok) {
                o.message = written.error();
                return;
            }
            BackupFolder::rotate(dir, dbPath);
            o.message = tr("Backup written and checked: %1").arg(out);
        },
        [this](const Outcome &o) {
            m_lastFailure = o.ok ? QString() : o.message;
            m_window->statusBar()->showMessage(o.message);
            updateWarning();
            emit backupFinished(o.ok, o.message);
        });
}

void BackupController::backupOnExit()
{
    if (m_worker)
        m_worker->wait(); // the window is closed: nothing left to keep responsive
    QCoreApplication::sendPostedEvents(this); // the finished handler of that backup
    const QString dir = folder();
    if (!QDir().mkpath(dir))
        return;
    if (auto written = DatabaseBackup::write(m_db.path(), target()); written)
        BackupFolder::rotate(dir, m_db.path());
}

void BackupController::updateWarning()
{
    const auto last = BackupFolder::latest(folder(), m_db.path());
    const QDateTime now = QDateTime::currentDateTime();
    QString text;
    if (!m_lastFailure.isEmpty())
        text = tr("Backup failed: %1").arg(m_lastFailure);
    else if (!last && !m_worker)
        text = tr("No backup yet — Backup › Back up now");
    else if (last && last->time.daysTo(now) >= kWarnAfterDays)
        text = tr("Last backup %1 days ago (%2) — Backup › Back up now")
                   .arg(last->time.daysTo(now))
                   .arg(last->time.toString(QStringLiteral("dd.MM.yyyy HH:mm")));
    m_warning->setText(text);
    m_warning->setToolTip(tr("Backup folder: %1").arg(folder()));
    m_warning->setVisible(!text.isEmpty());
}

void BackupController::chooseBackupToRestore()
{
    if (m_worker)
        return;
    auto *dialog = new QFileDialog(m_window, tr("Restore backup"), folder(),
                                   tr("Empfang backups (*.sqlite);;All files (*)"));
    dialog->setObjectName(QStringLiteral("restoreFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    connect(dialog, &QFileDialog::fileSelected, this, &BackupController::restoreFrom);
    dialog->open();
}

void BackupController::restoreFrom(const QString &path)
{
    if (m_worker || path.isEmpty())
        return;
    const auto checked = DatabaseBackup::verify(path);
    if (!checked) {
        MessageBox::warning(m_window, tr("Restore backup"), checked.error());
        emit restoreFinished(false, checked.error());
        return;
    }
    const QString question =
        tr("Replace the database with the backup \"%1\" (%2 appointments, %3 patients)?\n\n"
           "Everything booked since that backup will no longer be in Empfang. The current "
           "database is kept as \"%4.before-restore-…\". Close Empfang on all other "
           "workstations first.")
            .arg(QFileInfo(path).fileName())
            .arg(checked->appointments)
            .arg(checked->patients)
            .arg(QFileInfo(m_db.path()).fileName());
    if (!MessageBox::confirm(m_window, tr("Restore backup"), question, tr("Restore")))
        return;
    const QString dbPath = m_db.path();
    m_window->setEnabled(false);
    m_window->statusBar()->showMessage(tr("Restoring the backup…"));
    run(
        [path, dbPath](Outcome &o) {
            auto restored = DatabaseBackup::restore(path, dbPath);
            o.ok = restored.ok();
            o.message = o.ok ? tr("The backup \"%1\" was restored. The previous database is "
                                  "kept as \"%2\".")
                                   .arg(path, restored.value())
                             : restored.error();
        },
        [this](const Outcome &o) {
            m_window->setEnabled(true);
            if (o.ok)
                m_window->reloadAll();
            m_window->statusBar()->showMessage(o.message);
            if (!o.ok)
                MessageBox::warning(m_window, tr("Restore backup"), o.message);
            updateWarning();
            emit restoreFinished(o.ok, o.message);
        });
}

} // namespace empfang
