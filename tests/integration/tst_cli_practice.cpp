// empfang-cli for the practice's contact details and the printed documents that use them
// (issue 15): `practice set/show` as separate processes on one file, the appointment card in its
// small format with address and phone, and `print day` without --practitioner. PDFs are read
// back with pdftotext / pdfinfo, as a person would read the paper.
#include "cli_harness.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace empfang::test;

namespace {

QString poppler(const QString &tool, const QString &path)
{
    QProcess p;
    p.start(tool, tool == QLatin1String("pdftotext")
                      ? QStringList{QStringLiteral("-layout"), path, QStringLiteral("-")}
                      : QStringList{path});
    if (!p.waitForFinished(30000))
        return QStringLiteral("<%1 failed>").arg(tool);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// "Page size:       297.638 x 419.528 pts (A6)" (or rounded) → millimetres.
QSizeF pageSizeMm(const QString &pdfinfo)
{
    const auto m = QRegularExpression(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+) pts"))
                       .match(pdfinfo);
    if (!m.hasMatch())
        return {};
    return QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble()) * 25.4 / 72.0;
}

bool near(const QSizeF &size, double width, double height)
{
    return std::abs(size.width() - width) < 1.0 && std::abs(size.height() - height) < 1.0;
}

} // namespace

class TestCliPractice : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void practiceSetAndShowAcrossProcesses();
    void practiceSetRefusesBadInputAndChangesNothing();
    void cardCarriesContactInTheChosenFormat();
    void printDayWithoutPractitionerPrintsEveryone();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CliHarness> cli;
    QDate monday;

    void book(const QString &practitioner, const QString &time, const QString &patient)
    {
        auto r = cli->run({QStringLiteral("book"), QStringLiteral("--practitioner"), practitioner,
                           QStringLiteral("--type"), QStringLiteral("1"), QStringLiteral("--start"),
                           monday.toString(Qt::ISODate) + u'T' + time, QStringLiteral("--patient"),
                           patient});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
};

void TestCliPractice::initTestCase()
{
    for (const char *tool : {"pdftotext", "pdfinfo"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            QFAIL("poppler-utils are missing: run packaging/install-deps.sh");
    }
}

void TestCliPractice::init()
{
    static int n = 0;
    cli = std::make_unique<CliHarness>(m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++n)));
    monday = futureMonday();
    setUpPractice(*cli);
}

void TestCliPractice::practiceSetAndShowAcrossProcesses()
{
    auto set = cli->run({QStringLiteral("practice"), QStringLiteral("set"),
                         QStringLiteral("--name"), QStringLiteral("Physio am Markt"),
                         QStringLiteral("--address"), QStringLiteral("Marktplatz 3, 04109 Leipzig"),
                         QStringLiteral("--phone"), QStringLiteral("0341 123456"),
                         QStringLiteral("--email"), QStringLiteral("termine@physio-markt.de"),
                         QStringLiteral("--website"), QStringLiteral("www.physio-markt.de"),
                         QStringLiteral("--card-format"), QStringLiteral("card")});
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    // A second process reads what the first stored.
    auto shown = cli->json({QStringLiteral("practice"), QStringLiteral("show")});
    QCOMPARE(shown.exitCode, 0);
    const QJsonObject o = shown.json().object();
    QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("Physio am Markt"));
    QCOMPARE(o.value(QStringLiteral("address")).toString(),
             QStringLiteral("Marktplatz 3, 04109 Leipzig"));
    QCOMPARE(o.value(QStringLiteral("phone")).toString(), QStringLiteral("0341 123456"));
    QCOMPARE(o.value(QStringLiteral("email")).toString(),
             QStringLiteral("termine@physio-markt.de"));
    QCOMPARE(o.value(QStringLiteral("website")).toString(), QStringLiteral("www.physio-markt.de"));
    QCOMPARE(o.value(QStringLiteral("cardFormat")).toString(), QStringLiteral("card"));

    // Only the phone changes; the rest stays as it was.
    QCOMPARE(cli->run({QStringLiteral("practice"), QStringLiteral("set"), QStringLiteral("--phone"),
                       QStringLiteral("0341 999")})
                 .exitCode,
             0);
    auto text = cli->run({QStringLiteral("practice"), QStringLiteral("show")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(QStringLiteral("0341 999")), qPrintable(text.out));
    QVERIFY2(text.out.contains(QStringLiteral("Marktplatz 3, 04109 Leipzig")),
             qPrintable(text.out));
    QVERIFY2(text.out.contains(QStringLiteral("Visitenkarte")), qPrintable(text.out));
}

void TestCliPractice::practiceSetRefusesBadInputAndChangesNothing()
{
    const QString before = cli->dump();
    auto badMail = cli->run({QStringLiteral("practice"), QStringLiteral("set"),
                             QStringLiteral("--name"), QStringLiteral("Neuer Name"),
                             QStringLiteral("--email"), QStringLiteral("keine-adresse")});
    QCOMPARE(badMail.exitCode, 1);
    QVERIFY2(badMail.err.contains(QStringLiteral("keine-adresse")), qPrintable(badMail.err));
    verifyMessage(badMail);
    QCOMPARE(cli->dump(), before); // not even the valid name was stored

    auto badFormat = cli->run({QStringLiteral("practice"), QStringLiteral("set"),
                               QStringLiteral("--card-format"), QStringLiteral("a3")});
    QCOMPARE(badFormat.exitCode, 2);
    auto nothing = cli->run({QStringLiteral("practice"), QStringLiteral("set")});
    QCOMPARE(nothing.exitCode, 2);
    QCOMPARE(cli->dump(), before);
}

void TestCliPractice::cardCarriesContactInTheChosenFormat()
{
    book(QStringLiteral("1"), QStringLiteral("09:00"), QStringLiteral("Sophie Wagner"));
    QCOMPARE(cli->run({QStringLiteral("practice"), QStringLiteral("set"),
                       QStringLiteral("--address"), QStringLiteral("Marktplatz 3, 04109 Leipzig"),
                       QStringLiteral("--phone"), QStringLiteral("0341 123456")})
                 .exitCode,
             0);
    const QString pdf = m_dir.filePath(QStringLiteral("card.pdf"));
    const QStringList print = {QStringLiteral("print"),     QStringLiteral("card"),
                               QStringLiteral("--patient"), QStringLiteral("1"),
                               QStringLiteral("--out"),     pdf};
    auto r = cli->run(print);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QString text = poppler(QStringLiteral("pdftotext"), pdf).simplified();
    QVERIFY2(text.contains(QStringLiteral("Marktplatz 3, 04109 Leipzig")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("0341 123456")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Sophie Wagner")), qPrintable(text));
    QVERIFY2(text.contains(monday.toString(QStringLiteral("dd.MM.yyyy"))), qPrintable(text));
    // A6 by default: 105 × 148 mm.
    QString info = poppler(QStringLiteral("pdfinfo"), pdf);
    QVERIFY2(near(pageSizeMm(info), 105, 148), qPrintable(info));

    QCOMPARE(cli->run({QStringLiteral("practice"), QStringLiteral("set"),
                       QStringLiteral("--card-format"), QStringLiteral("card")})
                 .exitCode,
             0);
    QCOMPARE(cli->run(print).exitCode, 0);
    info = poppler(QStringLiteral("pdfinfo"), pdf);
    // A business card: 85 mm wide, 55 mm high.
    QVERIFY2(near(pageSizeMm(info), 85, 55), qPrintable(info));
    text = poppler(QStringLiteral("pdftotext"), pdf).simplified();
    QVERIFY2(text.contains(QStringLiteral("0341 123456")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Sophie Wagner")), qPrintable(text));
}

void TestCliPractice::printDayWithoutPractitionerPrintsEveryone()
{
    auto p = cli->json({QStringLiteral("practitioner"), QStringLiteral("add"),
                        QStringLiteral("--name"), QStringLiteral("Tom Weber")});
    QCOMPARE(p.exitCode, 0);
    for (int weekday = 1; weekday <= 5; ++weekday)
        QCOMPARE(cli->run({QStringLiteral("hours"), QStringLiteral("set"),
                           QStringLiteral("--practitioner"), QStringLiteral("2"),
                           QStringLiteral("--weekday"), QString::number(weekday),
                           QStringLiteral("--from"), QStringLiteral("08:00"),
                           QStringLiteral("--to"), QStringLiteral("12:00")})
                     .exitCode,
                 0);
    book(QStringLiteral("1"), QStringLiteral("09:00"), QStringLiteral("Sophie Wagner"));
    book(QStringLiteral("2"), QStringLiteral("10:30"), QStringLiteral("Lukas Weber"));
    const QString pdf = m_dir.filePath(QStringLiteral("day.pdf"));
    auto r = cli->run({QStringLiteral("print"), QStringLiteral("day"), QStringLiteral("--date"),
                       monday.toString(Qt::ISODate), QStringLiteral("--out"), pdf});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString text = poppler(QStringLiteral("pdftotext"), pdf);
    for (const char *expected :
         {"Dr. Anna Berg", "Sophie Wagner", "09:00", "Tom Weber", "Lukas Weber", "10:30"})
        QVERIFY2(text.contains(QString::fromUtf8(expected)), qPrintable(text));
    // One page per practitioner (a form feed between the sections).
    QCOMPARE(text.count(u'\f'), 2);
    QVERIFY(text.indexOf(QStringLiteral("Dr. Anna Berg")) <
            text.indexOf(QStringLiteral("Tom Weber")));

    // With --practitioner only that one, as before.
    auto one =
        cli->run({QStringLiteral("print"), QStringLiteral("day"), QStringLiteral("--practitioner"),
                  QStringLiteral("2"), QStringLiteral("--date"), monday.toString(Qt::ISODate),
                  QStringLiteral("--out"), pdf});
    QCOMPARE(one.exitCode, 0);
    const QString only = poppler(QStringLiteral("pdftotext"), pdf);
    QVERIFY2(only.contains(QStringLiteral("Lukas Weber")), qPrintable(only));
    QVERIFY2(!only.contains(QStringLiteral("Sophie Wagner")), qPrintable(only));
}

QTEST_GUILESS_MAIN(TestCliPractice)
#include "tst_cli_practice.moc"
