#pragma once

#include "database.h"

#include <QCoreApplication>
#include <QList>

namespace empfang {

/// Copies a whole Empfang database into an empty one — SQLite → PostgreSQL when a practice
/// moves to several desks, PostgreSQL → SQLite for a portable backup. Ids are kept, so Google
/// connections, outbox entries, event ids and the audit history stay valid.
class DatabaseCopy
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)
public:
    struct TableCount
    {
        QString table;
        qint64 rows = 0;
    };

    /// Reads `from` in one consistent snapshot and writes `to` in one transaction: either
    /// everything arrives, with the row count of every table verified, or nothing does.
    /// `to` must be at the same schema version and hold no practice data.
    static Result<QList<TableCount>> copy(Database &from, Database &to);

    /// The tables copied, parents before children (foreign keys).
    static const QStringList &tables();
};

} // namespace empfang
