// The database file holds patient data: it must be private, survive upgrades, and never be
// touched when it is not ours to change (newer schema, damage, another program's file).
#include "storage/bookkeeping_transaction.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <sys/stat.h>

using namespace empfang;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

int unixMode(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

bool exec(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    const bool ok = q.exec(sql);
    if (!ok)
        qWarning() << sql << q.lastError().text();
    return ok;
}

// The folder lists files beside the database (-wal, -shm, -journal) so a test can prove that
// a refused open left nothing behind.
QStringList siblings(const QString &path)
{
    const QFileInfo info(path);
    QStringList out = info.dir().entryList({info.fileName() + QStringLiteral("*")}, QDir::Files);
    out.removeAll(info.fileName());
    return out;
}

// Writes a SQLite file with a plain connection, not through Database.
void writeForeignSqlite(const QString &path, const QStringList &statements)
{
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &s : statements)
            QVERIFY2(q.exec(s), qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void newFileIsPrivateAndInWalModeWithForeignKeys();
    void missingFolderIsCreated();
    void emptyFileIsMigratedToTheLatestSchema();
    void reopeningKeepsDataAndVersion();
    void everyOlderVersionMigratesAndKeepsData_data();
    void everyOlderVersionMigratesAndKeepsData();
    void newerSchemaIsRefusedAndLeftByteIdentical();
    void newerSchemaAfterACrashIsLeftUntouchedToo();
    void corruptFilesAreRefusedAndUntouched_data();
    void corruptFilesAreRefusedAndUntouched();
    void foreignSqliteDatabaseIsRefused();
    void folderInsteadOfFileIsRefused();

    void nestedTransactionsCommitTogether();
    void innerRollbackRollsBackTheWholeTransaction();
    void writeTransactionRollsBackWhenNotCommitted();
    void secondDeskSeesWhatTheFirstCommitted();
    void bookkeepingDoesNotWeakenOtherWrites();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("empfang.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDatabase::newFileIsPrivateAndInWalModeWithForeignKeys()
{
    auto db = Database::open(path());
    QVERIFY2(db, qPrintable(db.error()));
    QCOMPARE(unixMode(path()), 0600);
    QCOMPARE(scalar(*db.value(), QStringLiteral("PRAGMA journal_mode")).toString(),
             QStringLiteral("wal"));
    QCOMPARE(scalar(*db.value(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    // Foreign keys are not only switched on but enforced: hours for nobody are refused.
    QVERIFY(!exec(*db.value(), QStringLiteral("INSERT INTO working_hours (practitioner_id, "
                                              "weekday, from_minute, to_minute) "
                                              "VALUES (999, 1, 480, 720)")));
    // The WAL file carries the same data and must be just as private.
    QVERIFY(exec(*db.value(), QStringLiteral("INSERT INTO settings (key, value) "
                                             "VALUES ('x', 'y')")));
    QVERIFY(QFile::exists(path() + QStringLiteral("-wal")));
    QCOMPARE(unixMode(path() + QStringLiteral("-wal")), 0600);
}

void TestDatabase::missingFolderIsCreated()
{
    const QString nested = m_dir->filePath(QStringLiteral("a/b/empfang.sqlite"));
    auto db = Database::open(nested);
    QVERIFY2(db, qPrintable(db.error()));
    QVERIFY(QFile::exists(nested));
    QCOMPARE(unixMode(nested), 0600);
}

void TestDatabase::emptyFileIsMigratedToTheLatestSchema()
{
    QFile empty(path());
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    auto db = Database::open(path());
    QVERIFY2(db, qPrintable(db.error()));
    QVERIFY(Database::latestVersion() >= 1);
    QCOMPARE(db.value()->schemaVersion(), Database::latestVersion());
    for (const char *table :
         {"settings", "practitioners", "appointment_types", "practitioner_types", "working_hours",
          "absences", "patients", "appointments"}) {
        QVERIFY2(
            exec(*db.value(), QStringLiteral("SELECT COUNT(*) FROM ") + QString::fromLatin1(table)),
            table);
    }
}

void TestDatabase::reopeningKeepsDataAndVersion()
{
    {
        auto db = Database::open(path());
        QVERIFY(db);
        QVERIFY(exec(*db.value(), QStringLiteral("INSERT INTO practitioners (name, created_ms) "
                                                 "VALUES ('Dr. Weber', 1)")));
    }
    auto again = Database::open(path());
    QVERIFY2(again, qPrintable(again.error()));
    QCOMPARE(again.value()->schemaVersion(), Database::latestVersion());
    QCOMPARE(scalar(*again.value(), QStringLiteral("SELECT name FROM practitioners")).toString(),
             QStringLiteral("Dr. Weber"));
}

void TestDatabase::everyOlderVersionMigratesAndKeepsData_data()
{
    QTest::addColumn<int>("version");
    for (int v = 0; v < Database::latestVersion(); ++v)
        QTest::newRow(qPrintable(QStringLiteral("from v%1").arg(v))) << v;
}

void TestDatabase::everyOlderVersionMigratesAndKeepsData()
{
    QFETCH(int, version);
    {
        auto old = Database::openAtVersion(path(), version);
        QVERIFY2(old, qPrintable(old.error()));
        QCOMPARE(old.value()->schemaVersion(), version);
        if (version >= 1) {
            // The booking core's tables exist since v1; fill every one of them.
            Database &d = *old.value();
            QVERIFY(exec(d, QStringLiteral("INSERT INTO practitioners (id, name, created_ms) "
                                           "VALUES (7, 'Dr. Weber', 1)")));
            QVERIFY(exec(d, QStringLiteral("INSERT INTO appointment_types (id, name, minutes) "
                                           "VALUES (3, 'Krankengymnastik', 30)")));
            QVERIFY(exec(d, QStringLiteral("INSERT INTO practitioner_types (practitioner_id, "
                                           "type_id, minutes) VALUES (7, 3, 45)")));
            QVERIFY(exec(d, QStringLiteral("INSERT INTO working_hours (practitioner_id, weekday, "
                                           "from_minute, to_minute) VALUES (7, 1, 480, 720)")));
            QVERIFY(exec(d, QStringLiteral("INSERT INTO absences (practitioner_id, start_ms, "
                                           "end_ms) VALUES (7, 1000, 2000)")));
            QVERIFY(exec(d, QStringLiteral("INSERT INTO patients (id, name, created_ms, "
                                           "updated_ms) VALUES (5, 'Erika Muster', 1, 1)")));
            QVERIFY(exec(d, QStringLiteral("INSERT INTO appointments (practitioner_id, type_id, "
                                           "patient_id, start_ms, end_ms, created_ms, "
                                           "updated_ms) VALUES (7, 3, 5, 1000, 2000, 1, 1)")));
        }
    }
    auto db = Database::open(path());
    QVERIFY2(db, qPrintable(db.error()));
    QCOMPARE(db.value()->schemaVersion(), Database::latestVersion());
    if (version >= 1) {
        Database &d = *db.value();
        QCOMPARE(scalar(d, QStringLiteral("SELECT name FROM practitioners WHERE id = 7")),
                 QVariant(QStringLiteral("Dr. Weber")));
        QCOMPARE(scalar(d, QStringLiteral("SELECT minutes FROM practitioner_types")).toInt(), 45);
        QCOMPARE(scalar(d, QStringLiteral("SELECT COUNT(*) FROM working_hours")).toInt(), 1);
        QCOMPARE(scalar(d, QStringLiteral("SELECT COUNT(*) FROM absences")).toInt(), 1);
        QCOMPARE(scalar(d, QStringLiteral("SELECT name FROM patients")),
                 QVariant(QStringLiteral("Erika Muster")));
        QCOMPARE(scalar(d, QStringLiteral("SELECT status FROM appointments")),
                 QVariant(QStringLiteral("booked")));
    }
}

void TestDatabase::newerSchemaIsRefusedAndLeftByteIdentical()
{
    const int newer = Database::latestVersion() + 1;
    {
        auto db = Database::open(path());
        QVERIFY(db);
        QVERIFY(
            exec(*db.value(), QStringLiteral("UPDATE schema_version SET version = %1").arg(newer)));
    }
    QCOMPARE(siblings(path()), QStringList()); // a clean close folds the WAL back
    const QByteArray before = fileHash(path());

    auto refused = Database::open(path());
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QString::number(newer)), qPrintable(refused.error()));
    QCOMPARE(fileHash(path()), before);
    QCOMPARE(siblings(path()), QStringList());
}

void TestDatabase::newerSchemaAfterACrashIsLeftUntouchedToo()
{
    // A newer Empfang that crashed leaves its last writes in the -wal file. Checkpointing them
    // into the main file on our way out would change a file we promised not to touch.
    const QString crashed = m_dir->filePath(QStringLiteral("crashed.sqlite"));
    {
        auto db = Database::open(path());
        QVERIFY(db);
        QVERIFY(exec(*db.value(), QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        QVERIFY(exec(*db.value(), QStringLiteral("UPDATE schema_version SET version = %1")
                                      .arg(Database::latestVersion() + 1)));
        QVERIFY(QFileInfo(path() + QStringLiteral("-wal")).size() > 0);
        // Copying the files while the connection is open is exactly the image a crash leaves.
        QVERIFY(QFile::copy(path(), crashed));
        QVERIFY(QFile::copy(path() + QStringLiteral("-wal"), crashed + QStringLiteral("-wal")));
    }
    const QByteArray mainBefore = fileHash(crashed);
    const QByteArray walBefore = fileHash(crashed + QStringLiteral("-wal"));

    auto refused = Database::open(crashed);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QString::number(Database::latestVersion() + 1)),
             qPrintable(refused.error()));
    QCOMPARE(fileHash(crashed), mainBefore);
    QCOMPARE(fileHash(crashed + QStringLiteral("-wal")), walBefore);
}

void TestDatabase::corruptFilesAreRefusedAndUntouched_data()
{
    QTest::addColumn<QByteArray>("content");
    QRandomGenerator rng(42);
    QByteArray random(8192, '\0');
    for (char &c : random)
        c = char(rng.bounded(256));
    QTest::newRow("random bytes") << random;
    QTest::newRow("SQLite header, then garbage")
        << QByteArray("SQLite format 3", 16) + random.left(4096 - 16);
    QTest::newRow("a few bytes of text") << QByteArray("hello");
    QTest::newRow("half a SQLite header") << QByteArray("SQLite f");
}

void TestDatabase::corruptFilesAreRefusedAndUntouched()
{
    QFETCH(QByteArray, content);
    QFile f(path());
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    const QByteArray before = fileHash(path());

    auto refused = Database::open(path());
    QVERIFY(!refused);
    QVERIFY(refused.error().contains(path()));
    QCOMPARE(fileHash(path()), before);
    QCOMPARE(siblings(path()), QStringList());
}

void TestDatabase::foreignSqliteDatabaseIsRefused()
{
    writeForeignSqlite(path(), {QStringLiteral("CREATE TABLE contacts (id INTEGER, name TEXT)"),
                                QStringLiteral("INSERT INTO contacts VALUES (1, 'x')")});
    const QByteArray before = fileHash(path());
    auto refused = Database::open(path());
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(path()), qPrintable(refused.error()));
    QCOMPARE(fileHash(path()), before);
    QCOMPARE(siblings(path()), QStringList());
}

void TestDatabase::folderInsteadOfFileIsRefused()
{
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("empfang.sqlite")));
    QVERIFY(!Database::open(path()));
    QVERIFY(!Database::open(QString()));
}

void TestDatabase::nestedTransactionsCommitTogether()
{
    auto db = Database::open(path());
    QVERIFY(db);
    Database &d = *db.value();
    QVERIFY(d.beginWrite());
    QVERIFY(exec(d, QStringLiteral("INSERT INTO settings VALUES ('a', '1')")));
    QVERIFY(d.beginWrite());
    QVERIFY(exec(d, QStringLiteral("INSERT INTO settings VALUES ('b', '2')")));
    QVERIFY(d.commit());
    QVERIFY(d.commit());
    QCOMPARE(scalar(d, QStringLiteral("SELECT COUNT(*) FROM settings")).toInt(), 2);
    QVERIFY(!d.commit()); // nothing open any more
}

void TestDatabase::innerRollbackRollsBackTheWholeTransaction()
{
    auto db = Database::open(path());
    QVERIFY(db);
    Database &d = *db.value();
    QVERIFY(d.beginWrite());
    QVERIFY(exec(d, QStringLiteral("INSERT INTO settings VALUES ('a', '1')")));
    QVERIFY(d.beginWrite());
    QVERIFY(exec(d, QStringLiteral("INSERT INTO settings VALUES ('b', '2')")));
    d.rollback();
    // The outer part cannot commit half of a failed whole.
    QVERIFY(!d.commit());
    QCOMPARE(scalar(d, QStringLiteral("SELECT COUNT(*) FROM settings")).toInt(), 0);

    // The next transaction starts clean.
    QVERIFY(d.beginWrite());
    QVERIFY(exec(d, QStringLiteral("INSERT INTO settings VALUES ('c', '3')")));
    QVERIFY(d.commit());
    QCOMPARE(scalar(d, QStringLiteral("SELECT COUNT(*) FROM settings")).toInt(), 1);
}

void TestDatabase::writeTransactionRollsBackWhenNotCommitted()
{
    auto db = Database::open(path());
    QVERIFY(db);
    Database &d = *db.value();
    {
        WriteTransaction outer(d);
        QVERIFY(outer.started());
        {
            WriteTransaction inner(d);
            QVERIFY(exec(d, QStringLiteral("INSERT INTO settings VALUES ('a', '1')")));
            QVERIFY(inner.commit());
        }
        // outer leaves scope without commit
    }
    QCOMPARE(scalar(d, QStringLiteral("SELECT COUNT(*) FROM settings")).toInt(), 0);
    {
        WriteTransaction tx(d);
        QVERIFY(exec(d, QStringLiteral("INSERT INTO settings VALUES ('a', '1')")));
        QVERIFY(tx.commit());
        QVERIFY(!tx.commit());
    }
    QCOMPARE(scalar(d, QStringLiteral("SELECT COUNT(*) FROM settings")).toInt(), 1);
}

void TestDatabase::secondDeskSeesWhatTheFirstCommitted()
{
    auto desk1 = Database::open(path());
    auto desk2 = Database::open(path());
    QVERIFY(desk1 && desk2);
    QVERIFY(desk1.value()->beginWrite());
    QVERIFY(exec(*desk1.value(), QStringLiteral("INSERT INTO settings VALUES ('a', '1')")));
    QVERIFY(desk1.value()->commit());
    QVERIFY(desk2.value()->beginWrite());
    QCOMPARE(scalar(*desk2.value(), QStringLiteral("SELECT value FROM settings WHERE key = 'a'")),
             QVariant(QStringLiteral("1")));
    QVERIFY(desk2.value()->commit());
}

void TestDatabase::bookkeepingDoesNotWeakenOtherWrites()
{
    // Sync bookkeeping commits without an fsync (synchronous = NORMAL) — only for itself:
    // before and after it, and inside a booking's transaction, the connection stays FULL.
    auto db = Database::open(path());
    QVERIFY(db);
    Database &d = *db.value();
    const auto level = [&] { return scalar(d, QStringLiteral("PRAGMA synchronous")).toInt(); };
    QCOMPARE(level(), 2); // FULL
    {
        BookkeepingTransaction tx(d);
        QVERIFY(tx.started());
        QCOMPARE(level(), 1); // NORMAL
        QVERIFY(exec(d, QStringLiteral("INSERT INTO settings VALUES ('a', '1')")));
        QVERIFY(tx.commit());
        QCOMPARE(level(), 2);
    }
    QCOMPARE(level(), 2);
    {
        BookkeepingTransaction tx(d);
        QVERIFY(exec(d, QStringLiteral("INSERT INTO settings VALUES ('b', '2')")));
    } // not committed: rolled back, and FULL again
    QCOMPARE(level(), 2);
    {
        WriteTransaction booking(d);
        BookkeepingTransaction tx(d); // joins the booking: its durability counts
        QCOMPARE(level(), 2);
        QVERIFY(exec(d, QStringLiteral("INSERT INTO settings VALUES ('c', '3')")));
        QVERIFY(tx.commit());
        QVERIFY(booking.commit());
    }
    QCOMPARE(level(), 2);
    QCOMPARE(
        scalar(d, QStringLiteral("SELECT group_concat(key) FROM settings ORDER BY key")).toString(),
        QStringLiteral("a,c"));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
