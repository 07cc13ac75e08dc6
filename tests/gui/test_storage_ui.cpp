// The reception window on a damaged database: it opens (the grid stays readable), the
// background integrity check finds the damage, a red bar says "Buchen gesperrt" with the way to
// the backup, bookings are refused, and the file is not changed by a single byte.
#include "gui_fixture.h"
#include "localization.h"
#include "main_window.h"
#include "storage/integrity_check.h"
#include "storage_notice_bar.h"

#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace empfang;
using namespace empfang::test;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
               : QByteArray();
}

} // namespace

class TestStorageUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { installTranslations(*QCoreApplication::instance()); }
    void healthyDatabaseShowsNoBar();
    void damagedDatabaseLocksBooking();
};

void TestStorageUi::healthyDatabaseShowsNoBar()
{
    GuiFixture t;
    MainWindow window(*t.services);
    auto *bar = window.findChild<StorageNoticeBar *>(QStringLiteral("storageNoticeBar"));
    QVERIFY(bar);
    QSignalSpy finished(bar, &StorageNoticeBar::checkFinished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY(bar->isHidden());
    QVERIFY(!t.db->isDamaged());
}

void TestStorageUi::damagedDatabaseLocksBooking()
{
    GuiFixture t;
    for (int hour : {8, 9, 10}) {
        BookingRequest request;
        request.practitionerId = t.practitionerId;
        request.typeId = t.typeId;
        request.startMs = GuiFixture::at(hour);
        request.newPatientName = QStringLiteral("Erika Muster");
        QVERIFY(t.booking->book(request));
    }
    qint64 root = 0;
    qint64 pageSize = 0;
    {
        QSqlQuery q(t.db->connection());
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT rootpage FROM sqlite_master WHERE name = 'appointments'")) &&
                q.next());
        root = q.value(0).toLongLong();
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
        pageSize = q.value(0).toLongLong();
    }
    t.services.reset();
    t.db.reset(); // closed: SQLite folds the WAL into the file
    {
        QFile f(t.path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek((root - 1) * pageSize));
        QCOMPARE(f.write(QByteArray(int(pageSize), '\x5a')), pageSize);
    }
    const QByteArray before = fileHash(t.path);

    auto opened = Database::open(t.path);
    QVERIFY2(opened, qPrintable(opened.error())); // the schema is intact: the window opens
    Database &db = *opened.value();
    {
        AppServices services(db, t.clock);
        BookingService &booking = services.booking();
        MainWindow window(services);
        window.show();
        auto *bar = window.findChild<StorageNoticeBar *>(QStringLiteral("storageNoticeBar"));
        QVERIFY(bar);
        QSignalSpy finished(bar, &StorageNoticeBar::checkFinished);
        QVERIFY(bar->checked() || finished.wait(10000));
        QVERIFY(bar->isVisible());
        auto *notice = bar->findChild<QLabel *>(QStringLiteral("storageNotice"));
        QVERIFY(notice);
        QVERIFY2(notice->text().contains(QStringLiteral("beschädigt")), qPrintable(notice->text()));
        QVERIFY2(notice->text().contains(QLatin1String("Buchen gesperrt")),
                 qPrintable(notice->text()));

        BookingRequest request;
        request.practitionerId = t.practitionerId;
        request.typeId = t.typeId;
        request.startMs = GuiFixture::at(11);
        request.newPatientName = QStringLiteral("Max Neu");
        auto refused = booking.book(request);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QLatin1String("Datensicherung")),
                 qPrintable(refused.error()));
    }
    opened = Result<std::shared_ptr<Database>>::failure(QString()); // close it
    QCOMPARE(fileHash(t.path), before);
}

QTEST_MAIN(TestStorageUi)
#include "test_storage_ui.moc"
