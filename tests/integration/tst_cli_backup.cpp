// empfang-cli db backup / restore / check (issue 9, point 5), always with real processes on one
// real SQLite file: a backup taken while another process books holds every booking confirmed
// before it began, a restore brings exactly that back, and bad input changes nothing.
#include "cli_harness.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

#include <iostream>

using namespace empfang;
using namespace empfang::test;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("<missing>");
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

// PRAGMA integrity_check through its own read-only connection.
QString integrity(const QString &path)
{
    const QString name = QUuid::createUuid().toString();
    QString answer;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return QStringLiteral("<cannot open>");
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA integrity_check"));
        QStringList lines;
        while (q.next())
            lines << q.value(0).toString();
        answer = lines.join(u'\n');
    }
    QSqlDatabase::removeDatabase(name);
    return answer;
}

QSet<qint64> storedStarts(const QString &path)
{
    const QString name = QUuid::createUuid().toString();
    QSet<qint64> starts;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT start_ms FROM appointments WHERE status = 'booked'"));
            while (q.next())
                starts.insert(q.value(0).toLongLong());
        }
    }
    QSqlDatabase::removeDatabase(name);
    return starts;
}

// Only the owner may read it (mode 0600): backups hold patient data.
bool isPrivate(const QString &path)
{
    const auto p = QFile::permissions(path);
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                        QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    return (p & others) == 0 && p.testFlag(QFileDevice::ReadOwner) &&
           p.testFlag(QFileDevice::WriteOwner);
}

void execOn(const QString &path, const QString &sql)
{
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
    }
    QSqlDatabase::removeDatabase(name);
}

// The helper role of this binary: hold the database open like a second Empfang would.
int holdDatabase(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString path = QString::fromLocal8Bit(argv[2]);
    auto db = Database::open(path);
    if (!db) {
        std::cout << "refused" << std::endl;
        return 1;
    }
    std::cout << "open" << std::endl;
    std::string line;
    std::getline(std::cin, line); // until the test closes our stdin
    return 0;
}

} // namespace

class TestCliBackup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void backupWhileBookingThenRestore();
    void restoreRefusedWhileAnotherProcessHasTheDatabaseOpen();
    void badRestoreInputsChangeNothing_data();
    void badRestoreInputsChangeNothing();
    void backupNeverOverwrites();
    void restoreOverACrashedDatabaseIgnoresItsOldWal();
    void checkReportsHealthyAndDamaged();

private:
    QString backupOf(const QString &name);
    QDate day(int workday) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliHarness> m_cli;
    QTemporaryDir m_config;
};

void TestCliBackup::initTestCase()
{
    // `db check` reads the per-desk backup folder from QSettings: never the developer's own.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
}

void TestCliBackup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_cli = std::make_unique<CliHarness>(m_dir->filePath(QStringLiteral("praxis.sqlite")));
    setUpPractice(*m_cli);
}

QDate TestCliBackup::day(int workday) const
{
    QDate d = futureMonday();
    for (int n = 0; n < workday; ++n) {
        d = d.addDays(1);
        while (d.dayOfWeek() > 5)
            d = d.addDays(1);
    }
    return d;
}

QString TestCliBackup::backupOf(const QString &name)
{
    const QString path = m_dir->filePath(name);
    const CliRun r =
        m_cli->run({QStringLiteral("db"), QStringLiteral("backup"), QStringLiteral("--out"), path});
    if (r.exitCode != 0)
        qWarning() << "backup failed:" << r.err;
    return path;
}

void TestCliBackup::backupWhileBookingThenRestore()
{
    // 80 bookings, one process after another, by a shell loop that logs when each ended.
    QStringList starts;
    for (int d = 0; starts.size() < 80; ++d) {
        for (int slot = 0; slot < 8; ++slot)
            starts << iso(day(d), QTime(8, 0).addSecs(slot * 30 * 60));
    }
    QProcess booker;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("EMPFANG_DB"));
    env.insert(QStringLiteral("CLI"), QStringLiteral(EMPFANG_CLI));
    env.insert(QStringLiteral("DB"), m_cli->dbPath());
    env.insert(QStringLiteral("STARTS"), starts.join(u' '));
    booker.setProcessEnvironment(env);
    booker.start(QStringLiteral("sh"),
                 {QStringLiteral("-c"),
                  QStringLiteral("for s in $STARTS; do \"$CLI\" --db \"$DB\" book --practitioner 1 "
                                 "--type 1 --start $s --patient \"Patient $s\" >/dev/null 2>&1; "
                                 "echo \"$s $? $(date +%s%3N)\"; done")});
    QVERIFY(booker.waitForStarted());

    // Let 20 bookings be confirmed, then back up while the loop goes on.
    QStringList lines;
    while (lines.size() < 20 && booker.state() == QProcess::Running) {
        booker.waitForReadyRead(10000);
        while (booker.canReadLine())
            lines << QString::fromUtf8(booker.readLine()).trimmed();
    }
    // Lines read by now are bookings confirmed before the backup began — causally, not by clock.
    const QStringList readBeforeBackup = lines;
    const QString backup = m_dir->filePath(QStringLiteral("sicherung.sqlite"));
    QElapsedTimer timer;
    timer.start();
    const CliRun b = m_cli->run(
        {QStringLiteral("db"), QStringLiteral("backup"), QStringLiteral("--out"), backup});
    const qint64 backupMs = timer.elapsed();
    const qint64 backupEnded = QDateTime::currentMSecsSinceEpoch();
    QVERIFY2(b.exitCode == 0, qPrintable(b.err));
    QVERIFY2(b.out.contains(QStringLiteral("geprüft")), qPrintable(b.out));
    QVERIFY(booker.waitForFinished(300000));
    lines += QString::fromUtf8(booker.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 80);

    QCOMPARE(integrity(backup), QStringLiteral("ok"));
    QVERIFY(isPrivate(backup));
    const QSet<qint64> inBackup = storedStarts(backup);
    int confirmedBefore = 0;
    int confirmedAfter = 0;
    int confirmedTotal = 0;
    QSet<qint64> confirmedBeforeStarts;
    for (const QString &line : std::as_const(lines)) {
        const QStringList parts = line.split(u' ');
        QCOMPARE(parts.size(), 3);
        if (parts.at(1) != QLatin1String("0"))
            continue;
        ++confirmedTotal;
        const qint64 start = QDateTime::fromString(parts.at(0), Qt::ISODate).toMSecsSinceEpoch();
        const qint64 ended = parts.at(2).toLongLong();
        if (readBeforeBackup.contains(line)) {
            ++confirmedBefore;
            QVERIFY2(
                inBackup.contains(start),
                qPrintable(QStringLiteral("confirmed before the backup but missing: ") + line));
        } else if (ended > backupEnded) {
            ++confirmedAfter;
        }
    }
    qInfo("bookings confirmed: %d (%d before the backup, %d after it); in the backup: %lld; "
          "backup took %lld ms",
          confirmedTotal, confirmedBefore, confirmedAfter, qint64(inBackup.size()), backupMs);
    QVERIFY(confirmedBefore >= 20);
    QVERIFY2(confirmedAfter > 0, "the booker must go on after the backup for this test to mean "
                                 "anything");
    QCOMPARE(storedStarts(m_cli->dbPath()).size(), confirmedTotal);

    // What the backup holds, as the CLI shows it — read from a copy, never from the backup.
    const QString copy = m_dir->filePath(QStringLiteral("kopie.sqlite"));
    QVERIFY(QFile::copy(backup, copy));
    const QStringList range{QStringLiteral("appointments"), QStringLiteral("--from"),
                            day(0).toString(Qt::ISODate), QStringLiteral("--to"),
                            day(12).toString(Qt::ISODate)};
    const CliRun expected = CliHarness(copy).json(range);
    QCOMPARE(expected.exitCode, 0);
    QCOMPARE(expected.json().array().size(), inBackup.size());

    const CliRun r = m_cli->run({QStringLiteral("db"), QStringLiteral("restore"),
                                 QStringLiteral("--from"), backup, QStringLiteral("--yes")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const CliRun after = m_cli->json(range);
    QCOMPARE(after.exitCode, 0);
    QCOMPARE(after.out, expected.out);
    QCOMPARE(integrity(m_cli->dbPath()), QStringLiteral("ok"));

    // The replaced database is kept, with every confirmed booking.
    const QStringList kept =
        QDir(m_dir->path())
            .entryList({QStringLiteral("praxis.sqlite.before-restore-*")}, QDir::Files);
    QCOMPARE(kept.size(), 1);
    QVERIFY2(r.out.contains(kept.first()), qPrintable(r.out));
    QCOMPARE(storedStarts(m_dir->filePath(kept.first())).size(), confirmedTotal);
    QVERIFY(isPrivate(m_dir->filePath(kept.first())));

    // And the restored database is a normal one: booking goes on.
    const CliRun book =
        m_cli->run({QStringLiteral("book"), QStringLiteral("--practitioner"), QStringLiteral("1"),
                    QStringLiteral("--type"), QStringLiteral("1"), QStringLiteral("--start"),
                    iso(day(11), QTime(9, 0)), QStringLiteral("--patient"),
                    QStringLiteral("Nach der Wiederherstellung")});
    QVERIFY2(book.exitCode == 0, qPrintable(book.err));
}

void TestCliBackup::restoreRefusedWhileAnotherProcessHasTheDatabaseOpen()
{
    const QString backup = backupOf(QStringLiteral("sicherung.sqlite"));
    QVERIFY(QFileInfo::exists(backup));
    QProcess holder;
    holder.start(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("--hold-db"), m_cli->dbPath()});
    QVERIFY(holder.waitForReadyRead(30000));
    QCOMPARE(holder.readLine().trimmed(), QByteArray("open"));
    const QString before = m_cli->dump();
    const QByteArray bytes = fileHash(m_cli->dbPath());

    const CliRun r = m_cli->run({QStringLiteral("db"), QStringLiteral("restore"),
                                 QStringLiteral("--from"), backup, QStringLiteral("--yes")});
    QCOMPARE(r.exitCode, 1);
    verifyMessage(r);
    QVERIFY2(r.err.contains(QStringLiteral("noch in einem anderen Empfang-Fenster")),
             qPrintable(r.err));
    QCOMPARE(fileHash(m_cli->dbPath()), bytes);
    QCOMPARE(m_cli->dump(), before);
    QVERIFY(
        QDir(m_dir->path()).entryList({QStringLiteral("*before-restore*")}, QDir::Files).isEmpty());

    holder.closeWriteChannel();
    QVERIFY(holder.waitForFinished(30000));
    const CliRun again = m_cli->run({QStringLiteral("db"), QStringLiteral("restore"),
                                     QStringLiteral("--from"), backup, QStringLiteral("--yes")});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
}

void TestCliBackup::badRestoreInputsChangeNothing_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing file") << "missing" << 1 << "gibt es nicht";
    QTest::newRow("not SQLite") << "text" << 1 << "keine SQLite-Datenbankdatei";
    QTest::newRow("another program's SQLite") << "foreign" << 1 << "eines anderen Programms";
    QTest::newRow("damaged backup") << "damaged" << 1 << "ist beschädigt";
    QTest::newRow("newer schema") << "newer" << 1 << "neueren Version von Empfang";
    QTest::newRow("no --yes") << "noyes" << 2 << "--yes";
}

void TestCliBackup::badRestoreInputsChangeNothing()
{
    QFETCH(QString, kind);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    // A booking after the backup: a restore that went through anyway would lose it.
    const QString backup = backupOf(QStringLiteral("gut.sqlite"));
    QVERIFY(QFileInfo::exists(backup));
    const CliRun booked = m_cli->run(
        {QStringLiteral("book"), QStringLiteral("--practitioner"), QStringLiteral("1"),
         QStringLiteral("--type"), QStringLiteral("1"), QStringLiteral("--start"),
         iso(day(1), QTime(9, 0)), QStringLiteral("--patient"), QStringLiteral("Erika Muster")});
    QCOMPARE(booked.exitCode, 0);

    QString source = m_dir->filePath(QStringLiteral("quelle.sqlite"));
    if (kind == QLatin1String("text")) {
        QFile f(source);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Termine 2026\nMo 9:00 Erika Muster\n");
    } else if (kind == QLatin1String("foreign")) {
        execOn(source, QStringLiteral("CREATE TABLE rezepte (id INTEGER PRIMARY KEY)"));
    } else if (kind == QLatin1String("damaged")) {
        QVERIFY(QFile::copy(backup, source));
        QFile f(source);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 pageSize = 4096;
        QVERIFY(f.size() > 3 * pageSize);
        f.seek(pageSize); // page 1 (the schema) stays readable, every table page is garbage
        f.write(QByteArray(int(f.size() - pageSize), char(0x55)));
    } else if (kind == QLatin1String("newer")) {
        QVERIFY(QFile::copy(backup, source));
        QFile::setPermissions(source, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        execOn(source, QStringLiteral("UPDATE schema_version SET version = %1")
                           .arg(Database::latestVersion() + 1));
    } else if (kind == QLatin1String("noyes")) {
        source = backup;
    }
    if (QTest::currentTestFailed())
        return;

    const QString before = m_cli->dump();
    const QByteArray bytes = fileHash(m_cli->dbPath());
    const QStringList files = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
    QStringList args{QStringLiteral("db"), QStringLiteral("restore"), QStringLiteral("--from"),
                     source};
    if (kind != QLatin1String("noyes"))
        args << QStringLiteral("--yes");
    const CliRun r = m_cli->run(args);
    QCOMPARE(r.exitCode, exitCode);
    verifyMessage(r);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(fileHash(m_cli->dbPath()), bytes);
    QCOMPARE(m_cli->dump(), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), files);
}

void TestCliBackup::backupNeverOverwrites()
{
    const QString target = m_dir->filePath(QStringLiteral("wichtig.txt"));
    {
        QFile f(target);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("nicht überschreiben");
    }
    const QByteArray bytes = fileHash(target);
    const CliRun r = m_cli->run(
        {QStringLiteral("db"), QStringLiteral("backup"), QStringLiteral("--out"), target});
    QCOMPARE(r.exitCode, 1);
    verifyMessage(r);
    QVERIFY2(r.err.contains(QStringLiteral("gibt es schon")), qPrintable(r.err));
    QCOMPARE(fileHash(target), bytes);

    const CliRun noFolder =
        m_cli->run({QStringLiteral("db"), QStringLiteral("backup"), QStringLiteral("--out"),
                    m_dir->filePath(QStringLiteral("fehlt/s.sqlite"))});
    QCOMPARE(noFolder.exitCode, 1);
    QVERIFY2(noFolder.err.contains(QStringLiteral("Ordner")), qPrintable(noFolder.err));

    // No database at the path: nothing to back up, and no empty database is created.
    CliHarness none(m_dir->filePath(QStringLiteral("gibtsnicht.sqlite")));
    const CliRun missing =
        none.run({QStringLiteral("db"), QStringLiteral("backup"), QStringLiteral("--out"),
                  m_dir->filePath(QStringLiteral("x.sqlite"))});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(QStringLiteral("gibt es nicht")), qPrintable(missing.err));
    QVERIFY(!QFileInfo::exists(none.dbPath()));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("x.sqlite"))));
}

void TestCliBackup::restoreOverACrashedDatabaseIgnoresItsOldWal()
{
    // A crash leaves writes in the -wal that are not yet in the main file. Renaming a backup
    // over the main file would let SQLite apply that old -wal to the backup's pages; restoring
    // through SQLite must give exactly the backup.
    const QString backup = backupOf(QStringLiteral("sicherung.sqlite"));
    QVERIFY(QFileInfo::exists(backup));
    const QString crashed = m_dir->filePath(QStringLiteral("abgestuerzt.sqlite"));
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_cli->dbPath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        QVERIFY(q.exec(QStringLiteral("UPDATE practitioners SET name = 'Nach der Sicherung'")));
        QVERIFY(QFileInfo(m_cli->dbPath() + QStringLiteral("-wal")).size() > 0);
        // Copying the files while the connection is open is exactly the image a crash leaves.
        QVERIFY(QFile::copy(m_cli->dbPath(), crashed));
        QVERIFY(QFile::copy(m_cli->dbPath() + QStringLiteral("-wal"),
                            crashed + QStringLiteral("-wal")));
    }
    QSqlDatabase::removeDatabase(name);
    CliHarness cli(crashed);
    const QStringList list{QStringLiteral("practitioner"), QStringLiteral("list")};
    const CliRun restored = cli.run({QStringLiteral("db"), QStringLiteral("restore"),
                                     QStringLiteral("--from"), backup, QStringLiteral("--yes")});
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
    const CliRun after = cli.json(list);
    QCOMPARE(after.exitCode, 0);
    QVERIFY2(after.out.contains(QStringLiteral("Dr. Anna Berg")), qPrintable(after.out));
    QVERIFY2(!after.out.contains(QStringLiteral("Nach der Sicherung")), qPrintable(after.out));
    QCOMPARE(integrity(crashed), QStringLiteral("ok"));
    // The kept copy has the crashed state, including what only its -wal held.
    const QStringList kept =
        QDir(m_dir->path())
            .entryList({QStringLiteral("abgestuerzt.sqlite.before-restore-*")}, QDir::Files);
    QCOMPARE(kept.size(), 1);
    const CliRun old = CliHarness(m_dir->filePath(kept.first())).json(list);
    QVERIFY2(old.out.contains(QStringLiteral("Nach der Sicherung")), qPrintable(old.out));
}

void TestCliBackup::checkReportsHealthyAndDamaged()
{
    const CliRun healthy = m_cli->run({QStringLiteral("db"), QStringLiteral("check")});
    QVERIFY2(healthy.exitCode == 0, qPrintable(healthy.err));
    QVERIFY2(healthy.out.contains(QStringLiteral("Integritätsprüfung: in Ordnung")),
             qPrintable(healthy.out));
    QVERIFY2(
        healthy.out.contains(QStringLiteral("Schema-Version: %1").arg(Database::latestVersion())),
        qPrintable(healthy.out));
    QVERIFY2(healthy.out.contains(QStringLiteral("Behandelnde: 1")), qPrintable(healthy.out));
    QVERIFY2(healthy.out.contains(QStringLiteral("keine gefunden")), qPrintable(healthy.out));

    // The last automatic backup is found in the default folder beside the database.
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("Datensicherung")));
    const QString automatic =
        m_dir->filePath(QStringLiteral("Datensicherung/praxis-sicherung-20261130-181500.sqlite"));
    QCOMPARE(m_cli
                 ->run({QStringLiteral("db"), QStringLiteral("backup"), QStringLiteral("--out"),
                        automatic})
                 .exitCode,
             0);
    const CliRun withBackup = m_cli->json({QStringLiteral("db"), QStringLiteral("check")});
    QCOMPARE(withBackup.exitCode, 0);
    const QJsonObject o = withBackup.json().object();
    QCOMPARE(o.value(QStringLiteral("healthy")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("lastBackup")).toString(),
             QStringLiteral("2026-11-30T18:15:00"));

    // A damaged database: exit 1, a German report, and not one byte changed.
    QFile f(m_cli->dbPath());
    QVERIFY(f.open(QIODevice::ReadWrite));
    f.seek(4096);
    f.write(QByteArray(int(f.size() - 4096), char(0x55)));
    f.close();
    const QByteArray bytes = fileHash(m_cli->dbPath());
    const CliRun damaged = m_cli->run({QStringLiteral("db"), QStringLiteral("check")});
    QCOMPARE(damaged.exitCode, 1);
    QVERIFY2(damaged.out.contains(QStringLiteral("BESCHÄDIGT")), qPrintable(damaged.out));
    QVERIFY2(damaged.out.contains(QStringLiteral("db restore")), qPrintable(damaged.out));
    for (const char *noise : {"SQLITE_", "malformed", "Page "})
        QVERIFY2(!damaged.out.contains(QLatin1String(noise)), qPrintable(damaged.out));
    QCOMPARE(fileHash(m_cli->dbPath()), bytes);

    // ... and the restore of the good backup repairs it.
    const CliRun restored =
        m_cli->run({QStringLiteral("db"), QStringLiteral("restore"), QStringLiteral("--from"),
                    automatic, QStringLiteral("--yes")});
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
    QCOMPARE(m_cli->run({QStringLiteral("db"), QStringLiteral("check")}).exitCode, 0);
}

int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], "--hold-db") == 0)
        return holdDatabase(argc, argv);
    QCoreApplication app(argc, argv);
    TestCliBackup test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_cli_backup.moc"
