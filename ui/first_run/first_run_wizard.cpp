#include "first_run/first_run_wizard.h"

#include "booking/first_run_setup.h"
#include "booking/practice_directory.h"
#include "common/message_box.h"
#include "first_run/first_run_pages.h"
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
    if (Status s = FirstRunSetup(m_db).save({m_practice->practiceName(), m_practice->timeZoneId(),
                                             m_practitioner->practitionerName(), m_types->types(),
                                             m_hours->hours()});
        !s)
        return s;
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
