#include "first_run_setup.h"

#include "practice_directory.h"
#include "practice_setup.h"
#include "practitioner_setup.h"
#include "schedule_setup.h"
#include "storage/database.h"
#include "type_setup.h"

namespace empfang {

Status FirstRunSetup::save(const Answers &answers)
{
    WriteTransaction tx(m_db);
    if (!tx.started())
        return Status::failure(m_db.lastFailure());

    PracticeSettings settings = PracticeDirectory(m_db).settings();
    settings.name = answers.practiceName;
    settings.timeZoneId = answers.timeZoneId;
    if (Status s = PracticeSetup(m_db).saveSettings(settings); !s)
        return s;

    auto practitioner = PractitionerSetup(m_db).add(answers.practitionerName);
    if (!practitioner)
        return Status::failure(practitioner.error());

    TypeSetup types(m_db);
    for (const AppointmentType &t : answers.types) {
        if (auto stored = types.add(t); !stored)
            return Status::failure(stored.error());
    }

    ScheduleSetup schedule(m_db);
    for (WeeklyHours h : answers.hours) {
        h.practitionerId = practitioner->id;
        if (auto stored = schedule.addHours(h); !stored)
            return Status::failure(stored.error());
    }
    if (!tx.commit())
        return Status::failure(tr("The set-up could not be saved. Nothing was stored."));
    return success();
}

} // namespace empfang
