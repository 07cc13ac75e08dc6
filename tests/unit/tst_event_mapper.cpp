#include "storage/event_mapper.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace empfang;

namespace {

/// A small validator for Google's discovery schemas: every field we send must exist in the
/// schema (or its additionalProperties), with the declared type.
class DiscoverySchema
{
public:
    explicit DiscoverySchema(const QJsonObject &doc)
        : m_schemas(doc.value(QLatin1String("schemas")).toObject())
    {
    }
    QStringList validate(const QJsonValue &value, const QString &ref) const
    {
        QStringList errors;
        check(value, QJsonObject{{QStringLiteral("$ref"), ref}}, ref, &errors);
        return errors;
    }
    QJsonObject schema(const QString &ref) const { return m_schemas.value(ref).toObject(); }

private:
    void check(const QJsonValue &value, QJsonObject schema, const QString &path,
               QStringList *errors) const
    {
        if (schema.contains(QLatin1String("$ref")))
            schema = m_schemas.value(schema.value(QLatin1String("$ref")).toString()).toObject();
        const QString type = schema.value(QLatin1String("type")).toString();
        if (type == QLatin1String("object")) {
            if (!value.isObject())
                return errors->append(path + QStringLiteral(": not an object"));
            const QJsonObject props = schema.value(QLatin1String("properties")).toObject();
            const QJsonObject obj = value.toObject();
            for (auto it = obj.begin(); it != obj.end(); ++it) {
                if (props.contains(it.key()))
                    check(it.value(), props.value(it.key()).toObject(), path + u'.' + it.key(),
                          errors);
                else if (schema.contains(QLatin1String("additionalProperties")))
                    check(it.value(),
                          schema.value(QLatin1String("additionalProperties")).toObject(),
                          path + u'.' + it.key(), errors);
                else
                    errors->append(path + u'.' + it.key() + QStringLiteral(": unknown field"));
            }
        } else if (type == QLatin1String("string")) {
            if (!value.isString())
                return errors->append(path + QStringLiteral(": not a string"));
            const QJsonArray allowed = schema.value(QLatin1String("enum")).toArray();
            if (!allowed.isEmpty() && !allowed.contains(value))
                errors->append(path + QStringLiteral(": not one of the allowed values"));
            if (schema.value(QLatin1String("format")).toString() == QLatin1String("date-time") &&
                !EventMapper::parseDateTime(value.toString()))
                errors->append(path + QStringLiteral(": not RFC 3339 with offset"));
        } else if (type == QLatin1String("array")) {
            if (!value.isArray())
                return errors->append(path + QStringLiteral(": not an array"));
            for (const QJsonValue &v : value.toArray())
                check(v, schema.value(QLatin1String("items")).toObject(),
                      path + QStringLiteral("[]"), errors);
        } else if (type == QLatin1String("boolean") && !value.isBool()) {
            errors->append(path + QStringLiteral(": not a boolean"));
        } else if (type == QLatin1String("integer") && !value.isDouble()) {
            errors->append(path + QStringLiteral(": not an integer"));
        }
    }
    QJsonObject m_schemas;
};

Appointment sample()
{
    Appointment a;
    a.id = 4711;
    a.span = {
        QDateTime(QDate(2026, 3, 30), QTime(9, 0), QTimeZone("Europe/Berlin")).toMSecsSinceEpoch(),
        QDateTime(QDate(2026, 3, 30), QTime(9, 45), QTimeZone("Europe/Berlin"))
            .toMSecsSinceEpoch()};
    return a;
}

EventContent content()
{
    EventContent c;
    c.typeName = QStringLiteral("Erstgespräch");
    c.patientName = QStringLiteral("Jürgen Müller");
    c.databaseId = QStringLiteral("0123456789abcdef");
    return c;
}

} // namespace

/// Appointment → Google Event JSON: ids, minimal text, time zones, discovery conformance.
class TstEventMapper : public QObject
{
    Q_OBJECT
    QJsonObject m_discovery;

private slots:
    void initTestCase()
    {
        QFile f(QStringLiteral(EMPFANG_DISCOVERY));
        QVERIFY(f.open(QIODevice::ReadOnly));
        m_discovery = QJsonDocument::fromJson(f.readAll()).object();
        QVERIFY(!m_discovery.isEmpty());
    }

    void base32hexMatchesRfc4648Vectors_data()
    {
        QTest::addColumn<QByteArray>("in");
        QTest::addColumn<QString>("out");
        // RFC 4648 §10 test vectors (base32hex), lowercase and without padding.
        QTest::newRow("f") << QByteArray("f") << QStringLiteral("co");
        QTest::newRow("fo") << QByteArray("fo") << QStringLiteral("cpng");
        QTest::newRow("foo") << QByteArray("foo") << QStringLiteral("cpnmu");
        QTest::newRow("foob") << QByteArray("foob") << QStringLiteral("cpnmuog");
        QTest::newRow("fooba") << QByteArray("fooba") << QStringLiteral("cpnmuoj1");
        QTest::newRow("foobar") << QByteArray("foobar") << QStringLiteral("cpnmuoj1e8");
    }
    void base32hexMatchesRfc4648Vectors()
    {
        QFETCH(QByteArray, in);
        QFETCH(QString, out);
        QCOMPARE(EventMapper::base32hex(in), out);
    }

    void eventIdsAreValidDeterministicAndDistinct()
    {
        const QString db = QStringLiteral("0123456789abcdef");
        const QString id = EventMapper::eventId(db, 1);
        QVERIFY(EventMapper::isValidEventId(id));
        QCOMPARE(EventMapper::eventId(db, 1), id);
        QVERIFY(id.startsWith(EventMapper::base32hex("empfang")));
        QVERIFY(EventMapper::eventId(db, 2) != id);
        QVERIFY(EventMapper::eventId(QStringLiteral("fedcba9876543210"), 1) != id);
        QVERIFY(EventMapper::eventId(db, 1, 1) != id);
        QVERIFY(EventMapper::isValidEventId(EventMapper::eventId(db, 1, 1)));
        QVERIFY(EventMapper::isValidEventId(
            EventMapper::eventId(db, std::numeric_limits<qint64>::max())));
        QVERIFY(!EventMapper::isValidEventId(QStringLiteral("abcd")));
        QVERIFY(!EventMapper::isValidEventId(QStringLiteral("abcdw")));
        QVERIFY(!EventMapper::isValidEventId(QStringLiteral("ABCDE")));
        QVERIFY(!EventMapper::isValidEventId(QString(1025, QLatin1Char('a'))));
    }

    void eventIsMinimalByDefault()
    {
        const QJsonObject e = EventMapper::toEvent(sample(), content(), QStringLiteral("abcde"));
        QCOMPARE(e.value(QLatin1String("summary")).toString(),
                 QStringLiteral("Praxistermin – Erstgespräch"));
        const QByteArray json = QJsonDocument(e).toJson();
        QVERIFY(!json.contains("Jürgen"));
        QVERIFY(!json.contains("Müller"));
        QVERIFY(!e.contains(QLatin1String("attendees")));
        QVERIFY(!e.contains(QLatin1String("description")));
        QCOMPARE(e.value(QLatin1String("transparency")).toString(), QStringLiteral("opaque"));
        QCOMPARE(e.value(QLatin1String("id")).toString(), QStringLiteral("abcde"));
        const QJsonObject priv = e.value(QLatin1String("extendedProperties"))
                                     .toObject()
                                     .value(QLatin1String("private"))
                                     .toObject();
        QCOMPARE(priv.value(QLatin1String("empfangAppointmentId")).toString(),
                 QStringLiteral("4711"));
        QVERIFY(EventMapper::isOwn(e, QStringLiteral("0123456789abcdef"), 4711));
        QVERIFY(!EventMapper::isOwn(e, QStringLiteral("0123456789abcdef"), 4712));
    }

    void patientNameOnlyWithThePracticeSetting()
    {
        EventContent c = content();
        c.showPatientName = true;
        QCOMPARE(EventMapper::summary(c),
                 QStringLiteral("Praxistermin – Erstgespräch – Jürgen Müller"));
    }

    void timesCarryOffsetAndZoneAcrossDst()
    {
        const QJsonObject e = EventMapper::toEvent(sample(), content(), QStringLiteral("abcde"));
        // 2026-03-29 is the spring change: the Monday after is summer time (+02:00).
        QCOMPARE(
            e.value(QLatin1String("start")).toObject().value(QLatin1String("dateTime")).toString(),
            QStringLiteral("2026-03-30T09:00:00+02:00"));
        QCOMPARE(
            e.value(QLatin1String("end")).toObject().value(QLatin1String("timeZone")).toString(),
            QStringLiteral("Europe/Berlin"));
        const QTimeZone berlin("Europe/Berlin");
        QCOMPARE(
            EventMapper::formatDateTime(
                QDateTime(QDate(2026, 3, 27), QTime(9, 0), berlin).toMSecsSinceEpoch(), berlin),
            QStringLiteral("2026-03-27T09:00:00+01:00"));
        QCOMPARE(EventMapper::span(e, berlin), std::optional<Interval>(sample().span));
    }

    void parsesGoogleTimesAndAllDayEvents()
    {
        QCOMPARE(EventMapper::parseDateTime(QStringLiteral("2018-04-01T08:00:00.000Z")),
                 std::optional<qint64>(1522569600000));
        QCOMPARE(EventMapper::parseDateTime(QStringLiteral("2018-04-01T10:00:00+02:00")),
                 std::optional<qint64>(1522569600000));
        QVERIFY(!EventMapper::parseDateTime(QStringLiteral("2018-04-01T10:00:00")));
        const QTimeZone berlin("Europe/Berlin");
        const QJsonObject allDay{
            {QStringLiteral("start"),
             QJsonObject{{QStringLiteral("date"), QStringLiteral("2018-04-20")}}},
            {QStringLiteral("end"),
             QJsonObject{{QStringLiteral("date"), QStringLiteral("2018-04-23")}}}};
        const auto span = EventMapper::span(allDay, berlin);
        QVERIFY(span);
        QCOMPARE(span->length(), qint64(3 * 24 * 3600 * 1000));
    }

    void insertAndPatchBodiesConformToTheDiscoveryDocument()
    {
        const DiscoverySchema schema(m_discovery);
        EventContent c = content();
        c.showPatientName = true;
        const QString id = EventMapper::eventId(c.databaseId, 4711);
        const QJsonObject insert = EventMapper::toEvent(sample(), c, id);
        QCOMPARE(schema.validate(insert, QStringLiteral("Event")), QStringList());
        QCOMPARE(schema.validate(EventMapper::toPatch(sample(), c), QStringLiteral("Event")),
                 QStringList());
        // start and end are required for insert.
        const QJsonObject props =
            schema.schema(QStringLiteral("Event")).value(QLatin1String("properties")).toObject();
        for (const char *key : {"start", "end"}) {
            const QJsonArray required = props.value(QLatin1String(key))
                                            .toObject()
                                            .value(QLatin1String("annotations"))
                                            .toObject()
                                            .value(QLatin1String("required"))
                                            .toArray();
            QVERIFY(required.contains(QStringLiteral("calendar.events.insert")));
            QVERIFY(insert.contains(QLatin1String(key)));
        }
        // The validator itself notices what Google would refuse.
        QJsonObject bad = insert;
        bad.insert(QStringLiteral("patientName"), QStringLiteral("x"));
        QCOMPARE(schema.validate(bad, QStringLiteral("Event")).size(), 1);
    }
};

QTEST_APPLESS_MAIN(TstEventMapper)
#include "tst_event_mapper.moc"
