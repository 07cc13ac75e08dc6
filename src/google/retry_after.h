#pragma once

#include <QByteArray>
#include <QDateTime>

namespace empfang {

/// Google's Retry-After header (RFC 9110 §10.2.3) on a 429 or 503: either delay-seconds ("120")
/// or an HTTP-date ("Wed, 21 Oct 2026 07:28:00 GMT").
struct RetryAfter
{
    /// The wait it asks for in milliseconds, from `now`; 0 when the header is missing, cannot
    /// be read or lies in the past. At most a day: a broken proxy must not stop sync for weeks.
    static qint64 parseMs(const QByteArray &header, const QDateTime &now);
};

} // namespace empfang
