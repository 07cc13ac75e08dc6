#pragma once

#include "domain/appointment.h"

#include <QJsonObject>
#include <QTimeZone>

#include <optional>

namespace empfang {

/// What an event says besides the time: minimal by default (docs/ARCHITECTURE.md §4.5).
struct EventContent
{
    QString typeName;
    QString patientName;          // sent only when showPatientName is on
    bool showPatientName = false; // practice setting google.showPatientNames, off by default
    QByteArray zoneId = "Europe/Berlin";
    QString databaseId; // sync_meta.database_id, 16 hex digits
};

/// Pure mapping between appointments and Google Calendar v3 Event JSON.
class EventMapper
{
public:
    static constexpr auto kAppointmentProperty = "empfangAppointmentId";
    static constexpr auto kDatabaseProperty = "empfangDatabaseId";

    /// base32hex (RFC 4648 §7, lowercase, no padding) of "empfang" + database id + appointment id
    /// (+ generation when > 0). Deterministic, so a retried insert hits the same id (409).
    static QString eventId(const QString &databaseId, qint64 appointmentId, int generation = 0);
    static QString base32hex(const QByteArray &bytes);
    /// Google's rule for client ids: 5–1024 characters from 0-9 a-v.
    static bool isValidEventId(const QString &id);

    /// The body of events.insert.
    static QJsonObject toEvent(const Appointment &appointment, const EventContent &content,
                               const QString &eventId);
    /// The body of events.patch: only what a move or a text change touches.
    static QJsonObject toPatch(const Appointment &appointment, const EventContent &content);

    static QString summary(const EventContent &content);
    /// RFC 3339 with the zone's offset at that instant, e.g. 2026-03-29T09:00:00+02:00.
    static QString formatDateTime(qint64 ms, const QTimeZone &zone);
    /// RFC 3339 with offset or Z, fractions allowed.
    static std::optional<qint64> parseDateTime(const QString &text);
    /// An event's [start, end): dateTime, or all-day `date` (midnight in `zone`).
    static std::optional<Interval> span(const QJsonObject &event, const QTimeZone &zone);
    /// True when the event carries our private properties for this appointment.
    static bool isOwn(const QJsonObject &event, const QString &databaseId, qint64 appointmentId);
    static bool isCancelled(const QJsonObject &event);
};

} // namespace empfang
