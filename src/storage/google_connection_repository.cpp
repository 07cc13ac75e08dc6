#include "google_connection_repository.h"

#include "cached_statement.h"
#include "sql.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace empfang {

QString GoogleConnection::stateKey(State state)
{
    switch (state) {
    case State::None:
        return QStringLiteral("none");
    case State::Connected:
        return QStringLiteral("connected");
    case State::ReadOnly:
        return QStringLiteral("read_only");
    case State::RevokedExternally:
        return QStringLiteral("revoked_externally");
    }
    return QStringLiteral("none");
}

GoogleConnection::State GoogleConnection::stateFromKey(const QString &key)
{
    for (State s : {State::Connected, State::ReadOnly, State::RevokedExternally}) {
        if (stateKey(s) == key)
            return s;
    }
    return State::None;
}

namespace {

constexpr auto kColumns = "practitioner_id, state, granted_scopes, busy_calendars, "
                          "booking_calendar, google_account, calendars_json, updated_ms";
constexpr auto kSelectColumns = "practitioner_id, state, granted_scopes, busy_calendars, "
                                "booking_calendar, google_account, calendars_json, updated_ms, "
                                "sync_desk, revoke_desk";

QString calendarsToJson(const QList<GoogleCalendar> &calendars)
{
    QJsonArray array;
    for (const GoogleCalendar &c : calendars)
        array.append(QJsonObject{{QStringLiteral("id"), c.id},
                                 {QStringLiteral("summary"), c.summary},
                                 {QStringLiteral("accessRole"), c.accessRole},
                                 {QStringLiteral("primary"), c.primary}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<GoogleCalendar> calendarsFromJson(const QString &json)
{
    QList<GoogleCalendar> calendars;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        calendars << GoogleCalendar{o.value(QLatin1String("id")).toString(),
                                    o.value(QLatin1String("summary")).toString(),
                                    o.value(QLatin1String("accessRole")).toString(),
                                    o.value(QLatin1String("primary")).toBool()};
    }
    return calendars;
}

GoogleConnection fromQuery(const QSqlQuery &q)
{
    GoogleConnection c;
    c.practitionerId = q.value(0).toLongLong();
    c.state = GoogleConnection::stateFromKey(q.value(1).toString());
    c.grantedScopes = q.value(2).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    c.busyCalendars.clear();
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(3).toString().toUtf8()).array())
        c.busyCalendars << v.toString();
    c.bookingCalendar = q.value(4).toString();
    c.googleAccount = q.value(5).toString();
    c.calendars = calendarsFromJson(q.value(6).toString());
    c.updatedMs = q.value(7).toLongLong();
    c.syncDesk = q.value(8).toString();
    c.revokeDesk = q.value(9).toString();
    return c;
}

} // namespace

Result<GoogleConnection> GoogleConnectionRepository::find(qint64 practitionerId) const
{
    // Prepared once per connection: every Google request and every answer asks for its
    // practitioner's connection, on the GUI thread.
    CachedStatement statement(
        m_db, QStringLiteral("SELECT %1 FROM google_connections WHERE practitioner_id = ?")
                  .arg(QLatin1String(kSelectColumns)));
    QString error;
    if (!statement.run({practitionerId}, &error))
        return Result<GoogleConnection>::failure(error);
    if (statement.query().next())
        return fromQuery(statement.query());
    GoogleConnection none;
    none.practitionerId = practitionerId;
    return none;
}

Result<QList<GoogleConnection>> GoogleConnectionRepository::list() const
{
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::run(q,
                  QStringLiteral("SELECT %1 FROM google_connections ORDER BY practitioner_id")
                      .arg(QLatin1String(kSelectColumns)),
                  {}, &error))
        return Result<QList<GoogleConnection>>::failure(error);
    QList<GoogleConnection> all;
    while (q.next())
        all << fromQuery(q);
    return all;
}

Status GoogleConnectionRepository::save(const GoogleConnection &c)
{
    QJsonArray busy;
    for (const QString &id : c.busyCalendars)
        busy.append(id);
    QSqlQuery q(m_db.connection());
    QString error;
    // An upsert that leaves the desk columns alone: a calendar choice saved at one desk must
    // not undo a sync desk another desk set meanwhile.
    if (!sql::run(
            q,
            QStringLiteral("INSERT INTO google_connections (%1) VALUES (?, ?, ?, ?, ?, ?, "
                           "?, ?) ON CONFLICT (practitioner_id) DO UPDATE SET "
                           "state = excluded.state, granted_scopes = excluded.granted_scopes, "
                           "busy_calendars = excluded.busy_calendars, "
                           "booking_calendar = excluded.booking_calendar, "
                           "google_account = excluded.google_account, "
                           "calendars_json = excluded.calendars_json, "
                           "updated_ms = excluded.updated_ms")
                .arg(QLatin1String(kColumns)),
            {c.practitionerId, GoogleConnection::stateKey(c.state),
             c.grantedScopes.join(QLatin1Char(' ')),
             QString::fromUtf8(QJsonDocument(busy).toJson(QJsonDocument::Compact)),
             c.bookingCalendar, c.googleAccount, calendarsToJson(c.calendars),
             QDateTime::currentMSecsSinceEpoch()},
            &error))
        return Status::failure(error);
    return success();
}

namespace {

QVariant deskOrNull(const QString &desk)
{
    return desk.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(desk);
}

} // namespace

Status GoogleConnectionRepository::setDesks(qint64 practitionerId, const QString &syncDesk,
                                            const QString &revokeDesk)
{
    return sql::exec(m_db,
                     QStringLiteral("UPDATE google_connections SET sync_desk = ?, revoke_desk = ? "
                                    "WHERE practitioner_id = ?"),
                     {deskOrNull(syncDesk), deskOrNull(revokeDesk), practitionerId});
}

Status GoogleConnectionRepository::adopt(qint64 practitionerId, const QString &deskId)
{
    return sql::exec(m_db,
                     QStringLiteral("UPDATE google_connections SET sync_desk = ? "
                                    "WHERE practitioner_id = ? AND sync_desk IS NULL "
                                    "AND state IN ('connected', 'read_only')"),
                     {deskId, practitionerId});
}

Status GoogleConnectionRepository::revoked(qint64 practitionerId, const QString &deskId)
{
    return sql::exec(m_db,
                     QStringLiteral("UPDATE google_connections SET revoke_desk = NULL "
                                    "WHERE practitioner_id = ? AND revoke_desk = ?"),
                     {practitionerId, deskId});
}

Status GoogleConnectionRepository::forgetBusyTimes(qint64 practitionerId)
{
    QSqlQuery q(m_db.connection());
    QString error;
    for (const char *table : {"busy_cache", "busy_fetch"}) {
        if (!sql::run(q,
                      QStringLiteral("DELETE FROM %1 WHERE practitioner_id = ?")
                          .arg(QLatin1String(table)),
                      {practitionerId}, &error))
            return Status::failure(error);
    }
    return success();
}

} // namespace empfang
