#include "retry_after.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace empfang {

namespace {

constexpr qint64 kMaxMs = 24LL * 3600 * 1000;

// IMF-fixdate, the form servers must send ("Sun, 06 Nov 1994 08:49:37 GMT"); the obsolete
// forms are rare enough to be treated as unreadable (the normal backoff then applies).
QDateTime httpDate(const QString &text)
{
    static const QRegularExpression form(QStringLiteral(
        "^[A-Za-z]{3}, (\\d{2}) ([A-Za-z]{3}) (\\d{4}) (\\d{2}):(\\d{2}):(\\d{2}) GMT$"));
    const auto m = form.match(text);
    if (!m.hasMatch())
        return {};
    static const QStringList months{
        QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar"), QStringLiteral("Apr"),
        QStringLiteral("May"), QStringLiteral("Jun"), QStringLiteral("Jul"), QStringLiteral("Aug"),
        QStringLiteral("Sep"), QStringLiteral("Oct"), QStringLiteral("Nov"), QStringLiteral("Dec")};
    const qsizetype month = months.indexOf(m.captured(2));
    if (month < 0)
        return {};
    const QDate day(m.captured(3).toInt(), int(month) + 1, m.captured(1).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!day.isValid() || !time.isValid())
        return {};
    return QDateTime(day, time, Qt::UTC);
}

} // namespace

qint64 RetryAfter::parseMs(const QByteArray &header, const QDateTime &now)
{
    const QString text = QString::fromLatin1(header).trimmed();
    if (text.isEmpty())
        return 0;
    static const QRegularExpression seconds(QStringLiteral("^[0-9]{1,9}$"));
    qint64 ms = 0;
    if (seconds.match(text).hasMatch()) {
        ms = text.toLongLong() * 1000;
    } else {
        const QDateTime at = httpDate(text);
        if (!at.isValid())
            return 0;
        ms = now.msecsTo(at);
    }
    return std::clamp<qint64>(ms, 0, kMaxMs);
}

} // namespace empfang
