#pragma once

#include <QDialog>

#include <memory>

namespace empfang {

class Database;

namespace Ui {
class AuditLogDialog;
}

/// Shows the audit log (who, where, when, what) newest first; read-only.
class AuditLogDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AuditLogDialog(Database &db, QWidget *parent = nullptr);
    ~AuditLogDialog() override;

private:
    void showEntries(Database &db);

    std::unique_ptr<Ui::AuditLogDialog> m_ui; // the layout: ui/common/audit_log_dialog.ui
};

} // namespace empfang
