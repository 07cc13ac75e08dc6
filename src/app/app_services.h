#pragma once

#include "app/google_stack.h"
#include "booking/availability_service.h"
#include "booking/booking_service.h"
#include "storage/worker_connection.h"

#include <QObject>

#include <memory>

namespace empfang {

class Clock;
class Database;

/// The application layer of one process (docs/ARCHITECTURE.md §1): the open database, the
/// clock, availability and booking, and the Google stack. The window (app/main.cpp), every
/// empfang-cli command (CliContext) and the integration tests build their Empfang from it, so
/// the order in which the parts are made and torn down is written once.
///
/// The Google stack is built on first use: a desk or a command without Google never creates a
/// keychain store or network access. Once its sync service exists, availability counts the
/// Google busy times it caches.
class AppServices : public QObject
{
    Q_OBJECT
public:
    AppServices(Database &db, const Clock &clock, QObject *parent = nullptr);
    /// As above; the Google stack, when it is built, uses `google` (endpoints, token store …).
    AppServices(Database &db, const Clock &clock, const GoogleStack::Options &google,
                QObject *parent = nullptr);
    ~AppServices() override;

    Database &db() { return m_db; }
    const Clock &clock() const { return m_clock; }
    AvailabilityService &availability() { return m_availability; }
    BookingService &booking() { return m_booking; }

    /// The Google stack, built now if it was not yet.
    GoogleStack &google();
    /// The Google stack if it was built, else null.
    GoogleStack *googleIfBuilt() const { return m_google.get(); }
    /// The sync service of the Google stack, both built now if they were not yet.
    SyncService &sync() { return google().sync(); }
    /// The process's one thread and connection for work off the GUI thread (the grid's loads,
    /// storing busy times), started on first use.
    WorkerConnection &background();

private:
    Database &m_db;
    const Clock &m_clock;
    AvailabilityService m_availability;
    BookingService m_booking;
    GoogleStack::Options m_googleOptions;
    // Before the stack: it goes after it, running what the stack still queued (busy times).
    std::unique_ptr<WorkerConnection> m_background;
    std::unique_ptr<GoogleStack> m_google; // last: goes first, while the rest still exists
};

} // namespace empfang
