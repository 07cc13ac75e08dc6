// Each storage fault an admin can meet gets its own true German message from empfang-cli, and
// in none of them is a byte of the database changed: a lock held by another program, a full
// disk and a read-only drive (real tmpfs mounts in a private mount namespace), a missing file,
// and a file with a damaged page.
#include "cli_harness.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace empfang::test;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

QStringList bookArgs(const QString &time)
{
    return {QStringLiteral("book"),
            QStringLiteral("--practitioner"),
            QStringLiteral("1"),
            QStringLiteral("--type"),
            QStringLiteral("1"),
            QStringLiteral("--start"),
            futureMonday().toString(Qt::ISODate) + u'T' + time,
            QStringLiteral("--patient"),
            QStringLiteral("Erika Muster")};
}

QStringList appointmentsArgs()
{
    return {QStringLiteral("appointments"), QStringLiteral("--from"),
            futureMonday().toString(Qt::ISODate), QStringLiteral("--to"),
            futureMonday().addDays(7).toString(Qt::ISODate)};
}

/// Quotes for sh -c.
QString quoted(const QString &s)
{
    QString q = s;
    q.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + q + u'\'';
}

QString commandLine(const QString &db, const QStringList &args)
{
    QStringList parts{quoted(QStringLiteral(EMPFANG_CLI)), QStringLiteral("--db"), quoted(db)};
    for (const QString &a : args)
        parts << quoted(a);
    return parts.join(u' ');
}

/// Runs `script` with sh as root of a private mount namespace (real root: `unshare --mount`;
/// otherwise a user namespace maps us to root), so it can mount a small tmpfs.
CliRun inMountNamespace(const QString &script)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("EMPFANG_DB"));
    env.insert(QStringLiteral("EMPFANG_LANGUAGE"), QStringLiteral("de"));
    p.setProcessEnvironment(env);
    QStringList args{QStringLiteral("--mount")};
    if (geteuid() != 0)
        args.prepend(QStringLiteral("--map-root-user"));
    p.start(QStringLiteral("unshare"),
            args + QStringList{QStringLiteral("sh"), QStringLiteral("-c"), script});
    CliRun r;
    if (!p.waitForFinished(120000))
        return r;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

/// The value printed as "KEY=value" by a script.
QString field(const CliRun &r, const QString &key)
{
    for (const QString &line : r.out.split(u'\n'))
        if (line.startsWith(key + u'='))
            return line.mid(key.size() + 1);
    return QStringLiteral("<missing %1>").arg(key);
}

} // namespace

class TestStorageFaults : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void lockedDatabaseSaysTryAgain();
    void fullDiskSaysFullNotDamaged();
    void readOnlyDriveStillReads();
    void missingFileIsNotCreated();
    void damagedPageStopsWritesAndReads();

private:
    void bookOnce();
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliHarness> m_cli;
};

void TestStorageFaults::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_cli = std::make_unique<CliHarness>(m_dir->filePath(QStringLiteral("praxis.sqlite")));
    setUpPractice(*m_cli);
}

void TestStorageFaults::bookOnce()
{
    auto r = m_cli->run(bookArgs(QStringLiteral("08:00")));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

// Another program holds the write lock longer than Empfang waits (5 s): "belegt, gleich noch
// einmal versuchen" — reading still works meanwhile (WAL), and nothing is written.
void TestStorageFaults::lockedDatabaseSaysTryAgain()
{
    bookOnce();
    QProcess holder;
    holder.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import sqlite3, sys, time\n"
                                 "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
                                 "c.execute('BEGIN IMMEDIATE')\n"
                                 "print('locked', flush=True)\n"
                                 "time.sleep(12)\n"),
                  m_cli->dbPath()});
    QVERIFY(holder.waitForReadyRead(10000));
    QCOMPARE(holder.readLine().trimmed(), QByteArray("locked"));
    const QString before = m_cli->dump();

    auto listed = m_cli->run(appointmentsArgs());
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    QVERIFY2(listed.out.contains(QLatin1String("Erika Muster")), qPrintable(listed.out));

    auto refused = m_cli->run(bookArgs(QStringLiteral("09:00")));
    QCOMPARE(refused.exitCode, 1);
    verifyMessage(refused);
    QVERIFY2(refused.err.contains(QLatin1String("belegt")), qPrintable(refused.err));
    QVERIFY2(!refused.err.contains(QStringLiteral("beschädigt")), qPrintable(refused.err));
    QVERIFY(!refused.out.contains(QLatin1String("gebucht")));
    holder.kill();
    holder.waitForFinished();
    QCOMPARE(m_cli->dump(), before);
}

// A full disk is "Speicherplatz voll", never "beschädigt — Sicherung zurückspielen": an admin
// following that advice would overwrite good data. The main file stays byte-identical.
void TestStorageFaults::fullDiskSaysFullNotDamaged()
{
    bookOnce();
    const QString mount = m_dir->filePath(QStringLiteral("full"));
    QVERIFY(QDir().mkpath(mount));
    const QString db = mount + QStringLiteral("/praxis.sqlite");
    // A reader keeps the database open, so SQLite's -wal/-shm exist before the disk is filled
    // to the last byte; the booking then has no room for its WAL frames.
    const QString script =
        QStringLiteral(
            "set -u\n"
            "mount -t tmpfs -o size=2m tmpfs %1 || exit 90\n"
            "cp %2 %3\n"
            "python3 -c 'import sqlite3,sys,time\n"
            "c=sqlite3.connect(sys.argv[1]); c.execute(\"select count(*) from appointments\")"
            ".fetchall(); print(\"open\", flush=True); time.sleep(30)' %3 > %1/../reader.out &\n"
            "reader=$!\n"
            "for i in $(seq 50); do grep -q open %1/../reader.out && break; sleep 0.1; done\n"
            "echo BEFORE=$(sha256sum %3 | cut -c1-64)\n"
            "dd if=/dev/zero of=%1/filler bs=4k 2>/dev/null\n"
            "%4 > %1/../book.out 2> %1/../book.err\n"
            "echo CODE=$?\n"
            "kill $reader; wait $reader 2>/dev/null\n"
            "rm %1/filler\n"
            "echo AFTER=$(sha256sum %3 | cut -c1-64)\n"
            "echo COUNT=$(%5 | grep -c Muster)\n")
            .arg(quoted(mount), quoted(m_cli->dbPath()), quoted(db),
                 commandLine(db, bookArgs(QStringLiteral("09:00"))),
                 commandLine(db, appointmentsArgs()));
    auto r = inMountNamespace(script);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QFile errFile(m_dir->filePath(QStringLiteral("book.err")));
    QVERIFY(errFile.open(QIODevice::ReadOnly));
    const CliRun booked{field(r, QStringLiteral("CODE")).toInt(), QString(),
                        QString::fromUtf8(errFile.readAll())};
    QCOMPARE(booked.exitCode, 1);
    verifyMessage(booked);
    QVERIFY2(booked.err.contains(QLatin1String("voll")), qPrintable(booked.err));
    QVERIFY2(!booked.err.contains(QStringLiteral("beschädigt")), qPrintable(booked.err));
    QCOMPARE(field(r, QStringLiteral("AFTER")), field(r, QStringLiteral("BEFORE")));
    QCOMPARE(field(r, QStringLiteral("COUNT")), QStringLiteral("1")); // the earlier booking
}

// A read-only drive: the read commands work, a booking says "schreibgeschützt".
void TestStorageFaults::readOnlyDriveStillReads()
{
    bookOnce();
    const QString mount = m_dir->filePath(QStringLiteral("ro"));
    QVERIFY(QDir().mkpath(mount));
    const QString db = mount + QStringLiteral("/praxis.sqlite");
    const QString script = QStringLiteral("mount -t tmpfs -o size=4m tmpfs %1 || exit 90\n"
                                          "cp %2 %3\n"
                                          "mount -o remount,ro %1 || exit 91\n"
                                          "echo BEFORE=$(sha256sum %3 | cut -c1-64)\n"
                                          "%4 > %1/../list.out 2> %1/../list.err; echo LIST=$?\n"
                                          "%5 > %1/../book.out 2> %1/../book.err; echo BOOK=$?\n"
                                          "echo AFTER=$(sha256sum %3 | cut -c1-64)\n")
                               .arg(quoted(mount), quoted(m_cli->dbPath()), quoted(db),
                                    commandLine(db, appointmentsArgs()),
                                    commandLine(db, bookArgs(QStringLiteral("09:00"))));
    auto r = inMountNamespace(script);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    const auto read = [this](const char *name) {
        QFile f(m_dir->filePath(QString::fromLatin1(name)));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    };
    QCOMPARE(field(r, QStringLiteral("LIST")), QStringLiteral("0"));
    QVERIFY2(read("list.out").contains(QLatin1String("Erika Muster")),
             qPrintable(read("list.err")));
    QCOMPARE(field(r, QStringLiteral("BOOK")), QStringLiteral("1"));
    const CliRun booked{1, read("book.out"), read("book.err")};
    verifyMessage(booked);
    QVERIFY2(booked.err.contains(QStringLiteral("schreibgeschützt")), qPrintable(booked.err));
    QVERIFY2(!booked.err.contains(QStringLiteral("beschädigt")), qPrintable(booked.err));
    QCOMPARE(field(r, QStringLiteral("AFTER")), field(r, QStringLiteral("BEFORE")));
}

// A mistyped path or a share that is not connected: "gibt es nicht", and no new empty
// database appears there.
void TestStorageFaults::missingFileIsNotCreated()
{
    const QString missing = m_dir->filePath(QStringLiteral("share/praxis.sqlite"));
    for (const QStringList &args :
         {appointmentsArgs(), bookArgs(QStringLiteral("09:00")),
          QStringList{QStringLiteral("practitioner"), QStringLiteral("add"),
                      QStringLiteral("--name"), QStringLiteral("Dr. Neu")}}) {
        CliHarness cli(missing);
        auto r = cli.run(args);
        QCOMPARE(r.exitCode, 1);
        verifyMessage(r);
        QVERIFY2(r.err.contains(QLatin1String("gibt es nicht")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(missing));
    }
    // In an existing folder only setting up a practice creates the file.
    CliHarness fresh(m_dir->filePath(QStringLiteral("neu.sqlite")));
    auto listed = fresh.run(appointmentsArgs());
    QCOMPARE(listed.exitCode, 1);
    QVERIFY2(listed.err.contains(QLatin1String("gibt es nicht")), qPrintable(listed.err));
    QVERIFY(!QFileInfo::exists(fresh.dbPath()));
    auto added = fresh.run({QStringLiteral("practitioner"), QStringLiteral("add"),
                            QStringLiteral("--name"), QStringLiteral("Dr. Neu")});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QVERIFY(QFileInfo::exists(fresh.dbPath()));
}

// A damaged page in the appointments table: no booking is written, no list or free slots are
// shown as if nothing were wrong, the message points to the backup, the file is unchanged.
void TestStorageFaults::damagedPageStopsWritesAndReads()
{
    for (const QString &time :
         {QStringLiteral("08:00"), QStringLiteral("09:00"), QStringLiteral("10:00")}) {
        auto r = m_cli->run(bookArgs(time));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"),
                 {m_cli->dbPath(), QStringLiteral("SELECT rootpage FROM sqlite_master WHERE "
                                                  "name = 'appointments'; PRAGMA page_size;")});
    QVERIFY(sqlite.waitForFinished());
    const QStringList lines = QString::fromUtf8(sqlite.readAllStandardOutput()).split(u'\n');
    QVERIFY2(lines.size() >= 2, qPrintable(lines.join(u' ')));
    const qint64 root = lines.at(0).toLongLong();
    const qint64 pageSize = lines.at(1).toLongLong();
    QVERIFY(root > 1 && pageSize >= 512);
    {
        QFile f(m_cli->dbPath());
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek((root - 1) * pageSize));
        QVERIFY(f.write(QByteArray(int(pageSize), '\xA5')) == pageSize);
    }
    const QByteArray before = fileHash(m_cli->dbPath());

    auto booked = m_cli->run(bookArgs(QStringLiteral("11:00")));
    QCOMPARE(booked.exitCode, 1);
    verifyMessage(booked);
    QVERIFY2(booked.err.contains(QStringLiteral("beschädigt")), qPrintable(booked.err));
    QVERIFY2(booked.err.contains(QLatin1String("Datensicherung")), qPrintable(booked.err));

    for (const QStringList &args :
         {appointmentsArgs(),
          QStringList{QStringLiteral("slots"), QStringLiteral("--practitioner"),
                      QStringLiteral("1"), QStringLiteral("--type"), QStringLiteral("1"),
                      QStringLiteral("--from"), futureMonday().toString(Qt::ISODate),
                      QStringLiteral("--to"), futureMonday().addDays(1).toString(Qt::ISODate)}}) {
        auto r = m_cli->run(args);
        QVERIFY2(r.exitCode == 1, qPrintable(args.first() + u' ' + r.out));
        QVERIFY2(r.err.contains(QStringLiteral("beschädigt")), qPrintable(r.err));
    }
    QCOMPARE(fileHash(m_cli->dbPath()), before);
}

QTEST_GUILESS_MAIN(TestStorageFaults)
#include "tst_storage_faults.moc"
