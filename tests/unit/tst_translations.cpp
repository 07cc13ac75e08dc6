// The German UI is the product: every English source string must have a finished German
// translation. We run lupdate over the sources into a temporary file and compare it with
// the shipped translations/empfang_de.ts, so a forgotten `lupdate` run fails too.
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Entry
{
    QString translation;
    bool finished = false;
};

// context + '\x1f' + source (+ comment) → translation state
QHash<QString, Entry> readTs(const QString &path)
{
    QHash<QString, Entry> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    QXmlStreamReader xml(&file);
    QString context, source, comment;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                source.clear();
                comment.clear();
                entry = Entry{};
            } else if (name == u"source") {
                source = xml.readElementText();
            } else if (name == u"comment") {
                comment = xml.readElementText();
            } else if (name == u"translation") {
                const auto type = xml.attributes().value(QStringLiteral("type"));
                entry.finished = type.isEmpty();
                if (type == u"vanished" || type == u"obsolete")
                    entry.finished = false;
                entry.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            entries.insert(context + QChar(0x1f) + source + QChar(0x1f) + comment, entry);
        }
    }
    return entries;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void everySourceStringHasAFinishedGermanTranslation()
    {
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh_de.ts"));
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(EMPFANG_LUPDATE),
                      {QStringLiteral("-silent"), QStringLiteral("-locations"),
                       QStringLiteral("none"), QStringLiteral("-extensions"),
                       QStringLiteral("cpp,h,ui"), QStringLiteral(EMPFANG_SOURCE_DIR "/src"),
                       QStringLiteral(EMPFANG_SOURCE_DIR "/ui"),
                       QStringLiteral(EMPFANG_SOURCE_DIR "/app"), QStringLiteral("-ts"), fresh});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);

        const auto expected = readTs(fresh);
        const auto shipped = readTs(QStringLiteral(EMPFANG_SOURCE_DIR "/translations/empfang_de.ts"));
        QVERIFY2(expected.size() > 0, "lupdate found no strings; is the source path right?");

        QStringList problems;
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const auto found = shipped.constFind(it.key());
            const QString where = QString(it.key()).replace(QChar(0x1f), QStringLiteral(" | "));
            if (found == shipped.cend())
                problems << QStringLiteral("missing: ") + where;
            else if (!found->finished || found->translation.trimmed().isEmpty())
                problems << QStringLiteral("unfinished: ") + where;
        }
        problems.sort();
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 German entries missing or unfinished "
                                           "(run the update_translations target and translate):\n")
                                .arg(problems.size()) +
                            problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
