#pragma once

#include "domain/result.h"

#include <QCoreApplication>

#include <memory>

class QWidget;

namespace empfang {

class Database;

/// Opens a PostgreSQL database at start. The password comes from libpq's own ~/.pgpass
/// (PGPASSFILE), else from the system keychain (service "Empfang", key "db:<host>/<dbname>"),
/// else the receptionist or admin is asked once and it is kept in the keychain — never in the
/// settings file, the database or a log.
class DatabaseLogin
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseLogin)
public:
    static Result<std::shared_ptr<Database>> open(const QString &uri, QWidget *parent);
};

} // namespace empfang
