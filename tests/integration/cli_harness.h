#pragma once

#include "test_backend.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

namespace empfang::test {

/// What one run of the empfang-cli binary left behind.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

/// Runs the built empfang-cli (path from the build: EMPFANG_CLI) as a separate process, exactly
/// as an admin or a script would, against one database file.
class CliHarness
{
public:
    explicit CliHarness(QString dbPath) : m_db(std::move(dbPath)) {}

    const QString &dbPath() const { return m_db; }

    CliRun run(const QStringList &args, bool withDb = true) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("EMPFANG_DB")); // never the developer's real database
        if (!env.contains(QStringLiteral("EMPFANG_LANGUAGE")))
            env.insert(QStringLiteral("EMPFANG_LANGUAGE"), QStringLiteral("de"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(EMPFANG_CLI),
                withDb ? QStringList{QStringLiteral("--db"), m_db} + args : args);
        CliRun r;
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit) {
            r.err = QStringLiteral("empfang-cli crashed or hung: ") + p.errorString();
            return r;
        }
        r.exitCode = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    CliRun json(const QStringList &args) const
    {
        return run(QStringList{QStringLiteral("--json")} + args);
    }

    /// Every row of every table, in a stable order: equal dumps mean nothing was changed.
    QString dump() const
    {
        const QString name = QUuid::createUuid().toString();
        const bool server = m_db.startsWith(QLatin1String("postgresql://"));
        QString text;
        {
            QSqlDatabase db = testConnection(m_db, name);
            if (!db.open())
                return QStringLiteral("<cannot open>");
            QSqlQuery tables(db);
            tables.exec(server ? QStringLiteral("SELECT table_name FROM information_schema.tables "
                                                "WHERE table_schema = 'public' ORDER BY 1")
                               : QStringLiteral("SELECT name FROM sqlite_master "
                                                "WHERE type = 'table' ORDER BY name"));
            QStringList names;
            while (tables.next())
                names << tables.value(0).toString();
            for (const QString &table : names) {
                text += QStringLiteral("[%1]\n").arg(table);
                QSqlQuery rows(db);
                rows.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2")
                              .arg(table, server ? table + QStringLiteral("::text")
                                                 : QStringLiteral("rowid")));
                while (rows.next()) {
                    QStringList cells;
                    for (int i = 0; i < rows.record().count(); ++i)
                        cells << rows.value(i).toString();
                    text += cells.join(u'|') + u'\n';
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return text;
    }

    /// The first column of the first row of `statement` (read-only), or empty.
    QString scalar(const QString &statement) const
    {
        const QString name = QUuid::createUuid().toString();
        QString value;
        {
            QSqlDatabase db = testConnection(m_db, name);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(statement) && q.next())
                    value = q.value(0).toString();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return value;
    }

private:
    QString m_db;
};

/// True when only the owner may read and write `path` (mode 0600).
inline bool ownerOnly(const QString &path)
{
    const QFileDevice::Permissions p = QFile::permissions(path);
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    return QFile::exists(path) && (p & QFileDevice::ReadOwner) && !(p & others);
}

inline QTimeZone berlin()
{
    return QTimeZone("Europe/Berlin");
}

/// Today in the practice time zone (the CLI's "now" is the real clock).
inline QDate practiceToday()
{
    return QDateTime::currentDateTime().toTimeZone(berlin()).date();
}

/// A Monday 1–2 weeks ahead: in the future, well within the booking horizon.
inline QDate futureMonday()
{
    QDate d = practiceToday().addDays(8);
    while (d.dayOfWeek() != Qt::Monday)
        d = d.addDays(1);
    return d;
}

/// "2027-01-04T09:00:00+01:00": how the CLI must print a practice-local time.
inline QString iso(const QDate &day, const QTime &time)
{
    return QDateTime(day, time, berlin()).toString(Qt::ISODate);
}

/// A message for a person on stderr, and no technical noise from the layers below.
inline void verifyMessage(const CliRun &r)
{
    QVERIFY2(!r.err.trimmed().isEmpty(), "no message on stderr");
    for (const char *noise : {"QSql", "SQLITE_", "Segmentation", "terminate called", "qFatal"})
        QVERIFY2(!r.err.contains(QLatin1String(noise)), qPrintable(r.err));
}

/// Practitioner 1 (Mon–Fri 08:00–12:00) and type 1 (30 min) in a fresh database.
/// Callers check QTest::currentTestFailed() afterwards.
inline void setUpPractice(const CliHarness &cli)
{
    auto p = cli.json({QStringLiteral("practitioner"), QStringLiteral("add"),
                       QStringLiteral("--name"), QStringLiteral("Dr. Anna Berg")});
    QCOMPARE(p.exitCode, 0);
    QCOMPARE(p.json().object().value(QStringLiteral("id")).toInteger(), 1);
    auto t = cli.json({QStringLiteral("type"), QStringLiteral("add"), QStringLiteral("--name"),
                       QStringLiteral("Krankengymnastik"), QStringLiteral("--minutes"),
                       QStringLiteral("30")});
    QCOMPARE(t.exitCode, 0);
    QCOMPARE(t.json().object().value(QStringLiteral("id")).toInteger(), 1);
    for (int weekday = 1; weekday <= 5; ++weekday) {
        auto h = cli.run({QStringLiteral("hours"), QStringLiteral("set"),
                          QStringLiteral("--practitioner"), QStringLiteral("1"),
                          QStringLiteral("--weekday"), QString::number(weekday),
                          QStringLiteral("--from"), QStringLiteral("08:00"), QStringLiteral("--to"),
                          QStringLiteral("12:00")});
        QVERIFY2(h.exitCode == 0, qPrintable(h.err));
    }
}

} // namespace empfang::test
