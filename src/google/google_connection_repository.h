#pragma once

#include "domain/result.h"
#include "google_connection.h"
#include "storage/database.h"

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
    Status save(const GoogleConnection &connection);
    /// Deletes the practitioner's cached Google busy times and their fetch records (what the
    /// sync kept of the calendar): called with the state change when a connection ends.
    Status forgetBusyTimes(qint64 practitionerId);

private:
    Database &m_db;
};

} // namespace empfang
