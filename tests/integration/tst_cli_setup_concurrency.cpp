// Setting up the practice from several places at once: real empfang-cli processes started
// together on one SQLite file (as several desks or scripts would), each going through the same
// setup services as the settings tabs (PractitionerSetup, TypeSetup, PracticeSetup). Every exit
// code 0 must mean stored, and what the processes store must not mix.
#include "cli_harness.h"

#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>

#include <memory>
#include <vector>

using namespace empfang::test;

namespace {

constexpr int kProcesses = 6; // fewer than the palette's ten colours

/// Starts one empfang-cli per argument list, all before any is waited for, and returns their
/// exit codes and outputs.
QList<CliRun> runTogether(const QString &db, const QList<QStringList> &argLists)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("EMPFANG_DB"));
    env.insert(QStringLiteral("EMPFANG_LANGUAGE"), QStringLiteral("de"));
    std::vector<std::unique_ptr<QProcess>> running;
    for (const QStringList &args : argLists) {
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(EMPFANG_CLI), QStringList{QStringLiteral("--db"), db} + args);
        running.push_back(std::move(p));
    }
    QList<CliRun> runs;
    for (auto &p : running) {
        CliRun r;
        if (!p->waitForFinished(60000) || p->exitStatus() != QProcess::NormalExit) {
            r.exitCode = -1;
            r.err = QStringLiteral("empfang-cli crashed or hung");
        } else {
            r.exitCode = p->exitCode();
            r.out = QString::fromUtf8(p->readAllStandardOutput());
            r.err = QString::fromUtf8(p->readAllStandardError());
        }
        runs << r;
    }
    return runs;
}

} // namespace

class TestCliSetupConcurrency : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CliHarness> cli;

private slots:
    void init()
    {
        static int n = 0;
        cli =
            std::make_unique<CliHarness>(m_dir.filePath(QStringLiteral("setup%1.sqlite").arg(++n)));
        // The file exists before the processes race (creating it is not what is tested here).
        auto first = cli->run({QStringLiteral("type"), QStringLiteral("add"),
                               QStringLiteral("--name"), QStringLiteral("Krankengymnastik"),
                               QStringLiteral("--minutes"), QStringLiteral("30")});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    }

    void practitionersAddedAtOnceAreAllStoredWithTheirOwnColour()
    {
        QList<QStringList> args;
        for (int i = 0; i < kProcesses; ++i)
            args << QStringList{QStringLiteral("--json"), QStringLiteral("practitioner"),
                                QStringLiteral("add"), QStringLiteral("--name"),
                                QStringLiteral("Behandlerin %1").arg(i)};
        QSet<qint64> confirmed;
        for (const CliRun &r : runTogether(cli->dbPath(), args)) {
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            confirmed << r.json().object().value(QStringLiteral("id")).toInteger();
        }
        QCOMPARE(confirmed.size(), kProcesses);

        const auto listed = cli->json({QStringLiteral("practitioner"), QStringLiteral("list")});
        QCOMPARE(listed.exitCode, 0);
        QSet<qint64> stored;
        QSet<QString> colours;
        for (const QJsonValue &v : listed.json().array()) {
            stored << v[QStringLiteral("id")].toInteger();
            colours << v[QStringLiteral("color")].toString();
        }
        QCOMPARE(stored, confirmed); // every exit 0 is a stored practitioner
        // "the next colour in turn" holds when they arrive together, too
        QCOMPARE(colours.size(), kProcesses);
    }

    void typesAddedAtOnceAreAllStoredWithTheirOwnColour()
    {
        QList<QStringList> args;
        for (int i = 0; i < kProcesses; ++i)
            args << QStringList{QStringLiteral("--json"),        QStringLiteral("type"),
                                QStringLiteral("add"),           QStringLiteral("--name"),
                                QStringLiteral("Art %1").arg(i), QStringLiteral("--minutes"),
                                QString::number(20 + i)};
        QSet<qint64> confirmed;
        for (const CliRun &r : runTogether(cli->dbPath(), args)) {
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            confirmed << r.json().object().value(QStringLiteral("id")).toInteger();
        }
        QCOMPARE(confirmed.size(), kProcesses);

        const auto listed = cli->json({QStringLiteral("type"), QStringLiteral("list")});
        QCOMPARE(listed.exitCode, 0);
        QSet<QString> colours;
        QSet<qint64> stored;
        for (const QJsonValue &v : listed.json().array()) {
            stored << v[QStringLiteral("id")].toInteger();
            colours << v[QStringLiteral("color")].toString();
        }
        QVERIFY(stored.contains(confirmed));
        QCOMPARE(stored.size(), kProcesses + 1); // and the one from init()
        QCOMPARE(colours.size(), kProcesses + 1);
    }

    // Each process sets name and phone together; whichever came last, the practice shows one
    // process's name with that same process's phone — settings and contact are one save.
    void practiceSetAtOnceNeverMixesTwoSaves()
    {
        for (int round = 0; round < 3; ++round) {
            QList<QStringList> args;
            for (int i = 0; i < kProcesses; ++i)
                args << QStringList{QStringLiteral("practice"),  QStringLiteral("set"),
                                    QStringLiteral("--name"),    QStringLiteral("Praxis %1").arg(i),
                                    QStringLiteral("--phone"),   QStringLiteral("0341 %1").arg(i),
                                    QStringLiteral("--address"), QStringLiteral("Weg %1").arg(i)};
            for (const CliRun &r : runTogether(cli->dbPath(), args))
                QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            const auto shown = cli->json({QStringLiteral("practice"), QStringLiteral("show")});
            QCOMPARE(shown.exitCode, 0);
            const QJsonObject o = shown.json().object();
            const QString name = o.value(QStringLiteral("name")).toString();
            QVERIFY2(name.startsWith(QStringLiteral("Praxis ")), qPrintable(name));
            const QString which = name.mid(7);
            QCOMPARE(o.value(QStringLiteral("phone")).toString(), QStringLiteral("0341 ") + which);
            QCOMPARE(o.value(QStringLiteral("address")).toString(), QStringLiteral("Weg ") + which);
        }
    }
};

QTEST_GUILESS_MAIN(TestCliSetupConcurrency)
#include "tst_cli_setup_concurrency.moc"
