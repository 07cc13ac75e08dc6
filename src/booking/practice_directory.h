#pragma once

#include "domain/absence.h"
#include "domain/appointment_type.h"
#include "domain/interval.h"
#include "domain/practice_contact.h"
#include "domain/practice_settings.h"
#include "domain/practitioner.h"
#include "domain/result.h"
#include "domain/type_offer.h"
#include "domain/weekly_hours.h"

#include <QList>
#include <QTimeZone>

namespace empfang {

class Database;

/// What the practice is set up as, read-only: practitioners and what they offer, appointment
/// types, working hours, absences, the practice settings and contact. The one read API of the
/// grid, the dialogs, the settings tabs and the CLI (docs/ARCHITECTURE.md §1); the changes go
/// through the setup services (PractitionerSetup, TypeSetup, ScheduleSetup, PracticeSetup).
/// Built on a `Database&`, so the grid loader can use one on its worker connection.
class PracticeDirectory
{
public:
    explicit PracticeDirectory(Database &db) : m_db(db) {}

    Result<QList<Practitioner>> practitioners(bool includeInactive = false) const;
    Result<Practitioner> practitioner(qint64 id) const;
    /// Empty = offers every type.
    Result<QList<TypeOffer>> offers(qint64 practitionerId) const;
    /// The duration of `typeId` with this practitioner, or why they do not offer it.
    Result<int> durationFor(qint64 practitionerId, qint64 typeId) const;

    Result<QList<AppointmentType>> types(bool includeInactive = false) const;
    Result<AppointmentType> type(qint64 id) const;

    Result<QList<WeeklyHours>> hours(qint64 practitionerId) const;
    /// Absences of a practitioner that overlap `range`.
    Result<QList<Absence>> absences(qint64 practitionerId, const Interval &range) const;

    PracticeSettings settings() const;
    /// The practice's time zone (PracticeSettings::timeZone): slots and shown times use it.
    QTimeZone timeZone() const;
    PracticeContact contact() const;
    /// The card format's German name for menus and messages.
    static QString cardFormatName(PracticeContact::CardFormat format);

private:
    Database &m_db;
};

} // namespace empfang
