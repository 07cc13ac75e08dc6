#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QThread;
class QTimer;

namespace empfang {

class Database;
class MainWindow;

/// The GUI's backups: automatically at the first start of the day (and when the day changes
/// while Empfang runs) and when it closes, into the folder of Settings › Praxis, rotated to the
/// last 14 daily + 8 weekly; the "Datensicherung" menu ("Jetzt sichern", "Wiederherstellen…");
/// a status bar warning when the last good backup is older than 2 days.
///
/// Backups and restores run on a worker thread with their own SQLite connections
/// (DatabaseBackup), so the grid stays responsive; the window's QSqlDatabase stays on the GUI
/// thread.
class BackupController : public QObject
{
    Q_OBJECT
public:
    BackupController(Database &db, MainWindow *window);
    ~BackupController() override;

    QString folder() const;
    bool isRunning() const { return m_worker != nullptr; }
    QAction *backupAction() const { return m_backupNow; }
    QAction *restoreAction() const { return m_restore; }
    QLabel *warningLabel() const { return m_warning; }

    /// At start: backs up unless the folder already has a backup of today.
    void backupIfNoneToday();
    /// Starts a backup in the background (no-op while one runs).
    void backupNow();
    /// When the application has closed its window: waits for a running backup, then writes the
    /// closing backup — on the calling thread, since there is nothing left to keep responsive.
    void backupOnExit();
    /// Shows or hides the status bar warning from the folder's newest backup.
    void updateWarning();

signals:
    /// After every backup attempt; `message` is German.
    void backupFinished(bool ok, const QString &message);
    /// After a restore attempt; on success the window has reloaded everything.
    void restoreFinished(bool ok, const QString &message);

private:
    struct Outcome;
    void run(std::function<void(Outcome &)> work, std::function<void(const Outcome &)> done);
    void chooseBackupToRestore();
    void restoreFrom(const QString &path);
    QString target() const;

    Database &m_db;
    MainWindow *m_window;
    QAction *m_backupNow = nullptr;
    QAction *m_restore = nullptr;
    QLabel *m_warning = nullptr;
    QTimer *m_dayTimer = nullptr;
    QThread *m_worker = nullptr;
    QString m_lastFailure;
};

} // namespace empfang
