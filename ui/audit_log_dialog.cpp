#include "audit_log_dialog.h"

#include "storage/audit_log.h"
#include "storage/settings_repository.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace empfang {

AuditLogDialog::AuditLogDialog(Database &db, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("auditLogDialog"));
    setWindowTitle(tr("Audit log"));
    auto *table = new QTableWidget(0, 6, this);
    table->setObjectName(QStringLiteral("auditLogTable"));
    table->setAccessibleName(tr("Audit log entries, newest first"));
    table->setHorizontalHeaderLabels({tr("Time"), tr("User"), tr("Workstation"), tr("Action"),
                                      tr("Appointment"), tr("Patient number")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    auto *note = new QLabel(tr("Who changed which appointment and when. The log holds numbers "
                               "only, never patient data, so it stays after an erasure."),
                            this);
    note->setObjectName(QStringLiteral("auditLogNote"));
    note->setWordWrap(true);
    const QTimeZone zone = SettingsRepository(db).load().timeZone();
    if (auto list = AuditLog(db).list()) {
        table->setRowCount(int(list->size()));
        for (int row = 0; row < list->size(); ++row) {
            const AuditEntry &e = list->at(row);
            const QStringList cells{QDateTime::fromMSecsSinceEpoch(e.atMs, zone)
                                        .toString(QStringLiteral("dd.MM.yyyy HH:mm:ss")),
                                    e.osUser,
                                    e.workstation,
                                    AuditLog::actionText(e.action),
                                    e.appointmentId ? QString::number(e.appointmentId) : QString(),
                                    e.patientId ? QString::number(e.patientId) : QString()};
            for (int c = 0; c < cells.size(); ++c)
                table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        }
    } else {
        note->setText(list.error());
    }
    table->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("auditLogButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 30);
    table->setFocus();
}

} // namespace empfang
