#pragma once

#include <QAtomicInteger>
#include <QElapsedTimer>
#include <QEvent>
#include <QList>
#include <QMetaEnum>
#include <QObject>
#include <QString>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <execinfo.h>
#include <pthread.h>
#include <thread>
#include <unistd.h>

namespace empfang::bench {

/// What held up the GUI thread: the application's notify() times every outermost event it
/// delivers and keeps the longest, with the receiver's class and the event type (a queued call
/// of a network reply, a timer of the grid, a paint …). With EMPFANG_BENCH_STALL_STACKS set, a
/// watchdog thread also prints the GUI thread's stack (addresses, for addr2line) whenever one
/// event has run for longer than 16 ms — where the time goes inside it.
template <typename App> class StallProbeApplication : public App
{
public:
    struct Stall
    {
        double ms = 0;
        QString what;
    };

    StallProbeApplication(int &argc, char **argv) : App(argc, argv)
    {
        if (qEnvironmentVariableIsSet("EMPFANG_BENCH_STALL_STACKS")) {
            s_gui = pthread_self();
            std::signal(SIGUSR2, [](int) {
                void *frames[48];
                const int n = backtrace(frames, 48);
                const char header[] = "--- GUI thread stack at 16 ms into one event\n";
                [[maybe_unused]] auto w = write(2, header, sizeof header - 1);
                backtrace_symbols_fd(frames, n, 2);
            });
            m_watchdog = std::thread([this] {
                while (!m_stop) {
                    std::this_thread::sleep_for(std::chrono::milliseconds(2));
                    const qint64 started = m_started.loadAcquire();
                    if (started > 0 && m_recording && m_clock.elapsed() - started > 16 &&
                        m_signalled != started) {
                        m_signalled = started;
                        pthread_kill(s_gui, SIGUSR2);
                    }
                }
            });
        }
        m_clock.start();
    }
    ~StallProbeApplication() override
    {
        m_stop = true;
        if (m_watchdog.joinable())
            m_watchdog.join();
    }

    /// Records from now on (earlier stalls: start-up and generation) and forgets older ones.
    void record(bool on)
    {
        m_recording = on;
        if (on)
            m_longest.clear();
    }
    QList<Stall> longest() const { return m_longest; }

    bool notify(QObject *receiver, QEvent *event) override
    {
        // Only the GUI thread's events: notify() also delivers those of worker threads (the
        // grid's loader, the network), which hold up nobody at the desk.
        if (QThread::currentThread() != this->thread())
            return App::notify(receiver, event);
        if (m_depth > 0 || !m_recording) {
            ++m_depth;
            const bool r = App::notify(receiver, event);
            --m_depth;
            return r;
        }
        ++m_depth;
        QElapsedTimer t;
        t.start();
        m_started.storeRelease(std::max<qint64>(1, m_clock.elapsed()));
        // The receiver may be gone afterwards (DeferredDelete): what names it is taken now.
        const char *className = receiver->metaObject()->className();
        const QString name = receiver->objectName();
        const QEvent::Type type = event->type();
        const qint64 started = m_started.loadAcquire();
        const bool r = App::notify(receiver, event);
        m_started.storeRelease(0);
        --m_depth;
        const double ms = double(t.nsecsElapsed()) / 1e6;
        if (m_signalled == started) // a stack was printed: say which event it belongs to
            std::fprintf(stderr, "--- (that was %.1f ms of %s %s)\n", ms, className,
                         QMetaEnum::fromType<QEvent::Type>().valueToKey(type));
        if (m_longest.size() < 5 || ms > m_longest.last().ms) {
            m_longest << Stall{
                ms, QStringLiteral("%1 \"%2\" %3")
                        .arg(QLatin1String(className), name,
                             QLatin1String(QMetaEnum::fromType<QEvent::Type>().valueToKey(type)))};
            std::sort(m_longest.begin(), m_longest.end(),
                      [](const Stall &a, const Stall &b) { return a.ms > b.ms; });
            if (m_longest.size() > 5)
                m_longest.removeLast();
        }
        return r;
    }

private:
    static inline pthread_t s_gui{};
    int m_depth = 0;
    std::atomic<bool> m_recording{false};
    QList<Stall> m_longest;
    QElapsedTimer m_clock;
    QAtomicInteger<qint64> m_started{0};
    std::atomic<bool> m_stop{false};
    std::atomic<qint64> m_signalled{0};
    std::thread m_watchdog;
};

} // namespace empfang::bench
