#include "app_services.h"

namespace empfang {

AppServices::AppServices(Database &db, const Clock &clock, QObject *parent)
    : AppServices(db, clock, GoogleStack::Options{}, parent)
{
}

AppServices::AppServices(Database &db, const Clock &clock, const GoogleStack::Options &google,
                         QObject *parent)
    : QObject(parent), m_db(db), m_clock(clock), m_availability(db, clock),
      m_booking(db, m_availability), m_googleOptions(google)
{
    setObjectName(QStringLiteral("appServices"));
}

AppServices::~AppServices() = default;

GoogleStack &AppServices::google()
{
    if (!m_google) {
        GoogleStack::Options options = m_googleOptions;
        if (!options.background)
            options.background = &background();
        m_google = std::make_unique<GoogleStack>(m_db, m_clock, options);
        // Asked at each query, so the cache counts from the moment the sync service exists.
        m_availability.setBusySource([this](qint64 practitionerId, const Interval &range) {
            SyncService *sync = m_google->syncIfBuilt();
            return sync ? sync->cache().busy(practitionerId, range) : QList<Interval>{};
        });
    }
    return *m_google;
}

WorkerConnection &AppServices::background()
{
    if (!m_background)
        m_background = std::make_unique<WorkerConnection>(m_db, QStringLiteral("background"));
    return *m_background;
}

} // namespace empfang
