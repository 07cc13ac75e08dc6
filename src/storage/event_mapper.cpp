#include "event_mapper.h"

#include <QDateTime>
#include <QtEndian>

namespace empfang {

QString EventMapper::base32hex(const QByteArray &bytes)
{
    static constexpr char kAlphabet[] = "0123456789abcdefghijklmnopqrstuv";
    QString out;
    out.reserve((bytes.size() * 8 + 4) / 5);
    quint32 buffer = 0;
    int bits = 0;
    for (char c : bytes) {
        buffer = (buffer << 8) | quint8(c);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out += QLatin1Char(kAlphabet[(buffer >> bits) & 0x1f]);
        }
    }
    if (bits > 0)
        out += QLatin1Char(kAlphabet[(buffer << (5 - bits)) & 0x1f]);
    return out;
}

QString EventMapper::eventId(const QString &databaseId, qint64 appointmentId, int generation)
{
    QByteArray bytes("empfang");
    bytes += QByteArray::fromHex(databaseId.toLatin1());
    char id[8];
    qToBigEndian(quint64(appointmentId), id);
    bytes += QByteArray(id, 8);
    if (generation > 0) {
        // A new generation after a move to another calendar and back: Google keeps refusing
        // the id of a deleted event in a calendar.
        char gen[4];
        qToBigEndian(quint32(generation), gen);
        bytes += QByteArray(gen, 4);
    }
    return base32hex(bytes);
}

bool EventMapper::isValidEventId(const QString &id)
{
    if (id.size() < 5 || id.size() > 1024)
        return false;
    for (QChar c : id) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
              (c >= QLatin1Char('a') && c <= QLatin1Char('v'))))
            return false;
    }
    return true;
}

QString EventMapper::summary(const EventContent &c)
{
    // German on purpose and independent of the desk's UI language: this text lives in the
    // practitioner's calendar, the design names it literally.
    QString text = QStringLiteral("Praxistermin – ") + c.typeName;
    if (c.showPatientName && !c.patientName.trimmed().isEmpty())
        text += QStringLiteral(" – ") + c.patientName.trimmed();
    return text;
}

QString EventMapper::formatDateTime(qint64 ms, const QTimeZone &zone)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms, zone);
    const int offset = local.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) +
           (offset < 0 ? QLatin1Char('-') : QLatin1Char('+')) +
           QStringLiteral("%1:%2")
               .arg(minutes / 60, 2, 10, QLatin1Char('0'))
               .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

std::optional<qint64> EventMapper::parseDateTime(const QString &text)
{
    const QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid() || dt.timeSpec() == Qt::LocalTime)
        return std::nullopt; // RFC 3339 always carries Z or an offset
    return dt.toMSecsSinceEpoch();
}

namespace {

QJsonObject dateTime(qint64 ms, const EventContent &c)
{
    const QTimeZone zone(c.zoneId);
    return {{QStringLiteral("dateTime"), EventMapper::formatDateTime(ms, zone)},
            {QStringLiteral("timeZone"), QString::fromLatin1(c.zoneId)}};
}

QJsonObject privateProperties(const Appointment &a, const EventContent &c)
{
    return {{QStringLiteral("private"),
             QJsonObject{{QLatin1String(EventMapper::kAppointmentProperty), QString::number(a.id)},
                         {QLatin1String(EventMapper::kDatabaseProperty), c.databaseId}}}};
}

} // namespace

QJsonObject EventMapper::toEvent(const Appointment &a, const EventContent &c,
                                 const QString &eventId)
{
    QJsonObject event = toPatch(a, c);
    event.insert(QStringLiteral("id"), eventId);
    event.insert(QStringLiteral("transparency"), QStringLiteral("opaque"));
    // The practitioner's own reminders apply; no attendees, so nobody gets mail from Google.
    return event;
}

QJsonObject EventMapper::toPatch(const Appointment &a, const EventContent &c)
{
    return {{QStringLiteral("summary"), summary(c)},
            {QStringLiteral("start"), dateTime(a.span.startMs, c)},
            {QStringLiteral("end"), dateTime(a.span.endMs, c)},
            {QStringLiteral("extendedProperties"), privateProperties(a, c)}};
}

std::optional<Interval> EventMapper::span(const QJsonObject &event, const QTimeZone &zone)
{
    const auto edge = [&](const char *key) -> std::optional<qint64> {
        const QJsonObject o = event.value(QLatin1String(key)).toObject();
        if (o.contains(QLatin1String("dateTime")))
            return parseDateTime(o.value(QLatin1String("dateTime")).toString());
        const QDate day = QDate::fromString(o.value(QLatin1String("date")).toString(), Qt::ISODate);
        if (!day.isValid())
            return std::nullopt;
        return QDateTime(day, QTime(0, 0), zone).toMSecsSinceEpoch();
    };
    const auto start = edge("start");
    const auto end = edge("end");
    if (!start || !end || *end <= *start)
        return std::nullopt;
    return Interval{*start, *end};
}

bool EventMapper::isOwn(const QJsonObject &event, const QString &databaseId, qint64 appointmentId)
{
    const QJsonObject props = event.value(QLatin1String("extendedProperties"))
                                  .toObject()
                                  .value(QLatin1String("private"))
                                  .toObject();
    return props.value(QLatin1String(kAppointmentProperty)).toString() ==
               QString::number(appointmentId) &&
           props.value(QLatin1String(kDatabaseProperty)).toString() == databaseId;
}

bool EventMapper::isCancelled(const QJsonObject &event)
{
    return event.value(QLatin1String("status")).toString() == QLatin1String("cancelled");
}

} // namespace empfang
