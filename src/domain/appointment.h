#pragma once

#include "interval.h"

#include <QString>

namespace empfang {

enum class AppointmentStatus { Booked, Cancelled, NoShow, Completed };

QString statusKey(AppointmentStatus status);                   // "booked", … (DB and JSON)
bool statusFromKey(const QString &key, AppointmentStatus *out); // false for unknown keys

/// A booked (or formerly booked) slot of a patient with a practitioner.
struct Appointment
{
    qint64 id = 0;
    qint64 practitionerId = 0;
    qint64 typeId = 0;
    qint64 patientId = 0;
    Interval span; // UTC
    AppointmentStatus status = AppointmentStatus::Booked;
    QString note;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;

    // Filled by queries that join, for display only.
    QString patientName;
    QString typeName;

    /// Only booked appointments hold their time; cancelled ones free it.
    bool blocksTime() const { return status == AppointmentStatus::Booked; }
};

} // namespace empfang
