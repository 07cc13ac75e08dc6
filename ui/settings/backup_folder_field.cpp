#include "settings/backup_folder_field.h"

#include "storage/backup_folder.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace empfang {

BackupFolderField::BackupFolderField(const QString &dbPath, QWidget *parent)
    : QWidget(parent), m_dbPath(dbPath)
{
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("backupFolder"));
    m_path->setAccessibleName(tr("Backup folder"));
    m_path->setPlaceholderText(BackupFolder::defaultFolder(dbPath));
    m_path->setToolTip(tr("Backups contain patient data: use a folder on an encrypted drive or "
                          "share. Empty = \"Datensicherung\" beside the database."));
    auto *choose = new QPushButton(tr("Choose…"), this);
    choose->setObjectName(QStringLiteral("chooseBackupFolder"));
    connect(choose, &QPushButton::clicked, this, [this] {
        auto *dialog =
            new QFileDialog(this, tr("Backup folder"), BackupFolder::configured(m_dbPath));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
        connect(dialog, &QFileDialog::fileSelected, m_path, &QLineEdit::setText);
        dialog->open();
    });
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_path, 1);
    row->addWidget(choose);
    reload();
}

void BackupFolderField::reload()
{
    const QString folder = BackupFolder::configured(m_dbPath);
    m_path->setText(folder == BackupFolder::defaultFolder(m_dbPath) ? QString() : folder);
}

bool BackupFolderField::save(QString *error)
{
    const QString folder = m_path->text().trimmed();
    if (!folder.isEmpty() && !QFileInfo(folder).isAbsolute()) {
        *error = tr("The backup folder must be a full path such as /mnt/sicherung/empfang.");
        return false;
    }
    if (!folder.isEmpty() && QFileInfo(folder).exists() && !QFileInfo(folder).isDir()) {
        *error = tr("\"%1\" is a file, not a folder.").arg(folder);
        return false;
    }
    BackupFolder::setConfigured(folder);
    return true;
}

} // namespace empfang
