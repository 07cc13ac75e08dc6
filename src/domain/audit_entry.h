#pragma once

#include <QString>

namespace empfang {

/// One line of the audit log: who did what to which appointment or patient — ids only.
struct AuditEntry
{
    qint64 id = 0;
    qint64 atMs = 0;
    QString osUser;
    QString workstation;
    QString action;           // booked, moved, cancelled, no_show, exported, erased, retention
    qint64 appointmentId = 0; // 0 = none
    qint64 patientId = 0;     // 0 = none; an id, never a name
    QString detail;           // technical, e.g. "series 3" or "removed 2" — no patient data
};

} // namespace empfang
