#pragma once

#include <QStringList>

namespace empfang {

/// The schema, one entry per version; entry i turns version i into version i+1.
/// Never edit a released entry — append a new one. SQL stays portable (no SQLite-only
/// functions) so a PostgreSQL backend can run the same steps; only `INTEGER PRIMARY KEY`
/// needs mapping to an identity column there.
const QList<QStringList> &migrationSteps();

} // namespace empfang
