#include "change_feed.h"

#include "database.h"
#include "logging.h"

#include <QSqlDriver>
#include <QSqlQuery>

namespace empfang {

namespace {

const QString kChannel = QStringLiteral("empfang_changes");
// How far back the feed looks on PostgreSQL for changes committed out of id order; far more
// than the writes that can be in flight at once at a practice.
constexpr qint64 kLookBack = 200;

} // namespace

ChangeFeed::ChangeFeed(Database &db, QObject *parent) : QObject(parent), m_db(db)
{
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (m_db.isServer())
            readNew(); // a safety net: notifications are lost while the connection is down
        else
            pollDataVersion();
    });
}

ChangeFeed::~ChangeFeed()
{
    if (m_listening)
        m_db.connection().driver()->unsubscribeFromNotification(kChannel);
}

Status ChangeFeed::start()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM change_log")) || !q.next())
        return Status::failure(Database::queryFailed(q));
    m_lastId = q.value(0).toLongLong();
    if (m_db.isServer()) {
        // What is there now counts as reported, also ids below the newest.
        QSqlQuery seen(m_db.connection());
        seen.prepare(QStringLiteral("SELECT id FROM change_log WHERE id > ?"));
        seen.addBindValue(m_lastId - kLookBack);
        if (seen.exec())
            while (seen.next())
                m_reported.insert(seen.value(0).toLongLong());
        QSqlDriver *driver = m_db.connection().driver();
        m_listening = driver->subscribeToNotification(kChannel);
        if (!m_listening)
            qCWarning(lcStorage) << "LISTEN failed; falling back to polling";
        connect(driver, &QSqlDriver::notification, this, [this](const QString &channel) {
            if (channel == kChannel)
                readNew();
        });
        m_poll.start(m_listening ? 2000 : 250);
    } else {
        pollDataVersion();
        m_poll.start(200);
    }
    return success();
}

void ChangeFeed::pollDataVersion()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next()) {
        emit failed(Database::queryFailed(q));
        return;
    }
    const qint64 version = q.value(0).toLongLong();
    if (version == m_dataVersion)
        return;
    const bool first = m_dataVersion < 0;
    m_dataVersion = version;
    if (!first)
        readNew();
}

void ChangeFeed::readNew()
{
    // A new connection after the server was gone has forgotten our LISTEN.
    if (m_db.isServer()) {
        QSqlDriver *driver = m_db.connection().driver();
        if (m_db.connection().isOpen() && !driver->subscribedToNotifications().contains(kChannel))
            m_listening = driver->subscribeToNotification(kChannel);
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, kind, item_id, practitioner_id, start_ms, end_ms "
                             "FROM change_log WHERE id > ? ORDER BY id"));
    const qint64 from = m_db.isServer() ? m_lastId - kLookBack : m_lastId;
    q.addBindValue(from);
    if (!q.exec()) {
        emit failed(Database::queryFailed(q));
        return;
    }
    while (q.next()) {
        Change c;
        c.id = q.value(0).toLongLong();
        if (c.id <= m_lastId && m_reported.contains(c.id))
            continue;
        if (c.id <= m_lastId - kLookBack)
            continue;
        c.kind = q.value(1).toString();
        c.itemId = q.value(2).toLongLong();
        c.practitionerId = q.value(3).toLongLong();
        c.startMs = q.value(4).toLongLong();
        c.endMs = q.value(5).toLongLong();
        m_reported.insert(c.id);
        m_lastId = std::max(m_lastId, c.id);
        emit changed(c);
    }
    // Forget what can no longer come round again.
    for (auto it = m_reported.begin(); it != m_reported.end();) {
        if (*it <= m_lastId - 2 * kLookBack)
            it = m_reported.erase(it);
        else
            ++it;
    }
}

} // namespace empfang
