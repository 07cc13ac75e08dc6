#include "backoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace empfang {

Backoff::Backoff(qint64 baseMs, qint64 capMs, Random random)
    : m_base(std::max<qint64>(1, baseMs)), m_cap(std::max(capMs, m_base)),
      m_random(std::move(random))
{
}

double Backoff::draw() const
{
    const double r = m_random ? m_random() : QRandomGenerator::global()->generateDouble();
    return std::clamp(r, 0.0, 1.0);
}

qint64 Backoff::ceiling(int attempt) const
{
    qint64 delay = m_base;
    for (int i = 1; i < attempt; ++i) {
        if (delay >= m_cap / 2)
            return m_cap; // doubling would reach the cap anyway; stop before any overflow
        delay *= 2;
    }
    return std::min(delay, m_cap);
}

qint64 Backoff::fullJitter(int attempt) const
{
    return qint64(draw() * double(ceiling(attempt)));
}

qint64 Backoff::decorrelated(qint64 previousMs) const
{
    const qint64 previous = previousMs > 0 ? previousMs : m_base;
    const qint64 upper = std::min(m_cap, previous > m_cap / 3 ? m_cap : previous * 3);
    if (upper <= m_base)
        return m_base;
    return std::min(m_cap, m_base + qint64(draw() * double(upper - m_base)));
}

} // namespace empfang
