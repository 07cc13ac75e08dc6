#include "database_connections.h"

namespace empfang {

Result<std::shared_ptr<Database>> DatabaseConnections::openAnother(const Database &db)
{
    // MustExist: if the file is gone meanwhile, say so rather than create an empty one.
    // PostgreSQL: the path is the URI without its password; the one from the keychain (if
    // any) is handed on from memory.
    return Database::open(db.path(), Database::Creation::MustExist, db.m_serverPassword);
}

} // namespace empfang
