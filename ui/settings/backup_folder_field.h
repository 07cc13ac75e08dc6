#pragma once

#include <QWidget>

class QLineEdit;

namespace empfang {

/// Settings › Praxis: the folder of the automatic backups. A per-workstation setting
/// (QSettings, see BackupFolder); empty means "Datensicherung" beside the database.
class BackupFolderField : public QWidget
{
    Q_OBJECT
public:
    BackupFolderField(const QString &dbPath, QWidget *parent = nullptr);
    void reload();
    /// Stores the folder; false with a German message in `error` when it cannot be used.
    bool save(QString *error);

private:
    QString m_dbPath;
    QLineEdit *m_path = nullptr;
};

} // namespace empfang
