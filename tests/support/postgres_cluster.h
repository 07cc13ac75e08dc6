#pragma once

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>

namespace empfang::test {

/// A throwaway PostgreSQL cluster for one test process: initdb and pg_ctl run as the
/// `postgres` user (root may not run the server) into a temporary folder, listening on a Unix
/// socket in that folder only (listen_addresses = ''), trust authentication, stopped and
/// removed when the process ends. A real server — no mock.
class PostgresCluster
{
public:
    static PostgresCluster &shared()
    {
        static PostgresCluster cluster;
        return cluster;
    }

    bool isRunning() const { return m_running; }
    QString error() const { return m_error; }
    QString socketDir() const { return m_dir ? m_dir->path() : QString(); }

    /// libpq URI of database `name` on this cluster.
    QString uri(const QString &name) const
    {
        return QStringLiteral("postgresql://postgres@/%1?host=%2").arg(name, socketDir());
    }

    /// A new, empty database; its URI.
    QString createDatabase()
    {
        const QString name = QStringLiteral("t%1").arg(++m_databases);
        if (!psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(name)))
            qFatal("cannot create test database: %s", qPrintable(m_error));
        return uri(name);
    }

    /// Runs SQL as the superuser (e.g. to look at a database behind the program's back).
    bool psql(const QString &database, const QString &sql, QString *output = nullptr)
    {
        const auto r = asPostgres(
            QStringLiteral("psql"),
            {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"),
             QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"),
             socketDir(), QStringLiteral("-d"), database, QStringLiteral("-c"), sql});
        if (output)
            *output = r.second.trimmed();
        return r.first;
    }

    /// `pg_ctl stop -m immediate`: the server dies as on a power cut (no checkpoint).
    bool stop(const QString &mode = QStringLiteral("fast"))
    {
        const bool ok = pgCtl({QStringLiteral("stop"), QStringLiteral("-m"), mode});
        m_running = m_running && !ok;
        return ok;
    }

    bool start()
    {
        m_running = pgCtl(
            {QStringLiteral("start"), QStringLiteral("-o"),
             QStringLiteral("-k %1 -c listen_addresses='' -c max_connections=200").arg(socketDir()),
             QStringLiteral("-l"), m_dir->filePath(QStringLiteral("server.log"))});
        return m_running;
    }

    ~PostgresCluster()
    {
        if (m_running)
            stop(QStringLiteral("immediate"));
    }

private:
    PostgresCluster()
    {
        const QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql"))
                                         .entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        if (versions.isEmpty()) {
            m_error = QStringLiteral("PostgreSQL is not installed (/usr/lib/postgresql)");
            return;
        }
        m_bin = QStringLiteral("/usr/lib/postgresql/%1/bin/").arg(versions.last());
        // A short path: the socket's path must fit into 107 bytes.
        m_dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/epg-XXXXXX"));
        QProcess::execute(QStringLiteral("chown"),
                          {QStringLiteral("postgres:postgres"), m_dir->path()});
        const auto init = asPostgres(m_bin + QStringLiteral("initdb"),
                                     {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")),
                                      QStringLiteral("-U"), QStringLiteral("postgres"),
                                      QStringLiteral("--auth=trust"), QStringLiteral("-E"),
                                      QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"),
                                      QStringLiteral("--no-instructions")});
        if (!init.first) {
            m_error = QStringLiteral("initdb failed: ") + init.second;
            return;
        }
        if (!start())
            m_error = QStringLiteral("pg_ctl start failed: ") + m_error;
    }

    bool pgCtl(QStringList args)
    {
        args.prepend(m_dir->filePath(QStringLiteral("data")));
        args.prepend(QStringLiteral("-D"));
        args << QStringLiteral("-w");
        const auto r = asPostgres(m_bin + QStringLiteral("pg_ctl"), args);
        if (!r.first)
            m_error = r.second;
        return r.first;
    }

    std::pair<bool, QString> asPostgres(const QString &program, const QStringList &args)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.setWorkingDirectory(QStringLiteral("/tmp"));
        p.start(QStringLiteral("runuser"),
                QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"),
                            program.contains(u'/') ? program : m_bin + program} +
                    args);
        const bool finished = p.waitForFinished(120000);
        const QString output = QString::fromLocal8Bit(p.readAll());
        if (!finished || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            m_error = output;
            return {false, output};
        }
        return {true, output};
    }

    QString m_bin;
    std::unique_ptr<QTemporaryDir> m_dir;
    bool m_running = false;
    int m_databases = 0;
    QString m_error;
};

} // namespace empfang::test
