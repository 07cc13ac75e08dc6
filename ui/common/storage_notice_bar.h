#pragma once

#include <QWidget>

class QLabel;
class QTimer;

namespace empfang {

class Database;
class IntegrityCheck;

/// The bar above the grid about the database itself: "nur lesen" on a read-only file or drive,
/// and a red notice when the file is damaged (bookings are then refused). The integrity check
/// at start runs in the background, so the grid appears at once. On PostgreSQL: a red notice
/// while the server cannot be reached, and a new connection attempt every few seconds.
class StorageNoticeBar : public QWidget
{
    Q_OBJECT
public:
    explicit StorageNoticeBar(Database &db, QWidget *parent = nullptr);

    /// Shows what the database's state is now (after a refused write, say).
    void refresh();
    /// The background check has answered (tests wait for this).
    bool checked() const { return m_checked; }
    static constexpr int kReconnectIntervalMs = 3000;

signals:
    void checkFinished(bool damaged);
    /// The server answers again after it could not be reached: time to reload.
    void reconnected();

private:
    Database &m_db;
    IntegrityCheck *m_check = nullptr;
    QLabel *m_label = nullptr;
    QTimer *m_reconnect = nullptr;
    bool m_checked = false;
};

} // namespace empfang
