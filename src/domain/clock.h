#pragma once

#include <QDateTime>

namespace empfang {

/// The current time, replaceable in tests (slots in the past and minimum notice depend on it).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const { return QDateTime::currentMSecsSinceEpoch(); }
};

/// A clock that stands still at a chosen instant.
class FixedClock : public Clock
{
public:
    explicit FixedClock(qint64 ms) : m_ms(ms) {}
    qint64 nowMs() const override { return m_ms; }
    void set(qint64 ms) { m_ms = ms; }

private:
    qint64 m_ms;
};

} // namespace empfang
