#include "common/audit_log_dialog.h"

#include "booking/practice_directory.h"
#include "privacy/practice_records.h"
#include "ui_audit_log_dialog.h"

namespace empfang {

AuditLogDialog::AuditLogDialog(Database &db, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AuditLogDialog>())
{
    m_ui->setupUi(this);
    showEntries(db);
    connect(m_ui->auditLogButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 30);
    m_ui->auditLogTable->setFocus();
}

AuditLogDialog::~AuditLogDialog() = default;

void AuditLogDialog::showEntries(Database &db)
{
    QTableWidget *table = m_ui->auditLogTable;
    const QTimeZone zone = PracticeDirectory(db).timeZone();
    if (auto list = PracticeRecords(db).auditEntries()) {
        table->setRowCount(int(list->size()));
        for (int row = 0; row < list->size(); ++row) {
            const AuditEntry &e = list->at(row);
            const QStringList cells{QDateTime::fromMSecsSinceEpoch(e.atMs, zone)
                                        .toString(QStringLiteral("dd.MM.yyyy HH:mm:ss")),
                                    e.osUser,
                                    e.workstation,
                                    PracticeRecords::auditActionText(e.action),
                                    e.appointmentId ? QString::number(e.appointmentId) : QString(),
                                    e.patientId ? QString::number(e.patientId) : QString()};
            for (int c = 0; c < cells.size(); ++c)
                table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        }
    } else {
        m_ui->auditLogNote->setText(list.error());
    }
    table->resizeColumnsToContents();
}

} // namespace empfang
