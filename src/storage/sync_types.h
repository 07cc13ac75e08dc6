#pragma once

#include "domain/interval.h"

#include <QString>

#include <optional>

namespace empfang {

/// Where an appointment stands with the practitioner's Google calendar.
enum class SyncState {
    Pending,  // written locally, not yet confirmed by Google (offline, retrying)
    Synced,   // Google holds exactly what Empfang holds
    Failed,   // Google refused for good; `message` says why, retry() tries again
    Conflict, // the event was moved or deleted in Google: the receptionist decides
};
QString syncStateKey(SyncState state); // "pending", … (DB and JSON)
SyncState syncStateFromKey(const QString &key);

enum class OutboxOperation { Insert, Patch, Delete };
QString operationKey(OutboxOperation op);
OutboxOperation operationFromKey(const QString &key);

/// Who asks the outbox: this desk (rows of practitioners another desk syncs are left out) and
/// this process (rows it claimed are still its own). Empty: every row. Here rather than in
/// OutboxRepository so that SyncService's header, which the window sees, needs no repository.
struct OutboxSender
{
    QString desk;
    QString holder;
};

/// One pending write to Google (a row of `outbox`).
struct OutboxEntry
{
    qint64 id = 0;
    qint64 appointmentId = 0;
    qint64 practitionerId = 0;
    QString calendarId;
    QString eventId;
    OutboxOperation operation = OutboxOperation::Insert;
    int attempts = 0;
    int revision = 0;
    qint64 nextAttemptMs = 0;
    QString state; // pending / failed / done
    QString lastError;
};

/// What Google holds for an appointment (a row of `google_events`).
struct GoogleEventRecord
{
    qint64 appointmentId = 0;
    qint64 practitionerId = 0;
    QString calendarId;
    QString eventId;
    int generation = 0;
    QString etag;
    SyncState state = SyncState::Pending;
    std::optional<Interval> remoteSpan; // the event's time in Google, when known
    QString note;                       // German: what changed in Google, or why it failed
};

} // namespace empfang
