#pragma once

#include "domain/result.h"

#include <QDialog>

#include <memory>

class QTableWidget;

namespace empfang {

class Database;

namespace Ui {
class ConsentLogDialog;
}

/// The consent log (grant, withdrawal, revocation in Google) as a read-only table, with a CSV
/// export for the practice's records.
class ConsentLogDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConsentLogDialog(Database &db, QWidget *parent = nullptr);
    ~ConsentLogDialog() override;

    QTableWidget *table() const;
    /// Writes the whole log as CSV to `path`; the outcome is also shown in the dialog.
    Status exportCsv(const QString &path);
    /// Asks for a file name (non-blocking file dialog "consentLogFileDialog"), then exports.
    void chooseExportFile();
    void reload();

private:
    Database &m_db;
    std::unique_ptr<Ui::ConsentLogDialog> m_ui; // the layout: ui/google/consent_log_dialog.ui
};

} // namespace empfang
