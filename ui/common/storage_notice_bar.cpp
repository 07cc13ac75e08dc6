#include "common/storage_notice_bar.h"

#include "logging.h"
#include "storage/database.h"
#include "storage/integrity_check.h"

#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

namespace empfang {

StorageNoticeBar::StorageNoticeBar(Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("storageNoticeBar"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("storageNotice"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_label);

    // A server that went away: try again every few seconds, without blocking the window for
    // longer than libpq's connect timeout of one attempt.
    m_reconnect = new QTimer(this);
    m_reconnect->setObjectName(QStringLiteral("reconnectTimer"));
    m_reconnect->setInterval(kReconnectIntervalMs);
    connect(m_reconnect, &QTimer::timeout, this, [this] {
        if (!m_db.reconnect())
            return;
        qCInfo(lcStorage) << "database reachable again";
        m_reconnect->stop();
        refresh();
        emit reconnected();
    });

    if (db.isServer()) { // the server checks its own pages
        m_checked = true;
        refresh();
        return;
    }
    m_check = new IntegrityCheck(this);
    connect(m_check, &IntegrityCheck::finished, this, [this](bool damaged, qint64 ms) {
        qCInfo(lcStorage) << "integrity check at start took" << ms << "ms";
        m_db.setIntegrityChecked(damaged);
        m_checked = true;
        refresh();
        emit checkFinished(damaged);
    });
    m_check->start(db.path());
    refresh();
}

void StorageNoticeBar::refresh()
{
    const bool unreachable = m_db.lastFault() == StorageFault::Unreachable;
    if (unreachable) {
        m_label->setText(
            tr("Database not reachable – booking is locked. %1 Empfang tries "
               "again every few seconds; the grid shows the last state it read.")
                .arg(StorageFaults::message(StorageFault::Unreachable, m_db.displayName())));
        m_label->setStyleSheet(QStringLiteral("#storageNotice { background: #b00020; "
                                              "color: #ffffff; padding: 6px 8px; }"));
        if (!m_reconnect->isActive())
            m_reconnect->start();
    } else if (m_db.isDamaged()) {
        m_label->setText(tr("Database damaged – booking is locked. %1")
                             .arg(StorageFaults::message(StorageFault::Damaged, m_db.path())));
        m_label->setStyleSheet(QStringLiteral("#storageNotice { background: #b00020; "
                                              "color: #ffffff; padding: 6px 8px; }"));
    } else if (m_db.isReadOnly()) {
        m_label->setText(tr("Read only: %1").arg(StorageFaults::message(StorageFault::ReadOnly)));
        m_label->setStyleSheet(QStringLiteral("#storageNotice { background: #ffe082; "
                                              "color: #000000; padding: 6px 8px; }"));
    }
    setVisible(unreachable || m_db.isDamaged() || m_db.isReadOnly());
}

} // namespace empfang
