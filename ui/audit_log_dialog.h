#pragma once

#include <QDialog>

namespace empfang {

class Database;

/// Shows the audit log (who, where, when, what) newest first; read-only.
class AuditLogDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AuditLogDialog(Database &db, QWidget *parent = nullptr);
};

} // namespace empfang
