#pragma once

#include "database.h"
#include "domain/result.h"
#include "sync_types.h"

#include <QList>

#include <optional>

namespace empfang {

/// The google_events table: one row per appointment that has (or will have) an event in Google.
class GoogleEventRepository
{
    Q_DECLARE_TR_FUNCTIONS(GoogleEventRepository)
public:
    explicit GoogleEventRepository(Database &db) : m_db(db) {}

    Result<std::optional<GoogleEventRecord>> find(qint64 appointmentId) const;
    Status save(const GoogleEventRecord &record, qint64 nowMs);
    Status remove(qint64 appointmentId);
    Status setState(qint64 appointmentId, SyncState state, const QString &note, qint64 nowMs);
    /// Where Google holds the practitioner's own events overlapping `range` (by calendar):
    /// those busy times are ours and already blocked by the appointments themselves.
    Result<QList<std::pair<QString, Interval>>> remoteSpans(qint64 practitionerId,
                                                            const Interval &range) const;
    /// The rows of the appointments that `idsQuery` selects (one column: appointment ids; its
    /// placeholders bound to `values`), in one statement prepared once per connection — not
    /// one find() per appointment (the check of a week's own events at 200k appointments).
    Result<QList<GoogleEventRecord>> ofAppointments(const QString &idsQuery,
                                                    const QVariantList &values) const;
    /// Rows in a state, for the UI's list of appointments that need a look.
    Result<QList<GoogleEventRecord>> inState(SyncState state) const;

    /// The database's random id (part of every event id).
    QString databaseId() const;

private:
    Database &m_db;
};

} // namespace empfang
