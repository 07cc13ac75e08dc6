#include "google/google_notice_bar.h"

#include "booking/practice_directory.h"
#include "google/google_connection_service.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace empfang {

GoogleNoticeBar::GoogleNoticeBar(Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("googleNoticeBar"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_revokedBar = new QFrame(this);
    m_revokedBar->setObjectName(QStringLiteral("googleRevokedBar"));
    m_revokedBar->setStyleSheet(QStringLiteral(
        "#googleRevokedBar { background: #fdecea; border-bottom: 1px solid #b00020; }"));
    auto *row = new QHBoxLayout(m_revokedBar);
    row->setContentsMargins(8, 4, 8, 4);
    m_revokedText = new QLabel(m_revokedBar);
    m_revokedText->setObjectName(QStringLiteral("googleRevokedMessage"));
    m_revokedText->setWordWrap(true);
    auto *reconnect = new QPushButton(tr("Reconnect…"), m_revokedBar);
    reconnect->setObjectName(QStringLiteral("googleRevokedReconnect"));
    auto *dismiss = new QPushButton(tr("Understood"), m_revokedBar);
    dismiss->setObjectName(QStringLiteral("googleRevokedDismiss"));
    dismiss->setToolTip(tr("Hide this notice; the practitioner stays disconnected."));
    row->addWidget(m_revokedText, 1);
    row->addWidget(reconnect);
    row->addWidget(dismiss);
    layout->addWidget(m_revokedBar);
    m_revokedBar->hide();

    connect(reconnect, &QPushButton::clicked, this, [this] {
        if (!m_revoked.isEmpty())
            emit reconnectRequested(m_revoked.first());
    });
    connect(dismiss, &QPushButton::clicked, this, &GoogleNoticeBar::dismiss);
    refresh();
}

void GoogleNoticeBar::setService(GoogleConnectionService *service)
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    if (m_service) {
        connect(m_service, &GoogleConnectionService::connectionChanged, this,
                &GoogleNoticeBar::updateRevoked);
        connect(m_service, &GoogleConnectionService::revokedExternally, this,
                &GoogleNoticeBar::updateRevoked);
    }
    refresh();
}

void GoogleNoticeBar::refresh()
{
    const GoogleEndpoints endpoints = m_service ? m_service->endpoints() : GoogleEndpoints::load();
    if (endpoints.isOverridden()) {
        if (!m_override) {
            m_override = new QLabel(this);
            m_override->setObjectName(QStringLiteral("googleOverrideBanner"));
            m_override->setWordWrap(true);
            m_override->setStyleSheet(
                QStringLiteral("#googleOverrideBanner { background: #ffb300; color: #000000; "
                               "font-weight: bold; padding: 4px 8px; }"));
            static_cast<QVBoxLayout *>(layout())->insertWidget(0, m_override);
        }
        const GoogleEndpoints google = GoogleEndpoints::defaults();
        QStringList targets;
        const std::pair<QUrl, QUrl> pairs[] = {
            {endpoints.authorizationUrl, google.authorizationUrl},
            {endpoints.tokenUrl, google.tokenUrl},
            {endpoints.revokeUrl, google.revokeUrl},
            {endpoints.apiUrl, google.apiUrl}};
        for (const auto &[url, original] : pairs) {
            const QString target = url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toString();
            if (url != original && !targets.contains(target))
                targets << target;
        }
        m_override->setText(tr("Test mode: Google addresses are redirected (%1). Connections "
                               "and appointments go to this server, not to Google.")
                                .arg(targets.join(QStringLiteral(", "))));
        m_override->show();
    } else if (m_override) {
        m_override->hide();
    }
    updateRevoked();
}

void GoogleNoticeBar::updateRevoked()
{
    m_revoked.clear();
    QStringList names;
    if (m_service) {
        if (auto list = PracticeDirectory(m_db).practitioners(true)) {
            for (const Practitioner &p : list.value()) {
                if (m_service->connection(p.id).state ==
                    GoogleConnection::State::RevokedExternally) {
                    m_revoked << p.id;
                    names << p.name;
                }
            }
        }
    }
    m_revokedText->setText(
        tr("Access to Google Calendar was withdrawn in the Google account for: %1. The "
           "connection was removed; Empfang no longer reads or writes these calendars.")
            .arg(names.join(QStringLiteral(", "))));
    m_revokedBar->setVisible(!m_revoked.isEmpty());
}

void GoogleNoticeBar::dismiss()
{
    if (!m_service)
        return;
    for (qint64 id : std::as_const(m_revoked))
        m_service->acknowledgeRevocation(id);
    updateRevoked();
}

} // namespace empfang
