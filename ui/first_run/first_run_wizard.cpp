#include "first_run/first_run_wizard.h"

#include "booking/practice_directory.h"
#include "booking/practice_setup.h"
#include "booking/practitioner_setup.h"
#include "booking/schedule_setup.h"
#include "booking/type_setup.h"
#include "common/message_box.h"
#include "first_run/first_run_pages.h"
#include "first_run_pages.h"
#include "logging.h"
#include "storage/database.h"

#include <QAbstractButton>

namespace empfang {

FirstRunWizard::FirstRunWizard(Database &db, QWidget *parent) : QWizard(parent), m_db(db)
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("Set up the practice"));
    setWizardStyle(QWizard::ModernStyle);
    setMinimumSize(640, 480);
    m_practice = new PracticePage(this);
    m_practitioner = new PractitionerPage(this);
    m_types = new TypesPage(this);
    m_hours = new HoursPage(this);
    for (QWizardPage *page :
         {static_cast<QWizardPage *>(m_practice), static_cast<QWizardPage *>(m_practitioner),
          static_cast<QWizardPage *>(m_types), static_cast<QWizardPage *>(m_hours)})
        addPage(page);

    // Someone who only wants to look around should not have to invent a practice first.
    setOption(QWizard::HaveCustomButton1);
    setButtonText(QWizard::CustomButton1, tr("Open the demo practice instead"));
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("openDemoButton"));
    // QDialog::done directly: QWizard::done would validate (and on the last page store) first.
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            QDialog::done(DemoRequested);
    });
    for (auto which : {QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton,
                       QWizard::CancelButton, QWizard::HelpButton, QWizard::CommitButton})
        button(which)->setObjectName(QStringLiteral("wizardButton%1").arg(int(which)));
}

bool FirstRunWizard::isNeeded(Database &db)
{
    const auto list = PracticeDirectory(db).practitioners(true);
    return list && list->isEmpty();
}

bool FirstRunWizard::validateCurrentPage()
{
    if (!QWizard::validateCurrentPage())
        return false;
    if (currentPage() != m_hours || m_saved)
        return true;
    // Stored on Finish, inside the wizard, so a failure keeps what the user typed.
    if (Status stored = save(); !stored) {
        MessageBox::warning(this, tr("Set up Empfang"), stored.error());
        return false;
    }
    return true;
}

Status FirstRunWizard::save()
{
    WriteTransaction tx(m_db);
    if (!tx.started())
        return Status::failure(m_db.lastFailure());

    PracticeSettings settings = PracticeDirectory(m_db).settings();
    settings.name = m_practice->practiceName();
    settings.timeZoneId = m_practice->timeZoneId();
    if (Status s = PracticeSetup(m_db).saveSettings(settings); !s)
        return s;

    auto practitioner = PractitionerSetup(m_db).add(m_practitioner->practitionerName());
    if (!practitioner)
        return Status::failure(practitioner.error());

    TypeSetup types(m_db);
    for (const AppointmentType &t : m_types->types()) {
        if (auto stored = types.add(t); !stored)
            return Status::failure(stored.error());
    }

    ScheduleSetup schedule(m_db);
    for (WeeklyHours h : m_hours->hours()) {
        h.practitionerId = practitioner->id;
        if (auto stored = schedule.addHours(h); !stored)
            return Status::failure(stored.error());
    }
    if (!tx.commit())
        return Status::failure(tr("The set-up could not be saved. Nothing was stored."));
    m_saved = true;
    qCInfo(lcUi) << "first-run set-up stored";
    return success();
}

std::shared_ptr<Database> FirstRunWizard::runIfNeeded(std::shared_ptr<Database> db,
                                                      const AppStartup::Options &options,
                                                      const Clock &clock)
{
    if (options.demo || !isNeeded(*db))
        return db;
    FirstRunWizard wizard(*db);
    const int result = wizard.exec();
    if (result == DemoRequested) {
        AppStartup::Options demo = options;
        demo.demo = true;
        demo.databasePath.clear(); // the demo never writes into the practice's file
        return AppStartup::openDatabase(demo, clock);
    }
    if (result != QDialog::Accepted) {
        qCInfo(lcUi) << "first-run set-up cancelled";
        return nullptr;
    }
    return db;
}

} // namespace empfang
