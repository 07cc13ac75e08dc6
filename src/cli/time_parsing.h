#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QTime>
#include <QTimeZone>

namespace empfang {

/// Reads dates and times typed by people (CLI options, later UI fields). A time without an
/// offset is practice time; an explicit offset or "Z" is taken as written. Every failure is
/// a sentence naming the text that could not be read.
class TimeParsing
{
    Q_DECLARE_TR_FUNCTIONS(TimeParsing)
public:
    /// "2026-12-07T09:00", "2026-12-07 09:00", optional ":ss", optional "+01:00"/"+0100"/"Z".
    /// Local times that do not exist (skipped by a DST change) are refused, not shifted.
    static Result<qint64> dateTime(const QString &text, const QTimeZone &zone);
    /// "YYYY-MM-DD".
    static Result<QDate> date(const QString &text);
    /// "HH:MM" on a 24-hour clock, 00:00 … 23:59.
    static Result<QTime> clockTime(const QString &text);
    /// True when `text` is a bare date (no time part) — lets callers read it as a whole day.
    static bool isDateOnly(const QString &text);
    /// Start of `day` in `zone` (00:00, or the first valid time if midnight was skipped).
    static qint64 startOfDay(const QDate &day, const QTimeZone &zone);
};

} // namespace empfang
