#include "database_connections.h"

namespace empfang {

Result<std::shared_ptr<Database>> DatabaseConnections::openAnother(const Database &db)
{
    // MustExist: if the file is gone meanwhile, say so rather than create an empty one.
    return Database::open(db.path(), Database::Creation::MustExist);
}

} // namespace empfang
