#pragma once

#include "app_startup.h"
#include "domain/result.h"

#include <QWizard>

#include <memory>

namespace empfang {

class Clock;
class Database;
class HoursPage;
class PracticePage;
class PractitionerPage;
class TypesPage;

/// The first start on an empty database: practice, first practitioner, appointment types and
/// working hours, stored in one transaction when the user clicks Finish — or the demo instead.
/// Without it a new user would face an empty grid with no hint what to do.
class FirstRunWizard : public QWizard
{
    Q_OBJECT
public:
    /// exec() result when the user chose the demo practice instead.
    static constexpr int DemoRequested = 2;

    explicit FirstRunWizard(Database &db, QWidget *parent = nullptr);

    /// True when `db` has no practitioner at all (active or not).
    static bool isNeeded(Database &db);
    /// Runs the wizard when needed. Returns the database to show (the demo one if chosen), or
    /// null when the user cancelled and the program should end.
    static std::shared_ptr<Database> runIfNeeded(std::shared_ptr<Database> db,
                                                 const AppStartup::Options &options,
                                                 const Clock &clock);

    /// Stores everything the pages hold, all or nothing.
    Status save();

protected:
    bool validateCurrentPage() override;

private:
    Database &m_db;
    PracticePage *m_practice = nullptr;
    PractitionerPage *m_practitioner = nullptr;
    TypesPage *m_types = nullptr;
    HoursPage *m_hours = nullptr;
    bool m_saved = false;
};

} // namespace empfang
