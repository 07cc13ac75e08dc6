#pragma once

#include "domain/interval.h"
#include "storage/database.h"
#include "sync/sync_service.h" // QPointer needs the complete type

#include <QObject>
#include <QPointer>

#include <optional>

class QTimer;

namespace empfang {

/// The last look at Google before a booking is committed (docs/ARCHITECTURE.md §2, step 2): asks
/// freeBusy for one practitioner and slot, asynchronously, and gives up after a few seconds so that
/// a slow or missing network never holds the desk up — the booking then goes through the outbox.
class FreshCheck : public QObject
{
    Q_OBJECT
public:
    enum class Outcome {
        Free,      // Google answered: nothing there
        Taken,     // Google answered: the time was taken in the calendar meanwhile
        Unchecked, // offline, timeout or an error for the calendar: book, sync later
    };
    static constexpr int kTimeoutMs = 5000;

    /// A check makes sense only for a practitioner connected to Google.
    static bool applies(const SyncService *sync, qint64 practitionerId);
    /// The time a `typeId` appointment starting at `startMs` would block with that practitioner;
    /// nullopt when the type is not offered there — then the booking rules refuse it anyway.
    static std::optional<Interval> spanFor(Database &db, qint64 practitionerId, qint64 typeId,
                                           qint64 startMs);
    /// Moves (dialog and drag & drop) refuse and explain with the same words.
    static QString movedTakenText();
    static QString uncheckedText();

    FreshCheck(SyncService &sync, QObject *parent = nullptr);
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    /// Starts the check of `span`; finished() follows exactly once, never inside start().
    void start(qint64 practitionerId, const Interval &span);
    bool isRunning() const { return m_running; }

signals:
    void finished(FreshCheck::Outcome outcome);

private:
    void finish(Outcome outcome);

    QPointer<SyncService> m_sync;
    QTimer *m_timeout = nullptr;
    int m_timeoutMs = kTimeoutMs;
    int m_generation = 0; // a late answer of an earlier check must not end this one
    bool m_running = false;
};

} // namespace empfang
