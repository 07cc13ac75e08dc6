#pragma once

#include "domain/result.h"

#include <QObject>
#include <QSet>
#include <QTimer>

namespace empfang {

class Database;

/// One row of the change log: what changed where (docs/ARCHITECTURE.md, "Every desk is live").
struct Change
{
    qint64 id = 0;
    QString kind;              // appointment, absence, sync, google, setup
    qint64 itemId = 0;         // 0 = none (e.g. a setting)
    qint64 practitionerId = 0; // 0 = the whole practice
    qint64 startMs = 0;        // 0 = no time range
    qint64 endMs = 0;
};

/// Follows the database's change log and reports every new change once — from other desks,
/// other windows and empfang-cli, and from this process. On PostgreSQL the server announces
/// each change (LISTEN/NOTIFY, within milliseconds); on SQLite the file's data version is
/// polled every 200 ms (one cheap PRAGMA, no read of the file while nothing changed).
class ChangeFeed : public QObject
{
    Q_OBJECT
public:
    explicit ChangeFeed(Database &db, QObject *parent = nullptr);
    ~ChangeFeed() override;

    /// Starts after the newest change there is now; earlier ones are not reported.
    Status start();

signals:
    void changed(const empfang::Change &change);
    /// The database could not be read (e.g. the server is gone); the feed keeps trying.
    void failed(const QString &message);

private:
    void readNew();
    void pollDataVersion();

    Database &m_db;
    QTimer m_poll;
    qint64 m_lastId = 0;
    qint64 m_dataVersion = -1;
    bool m_listening = false;
    // PostgreSQL hands out ids before commit: a change with a smaller id can become visible
    // after a larger one. The feed looks back a little and remembers what it reported.
    QSet<qint64> m_reported;
};

} // namespace empfang
