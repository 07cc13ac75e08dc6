#include "time_parsing.h"

#include <QDateTime>
#include <QRegularExpression>

namespace empfang {

namespace {

const QRegularExpression &dateTimePattern()
{
    static const QRegularExpression re(
        QStringLiteral(
            R"(^(\d{4}-\d{2}-\d{2})[T ](\d{1,2}:\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?$)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// Offset "+01:00", "+0100" or "Z" in seconds east of UTC; nullopt when malformed.
std::optional<int> offsetSeconds(const QString &text)
{
    if (text.compare(QLatin1String("Z"), Qt::CaseInsensitive) == 0)
        return 0;
    const int sign = text.startsWith(u'-') ? -1 : 1;
    QString digits = text.mid(1);
    digits.remove(u':');
    const int hours = digits.left(2).toInt();
    const int minutes = digits.mid(2).toInt();
    if (hours > 14 || minutes > 59)
        return std::nullopt;
    return sign * (hours * 3600 + minutes * 60);
}

} // namespace

Result<QDate> TimeParsing::date(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    const QString t = text.trimmed();
    const QDate d = re.match(t).hasMatch() ? QDate::fromString(t, Qt::ISODate) : QDate();
    if (!d.isValid())
        return Result<QDate>::failure(
            tr("\"%1\" is not a valid date. Please write it as YYYY-MM-DD, e.g. 2026-12-07.")
                .arg(text));
    return d;
}

Result<QTime> TimeParsing::clockTime(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^(\d{1,2}):(\d{2})$)"));
    const auto m = re.match(text.trimmed());
    const QTime t = m.hasMatch() ? QTime(m.captured(1).toInt(), m.captured(2).toInt()) : QTime();
    if (!t.isValid())
        return Result<QTime>::failure(
            tr("\"%1\" is not a valid time of day. Please write it as HH:MM between 00:00 and "
               "23:59, e.g. 08:30.")
                .arg(text));
    return t;
}

bool TimeParsing::isDateOnly(const QString &text)
{
    return date(text).ok();
}

qint64 TimeParsing::startOfDay(const QDate &day, const QTimeZone &zone)
{
    return day.startOfDay(zone).toMSecsSinceEpoch();
}

Result<qint64> TimeParsing::dateTime(const QString &text, const QTimeZone &zone)
{
    using R = Result<qint64>;
    const auto invalid = [&text] {
        return R::failure(tr("\"%1\" is not a valid time. Please write it as YYYY-MM-DDTHH:MM "
                             "(practice time), e.g. 2026-12-07T09:00, or with an offset such as "
                             "2026-12-07T09:00+01:00.")
                              .arg(text));
    };
    const auto m = dateTimePattern().match(text.trimmed());
    if (!m.hasMatch())
        return invalid();
    auto day = date(m.captured(1));
    auto clock = clockTime(m.captured(2));
    if (!day || !clock)
        return invalid();
    QTime time = clock.value();
    if (!m.captured(3).isEmpty()) {
        const int seconds = m.captured(3).toInt();
        if (seconds > 59)
            return invalid();
        time = time.addSecs(seconds);
    }
    if (!m.captured(4).isEmpty()) {
        const auto offset = offsetSeconds(m.captured(4));
        if (!offset)
            return invalid();
        return QDateTime(day.value(), time, QTimeZone(*offset)).toMSecsSinceEpoch();
    }
    const QDateTime local(day.value(), time, zone);
    // Qt silently moves a time in the spring-forward gap; a booking at a shifted time would
    // surprise everyone, so refuse and let the user pick an existing time.
    if (!local.isValid() || local.date() != day.value() || local.time() != time)
        return R::failure(tr("%1 does not exist in the practice time zone %2 (the clocks are "
                             "changed for daylight saving time). Please choose another time.")
                              .arg(text, QString::fromLatin1(zone.id())));
    return local.toMSecsSinceEpoch();
}

} // namespace empfang
