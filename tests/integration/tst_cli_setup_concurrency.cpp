// Setting up the practice from several places at once: real empfang-cli processes started
// together on one database (as several desks or scripts would), each going through the same
// setup services as the settings tabs (PractitionerSetup, TypeSetup, PracticeSetup,
// ScheduleSetup). Every exit code 0 must mean stored, and what the processes store must not mix.
// Runs on a SQLite file and, as tst_cli_setup_concurrency_pg, on a throwaway PostgreSQL cluster
// (tests/support/test_backend.h), where the desks of a practice really share one database.
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

/// kProcesses processes add a practitioner each, all at once; `confirmed` gets the ids they
/// printed. Callers check QTest::currentTestFailed() afterwards.
void addPractitionersAtOnce(const QString &db, QSet<qint64> &confirmed)
{
    QList<QStringList> args;
    for (int i = 0; i < kProcesses; ++i)
        args << QStringList{QStringLiteral("--json"), QStringLiteral("practitioner"),
                            QStringLiteral("add"), QStringLiteral("--name"),
                            QStringLiteral("Behandlerin %1").arg(i)};
    for (const CliRun &r : runTogether(db, args)) {
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        confirmed << r.json().object().value(QStringLiteral("id")).toInteger();
    }
    QCOMPARE(confirmed.size(), kProcesses);
}

/// id → colour of every practitioner or type (`what list --json`); empty when it fails.
QHash<qint64, QString> colourById(const CliHarness &cli, const QString &what)
{
    QHash<qint64, QString> colours;
    for (const QJsonValue &v : cli.json({what, QStringLiteral("list")}).json().array())
        colours.insert(v[QStringLiteral("id")].toInteger(), v[QStringLiteral("color")].toString());
    return colours;
}

template <typename K, typename V> QSet<K> keySet(const QHash<K, V> &hash)
{
    const QList<K> keys = hash.keys();
    return {keys.cbegin(), keys.cend()};
}

template <typename K, typename V> QSet<V> valueSet(const QHash<K, V> &hash)
{
    const QList<V> values = hash.values();
    return {values.cbegin(), values.cend()};
}

/// Adds a practitioner before the race (the id the processes then name).
qint64 addPractitioner(const CliHarness &cli, const QString &name)
{
    const auto added = cli.json(
        {QStringLiteral("practitioner"), QStringLiteral("add"), QStringLiteral("--name"), name});
    return added.exitCode == 0 ? added.json().object().value(QStringLiteral("id")).toInteger() : -1;
}

QStringList hoursArgs(qint64 practitioner, int weekday, const QTime &from, const QTime &to)
{
    return QStringLiteral("--json hours set --practitioner %1 --weekday %2 --from %3 --to %4")
        .arg(practitioner)
        .arg(weekday)
        .arg(from.toString(QStringLiteral("HH:mm")), to.toString(QStringLiteral("HH:mm")))
        .split(u' ');
}

QStringList absenceArgs(qint64 practitioner, const QDate &day, const QString &reason)
{
    return QStringLiteral("--json absence add --practitioner %1 --from %2 --to %2 --reason")
               .arg(practitioner)
               .arg(day.toString(Qt::ISODate))
               .split(u' ') +
           QStringList{reason};
}

/// "weekday from–to" of an hours row (as `hours set --json` and `hours list --json` print it).
QString hoursKey(const QJsonObject &o)
{
    return QStringLiteral("%1 %2–%3")
        .arg(o.value(QStringLiteral("weekday")).toInt())
        .arg(o.value(QStringLiteral("from")).toString(), o.value(QStringLiteral("to")).toString());
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
        cli = std::make_unique<CliHarness>(
            newDatabase(m_dir, QStringLiteral("setup%1.sqlite").arg(++n)));
        // The file exists before the processes race (creating it is not what is tested here).
        auto first = cli->run({QStringLiteral("type"), QStringLiteral("add"),
                               QStringLiteral("--name"), QStringLiteral("Krankengymnastik"),
                               QStringLiteral("--minutes"), QStringLiteral("30")});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    }

    void practitionersAddedAtOnceAreAllStoredWithTheirOwnColour()
    {
        QSet<qint64> confirmed;
        addPractitionersAtOnce(cli->dbPath(), confirmed);
        if (QTest::currentTestFailed())
            return;

        const QHash<qint64, QString> stored = colourById(*cli, QStringLiteral("practitioner"));
        QCOMPARE(keySet(stored), confirmed); // every exit 0 is a stored practitioner
        // "the next colour in turn" holds when they arrive together, too
        QCOMPARE(valueSet(stored).size(), kProcesses);
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

        const QHash<qint64, QString> stored = colourById(*cli, QStringLiteral("type"));
        QVERIFY(keySet(stored).contains(confirmed));
        QCOMPARE(stored.size(), kProcesses + 1); // and the one from init()
        QCOMPARE(valueSet(stored).size(), kProcesses + 1);
    }

    // Each process sets name and phone together; whichever came last, the practice shows one
    // process's name with that same process's phone — settings and contact are one save.
    void practiceSetAtOnceNeverMixesTwoSaves()
    {
        for (int round = 0; round < 8; ++round) {
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

    // Each process changes a different field at the same moment (one the name, one the phone,
    // …): every process is told "gespeichert", so afterwards every field holds its new value —
    // none is put back to what another process read before it saved.
    void practiceFieldsSetAtOnceAreAllKept()
    {
        const QStringList formats{QStringLiteral("a4"), QStringLiteral("card"),
                                  QStringLiteral("a6")};
        for (int round = 0; round < 4; ++round) {
            const QList<std::pair<QString, QString>> fields{
                {QStringLiteral("name"), QStringLiteral("Praxis Runde %1").arg(round)},
                {QStringLiteral("address"), QStringLiteral("Weg %1").arg(round)},
                {QStringLiteral("phone"), QStringLiteral("0341 %1").arg(round)},
                {QStringLiteral("email"), QStringLiteral("runde%1@praxis.de").arg(round)},
                {QStringLiteral("website"), QStringLiteral("https://praxis.de/%1").arg(round)},
                {QStringLiteral("card-format"), formats.at(round % 3)}};
            QList<QStringList> args;
            for (const auto &[option, value] : fields)
                args << QStringList{QStringLiteral("practice"), QStringLiteral("set"),
                                    QStringLiteral("--") + option, value};
            for (const CliRun &r : runTogether(cli->dbPath(), args))
                QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            const auto shown = cli->json({QStringLiteral("practice"), QStringLiteral("show")});
            QCOMPARE(shown.exitCode, 0);
            const QJsonObject o = shown.json().object();
            for (const auto &[option, value] : fields) {
                const QString key =
                    option == QLatin1String("card-format") ? QStringLiteral("cardFormat") : option;
                QVERIFY2(o.value(key).toString() == value,
                         qPrintable(QStringLiteral("round %1: %2 is \"%3\", confirmed \"%4\"")
                                        .arg(round)
                                        .arg(option, o.value(key).toString(), value)));
            }
        }
    }

    // Several desks start on a database nobody has used yet: the first ones create the schema
    // while the others wait for it, and every practitioner they confirm is stored.
    void firstStartOfSeveralDesksAtOnce()
    {
        const CliHarness fresh(newDatabase(m_dir, QStringLiteral("fresh.sqlite")));
        QSet<qint64> confirmed;
        addPractitionersAtOnce(fresh.dbPath(), confirmed);
        if (QTest::currentTestFailed())
            return;
        const auto listed = fresh.json({QStringLiteral("practitioner"), QStringLiteral("list")});
        QSet<qint64> stored;
        for (const QJsonValue &v : listed.json().array())
            stored << v[QStringLiteral("id")].toInteger();
        QCOMPARE(stored, confirmed);
    }

    // Working hours from several processes at once: each confirmed interval is stored once,
    // under the id its process printed, with the times that process asked for.
    void hoursSetAtOnceAreAllStoredAsConfirmed()
    {
        const qint64 berg = addPractitioner(*cli, QStringLiteral("Dr. Anna Berg"));
        QVERIFY(berg > 0);
        QList<QStringList> args;
        for (int i = 0; i < kProcesses; ++i)
            args << hoursArgs(berg, 1 + i % 5, QTime(7 + i, 0), QTime(7 + i, 45));
        QHash<qint64, QString> confirmed;
        for (const CliRun &r : runTogether(cli->dbPath(), args)) {
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            const QJsonObject o = r.json().object();
            confirmed.insert(o.value(QStringLiteral("id")).toInteger(), hoursKey(o));
        }
        QCOMPARE(confirmed.size(), kProcesses);

        const auto listed = cli->json({QStringLiteral("hours"), QStringLiteral("list"),
                                       QStringLiteral("--practitioner"), QString::number(berg)});
        QCOMPARE(listed.exitCode, 0);
        QHash<qint64, QString> stored;
        for (const QJsonValue &v : listed.json().array())
            stored.insert(v[QStringLiteral("id")].toInteger(), hoursKey(v.toObject()));
        QCOMPARE(stored, confirmed);
    }

    // Absences from several processes at once, one of them refused (a practitioner who does not
    // exist) while the others write: every exit 0 is an absence with its own reason, the
    // refusal stores nothing and says why in German, not in SQL.
    void absencesAddedAtOnceAreAllStoredAsConfirmed()
    {
        const qint64 berg = addPractitioner(*cli, QStringLiteral("Dr. Anna Berg"));
        QVERIFY(berg > 0);
        const QDate first = futureMonday();
        QList<QStringList> args;
        for (int i = 0; i < kProcesses; ++i)
            args << absenceArgs(berg, first.addDays(i), QStringLiteral("Fortbildung %1").arg(i));
        args << absenceArgs(berg + 100, first, QStringLiteral("Niemand")); // no such person
        const QList<CliRun> runs = runTogether(cli->dbPath(), args);
        QHash<qint64, QString> confirmed;
        for (int i = 0; i < kProcesses; ++i) {
            QVERIFY2(runs.at(i).exitCode == 0, qPrintable(runs.at(i).err));
            const QJsonObject o = runs.at(i).json().object();
            QCOMPARE(o.value(QStringLiteral("reason")).toString(),
                     QStringLiteral("Fortbildung %1").arg(i));
            confirmed.insert(o.value(QStringLiteral("id")).toInteger(),
                             o.value(QStringLiteral("reason")).toString());
        }
        QCOMPARE(confirmed.size(), kProcesses);
        QCOMPARE(runs.last().exitCode, 1);
        verifyMessage(runs.last());

        const auto listed = cli->json(
            {QStringLiteral("absence"), QStringLiteral("list"), QStringLiteral("--practitioner"),
             QString::number(berg), QStringLiteral("--from"), first.toString(Qt::ISODate),
             QStringLiteral("--to"), first.addDays(kProcesses).toString(Qt::ISODate)});
        QCOMPARE(listed.exitCode, 0);
        QHash<qint64, QString> stored;
        for (const QJsonValue &v : listed.json().array())
            stored.insert(v[QStringLiteral("id")].toInteger(),
                          v[QStringLiteral("reason")].toString());
        QCOMPARE(stored, confirmed);
    }

    // The usual morning of a new practice: one desk sets the practice, one adds a type, one a
    // practitioner, others hours and absences — all at once. Each confirmation is there after.
    void differentSetupCommandsAtOnceAreAllStored()
    {
        const qint64 berg = addPractitioner(*cli, QStringLiteral("Dr. Anna Berg"));
        QVERIFY(berg > 0);
        const QDate day = futureMonday();
        const QList<QStringList> args{
            {QStringLiteral("--json"), QStringLiteral("practice"), QStringLiteral("set"),
             QStringLiteral("--name"), QStringLiteral("Praxis am Markt"), QStringLiteral("--phone"),
             QStringLiteral("0341 123")},
            {QStringLiteral("--json"), QStringLiteral("type"), QStringLiteral("add"),
             QStringLiteral("--name"), QStringLiteral("Massage"), QStringLiteral("--minutes"),
             QStringLiteral("20")},
            {QStringLiteral("--json"), QStringLiteral("practitioner"), QStringLiteral("add"),
             QStringLiteral("--name"), QStringLiteral("Jonas Weber")},
            hoursArgs(berg, 1, QTime(8, 0), QTime(12, 0)),
            hoursArgs(berg, 2, QTime(13, 0), QTime(18, 0)),
            absenceArgs(berg, day, QStringLiteral("Urlaub"))};
        const QList<CliRun> runs = runTogether(cli->dbPath(), args);
        for (const CliRun &r : runs)
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        const auto practice = cli->json({QStringLiteral("practice"), QStringLiteral("show")});
        QCOMPARE(practice.json()[QStringLiteral("name")].toString(),
                 QStringLiteral("Praxis am Markt"));
        QCOMPARE(practice.json()[QStringLiteral("phone")].toString(), QStringLiteral("0341 123"));
        const auto types = cli->json({QStringLiteral("type"), QStringLiteral("list")});
        QCOMPARE(types.json().array().size(), 2);
        QCOMPARE(types.json().array().last()[QStringLiteral("name")].toString(),
                 QStringLiteral("Massage"));
        const auto people = cli->json({QStringLiteral("practitioner"), QStringLiteral("list")});
        QCOMPARE(people.json().array().size(), 2);
        const auto hours = cli->json({QStringLiteral("hours"), QStringLiteral("list"),
                                      QStringLiteral("--practitioner"), QString::number(berg)});
        QStringList intervals;
        for (const QJsonValue &v : hours.json().array())
            intervals << hoursKey(v.toObject());
        QCOMPARE(intervals,
                 (QStringList{QStringLiteral("1 08:00–12:00"), QStringLiteral("2 13:00–18:00")}));
        const auto absences = cli->json({QStringLiteral("absence"), QStringLiteral("list"),
                                         QStringLiteral("--practitioner"), QString::number(berg),
                                         QStringLiteral("--from"), day.toString(Qt::ISODate),
                                         QStringLiteral("--to"), day.toString(Qt::ISODate)});
        QCOMPARE(absences.json().array().size(), 1);
        QCOMPARE(absences.json().array().first()[QStringLiteral("id")].toInteger(),
                 runs.last().json()[QStringLiteral("id")].toInteger());
    }
};

QTEST_GUILESS_MAIN(TestCliSetupConcurrency)
#include "tst_cli_setup_concurrency.moc"
