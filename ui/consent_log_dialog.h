#pragma once

#include "domain/result.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace empfang {

class Database;

/// The consent log (grant, withdrawal, revocation in Google) as a read-only table, with a CSV
/// export for the practice's records.
class ConsentLogDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConsentLogDialog(Database &db, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    /// Writes the whole log as CSV to `path`; the outcome is also shown in the dialog.
    Status exportCsv(const QString &path);
    /// Asks for a file name (non-blocking file dialog "consentLogFileDialog"), then exports.
    void chooseExportFile();
    void reload();

private:
    Database &m_db;
    QTableWidget *m_table = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace empfang
