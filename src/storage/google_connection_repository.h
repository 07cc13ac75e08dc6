#pragma once

#include "database.h"
#include "domain/result.h"
#include "google_connection.h"

namespace empfang {

/// The google_connections table: per practitioner state, granted scopes and calendar choice.
class GoogleConnectionRepository
{
    Q_DECLARE_TR_FUNCTIONS(GoogleConnectionRepository)
public:
    explicit GoogleConnectionRepository(Database &db) : m_db(db) {}

    /// The stored connection, or a default one (state None) when there is no row.
    Result<GoogleConnection> find(qint64 practitionerId) const;
    Result<QList<GoogleConnection>> list() const;
    /// Stores state, scopes and calendars; the desk columns are left as they are (setDesks).
    Status save(const GoogleConnection &connection);
    /// Sets the sync desk and the desk that still has to revoke (empty: none).
    Status setDesks(qint64 practitionerId, const QString &syncDesk, const QString &revokeDesk);
    /// A connection from before desks existed becomes `deskId`'s — if nobody adopted it first.
    Status adopt(qint64 practitionerId, const QString &deskId);
    /// The revocation `deskId` owed is done (or no longer wanted).
    Status revoked(qint64 practitionerId, const QString &deskId);
    /// Deletes the practitioner's cached Google busy times and their fetch records (what the
    /// sync kept of the calendar): called with the state change when a connection ends.
    Status forgetBusyTimes(qint64 practitionerId);

private:
    Database &m_db;
};

} // namespace empfang
