#pragma once

#include <QtGlobal>

#include <compare>

namespace empfang {

/// A half-open span of time [startMs, endMs) in UTC epoch milliseconds.
struct Interval
{
    qint64 startMs = 0;
    qint64 endMs = 0;

    bool isEmpty() const { return endMs <= startMs; }
    qint64 length() const { return endMs - startMs; }
    bool overlaps(const Interval &o) const { return startMs < o.endMs && o.startMs < endMs; }
    bool contains(const Interval &o) const { return startMs <= o.startMs && o.endMs <= endMs; }
    auto operator<=>(const Interval &) const = default;
};

constexpr qint64 kMinuteMs = 60 * 1000;

} // namespace empfang
