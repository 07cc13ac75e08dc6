#include "database_address.h"

#include <QSqlDatabase>
#include <QUrl>
#include <QUrlQuery>

namespace empfang {

namespace {

// libpq parameters we pass on. Anything else in the query is refused rather than silently
// ignored: a mistyped "sslmode" must not quietly connect without TLS.
const QStringList &knownOptions()
{
    static const QStringList keys = {
        QStringLiteral("sslmode"),          QStringLiteral("sslrootcert"),
        QStringLiteral("sslcert"),          QStringLiteral("sslkey"),
        QStringLiteral("sslcrl"),           QStringLiteral("connect_timeout"),
        QStringLiteral("application_name"), QStringLiteral("target_session_attrs"),
        QStringLiteral("passfile"),         QStringLiteral("options"),
    };
    return keys;
}

} // namespace

bool DatabaseAddress::isServerUri(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

DatabaseAddress DatabaseAddress::parse(const QString &text)
{
    DatabaseAddress a;
    const QUrl url(text, QUrl::StrictMode);
    if (!isServerUri(text) || !url.isValid()) {
        a.m_error = tr("\"%1\" is not a valid PostgreSQL address. Expected for example "
                       "postgresql://empfang@praxis-server/empfang?sslmode=verify-full")
                        .arg(url.isValid() ? url.toDisplayString(QUrl::RemovePassword)
                                           : QStringLiteral("postgresql://…"));
        return a;
    }
    QUrl safe = url.adjusted(QUrl::RemovePassword);
    QUrlQuery safeQuery(safe);
    safeQuery.removeAllQueryItems(QStringLiteral("password"));
    safe.setQuery(safeQuery);
    a.m_withoutPassword = safe.toString();
    a.m_host = url.host();
    a.m_port = url.port(-1);
    a.m_user = url.userName();
    a.m_password = url.password();
    a.m_dbName = url.path().mid(1);
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host"))
            a.m_host = value;
        else if (key == QLatin1String("port"))
            a.m_port = value.toInt();
        else if (key == QLatin1String("user"))
            a.m_user = value;
        else if (key == QLatin1String("dbname"))
            a.m_dbName = value;
        else if (key == QLatin1String("password"))
            a.m_password = value;
        else if (knownOptions().contains(key))
            a.m_options << key + u'=' + value;
        else {
            a.m_error = tr("The PostgreSQL address has the unknown setting \"%1\". Known are: "
                           "host, port, user, dbname, %2.")
                            .arg(key, knownOptions().join(QStringLiteral(", ")));
            return a;
        }
    }
    if (a.m_dbName.isEmpty() || a.m_dbName.contains(u'/')) {
        a.m_error = tr("The PostgreSQL address names no database. Expected for example "
                       "postgresql://empfang@praxis-server/empfang");
        return a;
    }
    if (a.m_port == 0 || a.m_port > 65535) {
        a.m_error = tr("The port in the PostgreSQL address is not a number between 1 and 65535.");
        return a;
    }
    // Without this, an unreachable server keeps a desk waiting for minutes (TCP's own timeout).
    if (!std::any_of(a.m_options.cbegin(), a.m_options.cend(), [](const QString &o) {
            return o.startsWith(QLatin1String("connect_timeout="));
        }))
        a.m_options << QStringLiteral("connect_timeout=5");
    return a;
}

QString DatabaseAddress::display() const
{
    return (m_host.isEmpty() ? QStringLiteral("localhost") : m_host) +
           (m_port > 0 ? u':' + QString::number(m_port) : QString()) + u'/' + m_dbName;
}

QString DatabaseAddress::connectFailed(const QString &detail) const
{
    auto says = [&](const char *english, const char *german) {
        return detail.contains(QLatin1String(english), Qt::CaseInsensitive) ||
               detail.contains(QString::fromUtf8(german), Qt::CaseInsensitive);
    };
    if (says("password authentication failed", "Passwort-Authentifizierung") ||
        says("no password supplied", "kein Passwort angegeben"))
        return tr("The database server %1 refused the login: user name or password is wrong or "
                  "missing. Nothing was changed. The password comes from ~/.pgpass (PGPASSFILE) "
                  "or is asked for in the program.")
            .arg(display());
    if (says("pg_hba.conf", "pg_hba.conf"))
        return tr("The database server %1 does not admit this desk (pg_hba.conf on the server). "
                  "Nothing was changed. Please ask the practice's IT.")
            .arg(display());
    if (says("role", "Rolle") && says("does not exist", "existiert nicht"))
        return tr("The user \"%1\" does not exist on the database server %2. Nothing was "
                  "changed.")
            .arg(m_user, display());
    if (says("does not exist", "existiert nicht"))
        return tr("The database \"%1\" does not exist on the server %2. Please check the name "
                  "or create it (README, \"Mehrere Arbeitsplätze\"). Nothing was changed.")
            .arg(m_dbName, display());
    if (says("SSL", "SSL") || says("certificate", "Zertifikat"))
        return tr("The encrypted connection to the database server %1 could not be set up or "
                  "its certificate could not be verified (sslmode, sslrootcert). Nothing was "
                  "changed.")
            .arg(display());
    return tr("The database server %1 cannot be reached. Nothing was changed. Please check the "
              "network connection, whether the database server is running, and the address "
              "and port.")
        .arg(display());
}

void DatabaseAddress::configure(QSqlDatabase &db, const QString &password) const
{
    db.setHostName(m_host);
    if (m_port > 0)
        db.setPort(m_port);
    db.setUserName(m_user);
    db.setPassword(m_password.isEmpty() ? password : m_password);
    db.setDatabaseName(m_dbName);
    db.setConnectOptions(m_options.join(u';'));
}

} // namespace empfang
