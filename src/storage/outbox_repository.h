#pragma once

#include "database.h"
#include "domain/appointment.h"
#include "domain/result.h"
#include "sync_types.h"

#include <QList>

#include <optional>

namespace empfang {

/// The outbox: writes to Google that are still owed. The record* calls run inside the
/// booking's own write transaction (BookingService), so a booking and its outbox row are
/// stored together or not at all. Later changes fold into an open row for the same appointment
/// and calendar (a move after a pending insert is still one insert, of the new time).
class OutboxRepository
{
    Q_DECLARE_TR_FUNCTIONS(OutboxRepository)
public:
    explicit OutboxRepository(Database &db) : m_db(db) {}

    struct Counts
    {
        int pending = 0; // will be sent: the practitioner is connected with write access
        int failed = 0;
        // Kept, but cannot go out before the practitioner connects Google (again): revoked,
        // disconnected or read-only. Never hidden in "pending" nor left out as nothing owed.
        int waitingForReconnect = 0;
    };

    Status recordBooked(const Appointment &appointment, qint64 nowMs);
    Status recordMoved(const Appointment &before, const Appointment &after, qint64 nowMs);
    Status recordCancelled(const Appointment &appointment, qint64 nowMs);
    /// A cancelled appointment booked again: a new event (Google refuses a deleted event's id).
    Status recordReinstated(const Appointment &appointment, qint64 nowMs);

    using Sender = OutboxSender;
    /// How long a claim holds: longer than a request and its follow-up (409 → get) take.
    static constexpr qint64 kClaimMs = 2 * 60 * 1000;

    /// Pending rows whose time has come and that no other process has claimed, oldest first.
    Result<QList<OutboxEntry>> due(qint64 nowMs, int limit = 50, const Sender &sender = {}) const;
    /// When the next pending row of `sender`'s desk becomes due (nullopt: nothing pending).
    std::optional<qint64> nextDueMs(const Sender &sender = {}) const;
    Result<std::optional<OutboxEntry>> find(qint64 id) const;
    /// The open (pending or failed) row of an appointment, if any.
    Result<std::optional<OutboxEntry>> openFor(qint64 appointmentId) const;

    /// Counts the attempt before it is sent: a crash mid-request must look "maybe sent".
    Status markSending(qint64 id, qint64 nowMs);
    /// markSending() for `sender` alone: true when the row is now claimed by it, false when
    /// another process holds it or another desk syncs the practitioner. One statement, so two
    /// desks that both try never both win.
    Result<bool> claim(qint64 id, const Sender &sender, qint64 nowMs);
    /// Frees the claims of processes of `desk` that no longer run (after a crash or kill -9),
    /// so the restarted desk continues at once instead of after kClaimMs.
    Status releaseDeadClaims(const QString &desk);
    /// Open (pending or failed) rows of one practitioner: "3 changes wait".
    int waitingFor(qint64 practitionerId) const;
    /// Closes the row unless it changed (revision) while the request was under way.
    Status finish(const OutboxEntry &entry, qint64 nowMs);
    Status postpone(qint64 id, qint64 nextAttemptMs, const QString &error, qint64 nowMs);
    Status fail(qint64 id, const QString &error, qint64 nowMs);
    /// The receptionist's "try again": failed rows of the appointment become due now.
    Status retry(qint64 appointmentId, qint64 nowMs);
    /// Every pending row becomes due now: an explicit "sync now" (empfang-cli sync) should not
    /// wait out a backoff that an earlier offline attempt started.
    Status makeAllDue(qint64 nowMs);
    /// After a 409 showed the event exists with an older state: the row becomes a patch.
    Status setOperation(qint64 id, OutboxOperation op, qint64 nowMs);
    Status enqueue(const OutboxEntry &entry, qint64 nowMs);
    Counts counts() const;

    /// True when Empfang may write to the practitioner's calendar (connected, not read-only).
    bool writable(qint64 practitionerId) const;

private:
    static const char *const kColumns;
    static OutboxEntry fromQuery(const QSqlQuery &q);
    Status open(qint64 appointmentId, qint64 practitionerId, const QString &calendarId,
                const QString &eventId, OutboxOperation op, qint64 nowMs);
    Status insertFor(const Appointment &appointment, int generation, qint64 nowMs);

    Database &m_db;
};

} // namespace empfang
