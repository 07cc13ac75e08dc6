#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

class QFrame;
class QLabel;

namespace empfang {

class Database;
class GoogleConnectionService;

/// The coloured bars above the reception grid about Google: "test mode" while any Google
/// address is redirected (tokens would go elsewhere), and a notice per practitioner who
/// withdrew Empfang's access in the Google account, with "Reconnect…".
class GoogleNoticeBar : public QWidget
{
    Q_OBJECT
public:
    explicit GoogleNoticeBar(Database &db, QWidget *parent = nullptr);

    /// The app's Google connection; null when there is none (tests, no network).
    void setService(GoogleConnectionService *service);
    /// Re-reads the endpoints and the practitioners' connection states.
    void refresh();
    /// Practitioners whose access was revoked in Google and not yet acknowledged.
    QList<qint64> revokedPractitioners() const { return m_revoked; }

signals:
    void reconnectRequested(qint64 practitionerId);

private:
    void updateRevoked();
    void dismiss();

    Database &m_db;
    QPointer<GoogleConnectionService> m_service;
    QLabel *m_override = nullptr;
    QFrame *m_revokedBar = nullptr;
    QLabel *m_revokedText = nullptr;
    QList<qint64> m_revoked;
};

} // namespace empfang
