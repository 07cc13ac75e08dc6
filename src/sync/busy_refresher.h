#pragma once

#include "busy_cache.h"
#include "domain/clock.h"
#include "google/calendar_client.h"

#include <QObject>
#include <QSet>

#include <functional>

namespace empfang {

class GoogleConnectionService;
class WorkerConnection;

/// Fetches Google busy times into the BusyCache with as few freeBusy requests as possible: one
/// per Google account, ≤ 50 calendars and ≤ 60 days each.
///
/// Why "per account" and not "one for everybody" (docs/ARCHITECTURE.md §3): a freeBusy request is
/// answered with the rights of the token that sends it, and "primary" means that token's own
/// calendar. Practitioners who connected the same Google account (a practice account with one
/// calendar per practitioner — the common setup, and the fake's) share requests; separate accounts
/// cannot, because one practitioner's token must not be used to read another's calendars.
class BusyRefresher : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxCalendarsPerRequest = 50; // FreeBusyRequest.calendarExpansionMax
    // The discovery document names no range limit; Google refuses very long ranges
    // (timeRangeTooLong) in practice, so long ranges are split.
    static constexpr int kMaxDaysPerRequest = 60;

    struct Summary
    {
        int requests = 0;
        int calendars = 0;
        QList<qint64> practitioners;   // refreshed (fine or with errors)
        QList<qint64> notSynchronised; // at least one calendar not refreshed (any reason)
        QList<qint64> unreachable;     // of those: Google could not be reached (RetryLater);
                                       // the cache still applies, the grid shows "offline"
    };
    using Done = std::function<void(const Summary &)>;

    /// `writer` stores Google's answers, off this thread.
    BusyRefresher(Database &db, BusyCache &cache, CalendarClient &client,
                  GoogleConnectionService &connections, const Clock &clock,
                  WorkerConnection &writer, QObject *parent = nullptr);

    /// Every connected practitioner (or only `practitionerIds`) for `range`, widened to whole
    /// practice days.
    void refresh(const Interval &range, Done done = {}, const QList<qint64> &practitionerIds = {});
    bool isRunning() const { return m_running > 0; }

Q_SIGNALS:
    void busyTimesChanged(const QList<qint64> &practitionerIds);

private:
    struct Request
    {
        qint64 tokenPractitioner = 0;
        QStringList calendars;
        Interval range;
        QHash<QString, QList<qint64>> users; // calendar → practitioners who count it as busy
    };
    using Reasons = QHash<qint64, QString>; // practitioner → why Google could not be reached
    /// What Google said of one calendar for one practitioner: its busy times, or why not.
    struct Answer
    {
        qint64 practitionerId = 0;
        QString calendarId;
        QList<Interval> busy;
        QString error;
    };
    /// Reads Google's answer and stores it (in the writer's thread); `stored` runs on this
    /// object's thread once it is in the database.
    void handle(const Request &request, const CalendarClient::Reply &reply,
                const std::shared_ptr<Summary> &summary, Reasons &unreachable,
                const std::function<void()> &stored);
    /// The answers of one request in one transaction; the practitioners whose busy times were
    /// stored (Google answered for them).
    static QList<qint64> store(BusyCache &cache, const QList<Answer> &answers,
                               const Interval &range, qint64 nowMs);
    Interval wholeDays(const Interval &range) const;

    Database &m_db;
    BusyCache &m_cache;
    CalendarClient &m_client;
    GoogleConnectionService &m_connections;
    const Clock &m_clock;
    WorkerConnection &m_writer;
    int m_running = 0;
};

} // namespace empfang
