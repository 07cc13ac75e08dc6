#pragma once

#include "database.h"
#include "domain/result.h"

#include <optional>

namespace empfang {

/// A desk as the other desks know it: its name and when it last ran a sync.
struct DeskRow
{
    QString id;
    QString name;
    qint64 lastSeenMs = 0;
};

/// The desks table (docs/ARCHITECTURE.md §8).
class DeskRepository
{
    Q_DECLARE_TR_FUNCTIONS(DeskRepository)
public:
    /// A desk that has not been seen for this long is shown as not running.
    static constexpr qint64 kSilentAfterMs = 15 * 60 * 1000;

    explicit DeskRepository(Database &db) : m_db(db) {}

    /// This desk is running (name as it is called now).
    Status seen(const QString &id, const QString &name, qint64 nowMs);
    Result<std::optional<DeskRow>> find(const QString &id) const;
    /// The desk's name, or the id itself for a desk that never ran a sync.
    QString nameOf(const QString &id) const;

private:
    Database &m_db;
};

} // namespace empfang
