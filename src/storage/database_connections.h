#pragma once

#include "database.h"

namespace empfang {

/// More connections to an open database, for work off the GUI thread (the grid's loader).
/// The one place that knows how to reach "the same database" again, whatever it is stored in.
class DatabaseConnections
{
public:
    /// A connection of its own to the database `db` is open on, for the calling thread (a
    /// connection belongs to the thread that opened it). Reads only what `db` was opened with,
    /// so it may be called on any thread while `db` lives. The schema is already current: this
    /// only checks it, it never migrates a file another connection is using.
    static Result<std::shared_ptr<Database>> openAnother(const Database &db);
};

} // namespace empfang
