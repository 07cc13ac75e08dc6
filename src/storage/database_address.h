#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlDatabase;

namespace empfang {

/// What `--db` / `EMPFANG_DB` name: a SQLite file (a path, as always) or a PostgreSQL database
/// (a libpq connection URI, `postgresql://user@host:port/dbname?sslmode=verify-full`, or for a
/// local socket `postgresql://postgres@/empfang?host=/run/postgresql`). See
/// docs/ARCHITECTURE.md, "Storage".
class DatabaseAddress
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseAddress)
public:
    /// Whether `text` is meant as a server URI (postgres:// or postgresql://), valid or not.
    static bool isServerUri(const QString &text);
    /// Parses a URI; on failure error() says in German what is wrong with it.
    static DatabaseAddress parse(const QString &text);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    /// "praxis-server/empfang" — for messages and the keychain; never the password.
    QString display() const;
    /// The keychain entry of a password asked in the GUI: "db:<host>/<dbname>".
    QString keychainKey() const { return QStringLiteral("db:") + display(); }
    QString host() const { return m_host; }
    QString databaseName() const { return m_dbName; }
    QString userName() const { return m_user; }
    bool hasPassword() const { return !m_password.isEmpty(); }
    /// The URI as given, minus any password: what Empfang keeps and shows.
    QString withoutPassword() const { return m_withoutPassword; }
    /// The German message for a failed connection attempt, by its cause (libpq's `detail`
    /// only tells which; it goes to the log, never to the user).
    QString connectFailed(const QString &detail) const;

    /// Points a QPSQL connection at this database; `password` (from the keychain) is used only
    /// when the URI has none. libpq's own PGPASSFILE / ~/.pgpass apply as usual.
    void configure(QSqlDatabase &db, const QString &password = QString()) const;

private:
    QString m_error;
    QString m_withoutPassword;
    QString m_host; // name, address or socket folder; empty = libpq's default socket
    int m_port = -1;
    QString m_user;
    QString m_password;
    QString m_dbName;
    QStringList m_options; // key=value for libpq (sslmode, connect_timeout, …)
};

} // namespace empfang
