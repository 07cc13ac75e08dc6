#pragma once

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace empfang::test {

/// One desk (Arbeitsplatz) for tests with several desks on one database: its own name
/// (EMPFANG_DESK), its own user settings, and its own Secret Service — a D-Bus session with a
/// gnome-keyring of its own, as two computers at a practice would have. Every empfang-cli run
/// of the desk uses them; the keyring survives between runs (its file is in the desk's home).
class DeskSession
{
public:
    explicit DeskSession(QString name) : m_name(std::move(name))
    {
        QVERIFY(m_home.isValid());
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.remove(QStringLiteral("EMPFANG_DB"));
        m_env.insert(QStringLiteral("EMPFANG_DESK"), m_name);
        m_env.insert(QStringLiteral("EMPFANG_LANGUAGE"), QStringLiteral("en"));
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        m_env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.path());
        QProcess bus;
        bus.setProcessEnvironment(m_env);
        bus.start(QStringLiteral("dbus-daemon"),
                  {QStringLiteral("--session"), QStringLiteral("--fork"),
                   QStringLiteral("--print-address=1"), QStringLiteral("--print-pid=1")});
        QVERIFY(bus.waitForFinished(10000));
        const QStringList lines =
            QString::fromUtf8(bus.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.size() == 2, "dbus-daemon did not start");
        m_busPid = lines.at(1).toLongLong();
        m_env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), lines.at(0));
        QProcess keyring;
        keyring.setProcessEnvironment(m_env);
        keyring.start(QStringLiteral("gnome-keyring-daemon"),
                      {QStringLiteral("--unlock"), QStringLiteral("--components=secrets")});
        QVERIFY(keyring.waitForStarted(10000));
        keyring.write("empfang-test");
        keyring.closeWriteChannel();
        QVERIFY(keyring.waitForFinished(10000));
    }
    ~DeskSession()
    {
        for (QProcess *p : std::as_const(m_running)) {
            p->kill();
            p->waitForFinished(5000);
            delete p;
        }
        if (m_busPid > 0)
            ::kill(pid_t(m_busPid), SIGTERM); // the keyring daemon leaves with its bus
    }
    DeskSession(const DeskSession &) = delete;
    DeskSession &operator=(const DeskSession &) = delete;

    const QString &name() const { return m_name; }
    const QProcessEnvironment &environment() const { return m_env; }

    /// Starts empfang-cli at this desk and leaves it running (the caller waits or kills).
    QProcess *start(const QStringList &args)
    {
        auto *p = new QProcess;
        p->setProcessEnvironment(m_env);
        p->start(QStringLiteral(EMPFANG_CLI), args);
        p->waitForStarted(10000);
        m_running << p;
        return p;
    }
    /// Runs empfang-cli at this desk to its end.
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &args) const
    {
        QProcess p;
        p.setProcessEnvironment(m_env);
        p.start(QStringLiteral(EMPFANG_CLI), args);
        Run r;
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit) {
            r.err = QStringLiteral("empfang-cli crashed or hung");
            return r;
        }
        r.exitCode = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    /// The desk's keychain entry of a practitioner (empty: none).
    QString keychainEntry(qint64 practitionerId) const
    {
        QProcess p;
        p.setProcessEnvironment(m_env);
        p.start(QStringLiteral("secret-tool"),
                {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("Empfang"),
                 QStringLiteral("user"), QStringLiteral("practitioner-%1").arg(practitionerId)});
        p.waitForFinished(10000);
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }

private:
    QString m_name;
    QTemporaryDir m_home;
    QProcessEnvironment m_env;
    qint64 m_busPid = 0;
    QList<QProcess *> m_running;
};

} // namespace empfang::test
