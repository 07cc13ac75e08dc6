#pragma once

#include "domain/appointment_type.h"
#include "domain/result.h"
#include "domain/weekly_hours.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace empfang {

class Database;

/// What the first-run wizard stores on Finish: the practice's name and time zone, the first
/// practitioner, the appointment types and that practitioner's working hours. All in one
/// transaction, each part through its setup service (the same rules as in Settings and the
/// CLI): a failure leaves the database as empty as before, and the wizard keeps what was typed.
class FirstRunSetup
{
    Q_DECLARE_TR_FUNCTIONS(FirstRunSetup)
public:
    struct Answers
    {
        QString practiceName;
        QByteArray timeZoneId; // IANA, e.g. "Europe/Berlin"
        QString practitionerName;
        QList<AppointmentType> types;
        QList<WeeklyHours> hours; // of the first practitioner (practitionerId is set here)
    };

    explicit FirstRunSetup(Database &db) : m_db(db) {}

    Status save(const Answers &answers);

private:
    Database &m_db;
};

} // namespace empfang
