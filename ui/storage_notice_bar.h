#pragma once

#include <QWidget>

class QLabel;

namespace empfang {

class Database;
class IntegrityCheck;

/// The bar above the grid about the database itself: "nur lesen" on a read-only file or drive,
/// and a red notice when the file is damaged (bookings are then refused). The integrity check
/// at start runs in the background, so the grid appears at once.
class StorageNoticeBar : public QWidget
{
    Q_OBJECT
public:
    explicit StorageNoticeBar(Database &db, QWidget *parent = nullptr);

    /// Shows what the database's state is now (after a refused write, say).
    void refresh();
    /// The background check has answered (tests wait for this).
    bool checked() const { return m_checked; }

signals:
    void checkFinished(bool damaged);

private:
    Database &m_db;
    IntegrityCheck *m_check = nullptr;
    QLabel *m_label = nullptr;
    bool m_checked = false;
};

} // namespace empfang
