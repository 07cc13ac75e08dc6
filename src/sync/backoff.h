#pragma once

#include <QtGlobal>

#include <functional>

namespace empfang {

/// Retry delays: exponential growth with jitter, so many desks (or many outbox rows) that failed
/// together do not hammer Google together again. Pure arithmetic; the random source is injected
/// so tests can pin it.
class Backoff
{
public:
    using Random = std::function<double()>; // uniform in [0, 1)

    explicit Backoff(qint64 baseMs = 1000, qint64 capMs = 5 * 60 * 1000, Random random = {});

    /// min(cap, base · 2^(attempt−1)) for attempt ≥ 1, computed by doubling with saturation
    /// (never `^`, which is XOR in C++, and never an overflowing shift).
    qint64 ceiling(int attempt) const;
    /// "Full jitter": uniform in [0, ceiling(attempt)].
    qint64 fullJitter(int attempt) const;
    /// "Decorrelated jitter": uniform in [base, 3 · previous], capped; previous ≤ 0 = first try.
    qint64 decorrelated(qint64 previousMs) const;

    qint64 baseMs() const { return m_base; }
    qint64 capMs() const { return m_cap; }

private:
    double draw() const;

    qint64 m_base;
    qint64 m_cap;
    Random m_random;
};

} // namespace empfang
