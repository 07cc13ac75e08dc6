#include "schedule/grid_decoration.h"

#include "google/google_desk_note.h"
#include "schedule/schedule_data.h"
#include "schedule_data.h"

namespace empfang {

void GridDecoration::apply(ScheduleData &data, const BusyCache &cache, Database &db, qint64 nowMs)
{
    QList<qint64> practitioners;
    QList<qint64> appointmentIds;
    for (const ScheduleColumn &c : std::as_const(data.columns)) {
        if (!practitioners.contains(c.practitioner.id))
            practitioners << c.practitioner.id;
        for (const Appointment &a : c.appointments)
            appointmentIds << a.id;
    }
    const auto days = cache.perDay(practitioners, data.days, nowMs);
    const auto badges = SyncService::appointmentSyncs(db, appointmentIds);
    // Only practitioners another desk syncs get a desk note: with one desk nothing changes.
    const QHash<qint64, DeskSyncStatus> desks =
        DeskSyncStatus::ofOtherDesks(db, practitioners, nowMs);
    for (ScheduleColumn &c : data.columns) {
        const BusyCache::Day day = days.value(c.practitioner.id).value(data.days.indexOf(c.day));
        const BusyCache::State &s = day.state;
        GoogleColumn &g = c.google;
        switch (s.freshness) {
        case BusyCache::Freshness::NotConnected:
            continue;
        case BusyCache::Freshness::Fresh:
            g.freshness = GoogleColumn::Freshness::Fresh;
            break;
        case BusyCache::Freshness::Stale:
            g.freshness = GoogleColumn::Freshness::Stale;
            break;
        case BusyCache::Freshness::Offline:
            // Not withheld: "an answer at once, online or not" — the outbox sends the booking
            // later. Only an answered error or nothing known at all (Missing) withholds.
            g.freshness = GoogleColumn::Freshness::Offline;
            break;
        case BusyCache::Freshness::Missing:
        case BusyCache::Freshness::Error:
            g.freshness = GoogleColumn::Freshness::Unsynchronised;
            break;
        }
        g.fetchedMs = s.fetchedMs;
        g.error = s.error;
        if (const auto desk = desks.constFind(c.practitioner.id); desk != desks.cend()) {
            g.deskNote = GoogleDeskNote::details(*desk);
            g.deskSilent = desk->syncDeskSilent;
        }
        g.busy = day.busy;
        if (g.freshness == GoogleColumn::Freshness::Unsynchronised) {
            g.withheldSlots = int(c.freeSlots.size());
            c.freeSlots.clear();
        }
        for (const Appointment &a : c.appointments) {
            if (const auto sync = badges.constFind(a.id); sync != badges.cend())
                data.sync.insert(a.id, SyncBadge{sync->state, sync->message});
        }
    }
}

} // namespace empfang
