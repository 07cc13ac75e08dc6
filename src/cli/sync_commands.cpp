#include "sync_commands.h"

#include "booking/appointment_directory.h"
#include "booking/practice_directory.h"
#include "google/google_endpoints.h"
#include "storage/desk_repository.h"
#include "storage/google_connection_repository.h"
#include "storage/outbox_repository.h"
#include "storage/sql.h"
#include "time_parsing.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace empfang::cli {

namespace {

// A booking command waits this long for its one push; then the event stays in the outbox and
// `sync` (or the front desk) sends it. Short, because the receptionist's answer is already in.
constexpr int kPushTimeoutMs = 5000;

QList<qint64> connectedPractitioners(Database &db, const QList<qint64> &among)
{
    QList<qint64> out;
    if (auto all = GoogleConnectionRepository(db).list()) {
        for (const GoogleConnection &c : all.value()) {
            if (c.isConnected() && (among.isEmpty() || among.contains(c.practitionerId)))
                out << c.practitionerId;
        }
    }
    return out;
}

struct Problem
{
    qint64 appointmentId = 0;
    SyncService::AppointmentSync sync;
};

// Appointments Google refused for good or that were changed in Google: `sync` lists them.
QList<Problem> problems(Database &db, SyncService &sync)
{
    QList<Problem> out;
    QSqlQuery q(db.connection());
    QString error;
    if (!sql::run(q,
                  QStringLiteral("SELECT appointment_id FROM outbox WHERE state = 'failed' UNION "
                                 "SELECT appointment_id FROM google_events WHERE sync_state IN "
                                 "('failed', 'conflict') ORDER BY 1"),
                  {}, &error))
        return out;
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    for (qint64 id : ids) {
        if (auto s = sync.appointmentSync(id);
            s && (s->state == SyncState::Failed || s->state == SyncState::Conflict))
            out << Problem{id, *s};
    }
    return out;
}

} // namespace

GoogleStack *SyncCommands::googleFor(CliContext &ctx, const QList<qint64> &practitionerIds)
{
    if (connectedPractitioners(ctx.db(), practitionerIds).isEmpty())
        return nullptr;
    return &ctx.services().google();
}

void SyncCommands::refreshFor(GoogleStack &google, qint64 practitionerId, const Interval &range,
                              std::function<void(bool, const QString &)> done)
{
    QPointer<GoogleStack> guard(&google);
    google.sync().refreshBusy(
        range,
        [guard, practitionerId, range, done](const BusyRefresher::Summary &summary) {
            if (!guard)
                return;
            const bool ok = summary.practitioners.contains(practitionerId) &&
                            !summary.notSynchronised.contains(practitionerId);
            done(ok, ok ? QString() : guard->sync().busyState(practitionerId, range).error);
        },
        {practitionerId});
}

void SyncCommands::refreshAll(CliContext &ctx, GoogleStack &google,
                              const QList<qint64> &practitionerIds, const Interval &range,
                              std::function<void(bool)> done)
{
    const QList<qint64> ids = connectedPractitioners(ctx.db(), practitionerIds);
    QPointer<GoogleStack> guard(&google);
    google.sync().refreshBusy(
        range,
        [&ctx, guard, ids, range, done](const BusyRefresher::Summary &summary) {
            if (!guard)
                return;
            bool allFresh = true;
            for (qint64 id : ids) {
                if (summary.practitioners.contains(id) && !summary.notSynchronised.contains(id))
                    continue;
                allFresh = false;
                const QString why = guard->sync().busyState(id, range).error;
                QString note = cacheNote(ctx, *guard, id, range, why);
                // Several practitioners: the note alone would not say whose calendar it is.
                if (ids.size() > 1) {
                    auto p = PracticeDirectory(ctx.db()).practitioner(id);
                    note = tr("%1 (practitioner %2): %3")
                               .arg(p ? p->name : QString())
                               .arg(id)
                               .arg(note);
                }
                ctx.out().error(note);
            }
            done(allFresh);
        },
        ids);
}

QString SyncCommands::cacheNote(CliContext &ctx, GoogleStack &google, qint64 practitionerId,
                                const Interval &range, const QString &why)
{
    const BusyCache::State s = google.sync().busyState(practitionerId, range);
    const QString when = s.fetchedMs > 0 ? ctx.out().humanTime(s.fetchedMs) : QString();
    // Google's per-calendar reasons are single words ("notFound"); Empfang's own sentences
    // (network, token, keychain) say why Google could not be asked at all.
    const bool googleAnswered = !why.isEmpty() && !why.contains(u' ');
    if (googleAnswered)
        return when.isEmpty()
                   ? tr("Google did not return the busy times of this practitioner's calendar "
                        "(%1) – none are cached for this period; only Empfang's own "
                        "appointments count.")
                         .arg(why)
                   : tr("Google did not return the busy times of this practitioner's calendar "
                        "(%1) – busy times from the cache of %2.")
                         .arg(why, when);
    const QString line =
        when.isEmpty()
            ? tr("Google cannot be reached – no busy times of this practitioner are "
                 "cached for this period; only Empfang's own appointments count.")
            : tr("Google cannot be reached – busy times from the cache of %1.").arg(when);
    return why.isEmpty() ? line : line + u' ' + why;
}

QString SyncCommands::takenText(CliContext &ctx, const Interval &span)
{
    return tr("The time %1–%2 has just been taken in the practitioner's Google calendar. "
              "Nothing was booked; please choose another slot (\"empfang-cli slots\").")
        .arg(ctx.out().humanTime(span.startMs), ctx.out().humanClock(span.endMs));
}

void SyncCommands::pushThenFinish(CliContext &ctx, GoogleStack *google, qint64 appointmentId)
{
    auto open = google ? OutboxRepository(ctx.db()).openFor(appointmentId)
                       : Result<std::optional<OutboxEntry>>(std::nullopt);
    if (!google || !open || !open.value())
        return ctx.finish(Done); // nothing owed to Google (not connected, read-only)
    if (const GoogleConnection c = google->connections().connection(open.value()->practitionerId);
        !c.syncedBy(google->connections().deskId())) {
        // Stored in the shared outbox; the sync desk is notified and sends it.
        ctx.out().error(tr("The desk \"%1\" enters the appointment in the Google calendar.")
                            .arg(DeskRepository(ctx.db()).nameOf(c.syncDesk)));
        return ctx.finish(Done);
    }
    auto finished = std::make_shared<bool>(false);
    auto end = [&ctx, google, appointmentId, finished] {
        if (std::exchange(*finished, true))
            return;
        const auto s = google->sync().appointmentSync(appointmentId);
        if (s && s->state == SyncState::Pending)
            ctx.out().error(tr("Google cannot be reached right now: the change is kept and sent "
                               "with the next \"empfang-cli sync\" or by the front desk."));
        else if (s && s->state == SyncState::Failed)
            ctx.out().error(tr("Google refused the change: %1").arg(s->message));
        ctx.finish(Done);
    };
    QObject::connect(&google->sync(), &SyncService::pushFinished, google, end);
    QTimer::singleShot(kPushTimeoutMs, google, end);
    google->sync().pushNow();
}

QString SyncCommands::waitingLine(int count)
{
    return tr("%n change(s) wait until the practitioner connects Google again (\"empfang-cli "
              "connect\"); they are kept and sent then.",
              nullptr, count);
}

QString SyncCommands::syncLabel(const std::optional<SyncService::AppointmentSync> &s)
{
    if (!s)
        return QStringLiteral("–");
    switch (s->state) {
    case SyncState::Pending:
        return tr("pending");
    case SyncState::Synced:
        return tr("synchronised");
    case SyncState::Failed:
        return tr("failed: %1").arg(s->message);
    case SyncState::Conflict:
        return tr("conflict: %1").arg(s->message);
    }
    return QStringLiteral("–");
}

QJsonValue SyncCommands::syncJson(const std::optional<SyncService::AppointmentSync> &s)
{
    if (!s)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("state"), syncStateKey(s->state)},
                       {QStringLiteral("message"), s->message}};
}

int SyncCommands::sync(CliContext &ctx)
{
    if (ctx.has(QStringLiteral("follow"))) {
        if (ctx.has(QStringLiteral("retry")))
            return ctx.usageError(tr("--follow and --retry cannot be combined."));
        return follow(ctx);
    }
    std::optional<qint64> retryId;
    if (ctx.has(QStringLiteral("retry"))) {
        auto id = ctx.id(QStringLiteral("retry"));
        if (!id)
            return ctx.usageError(id.error());
        if (auto a = AppointmentDirectory(ctx.db()).find(id.value()); !a)
            return ctx.refuse(a.error());
        retryId = id.value();
    }
    const QList<qint64> connected = connectedPractitioners(ctx.db(), {});
    if (connected.isEmpty() && !retryId) {
        // Nobody to send to now — but changes may be kept for a practitioner whose connection
        // was revoked: they are owed, not "nothing", and the admin has to reconnect.
        const OutboxRepository::Counts counts = OutboxRepository(ctx.db()).counts();
        if (ctx.out().json())
            ctx.out().printJson(
                QJsonObject{{QStringLiteral("pushed"), 0},
                            {QStringLiteral("failed"), counts.failed},
                            {QStringLiteral("pending"), counts.pending},
                            {QStringLiteral("waitingForReconnect"), counts.waitingForReconnect},
                            {QStringLiteral("busyRefreshed"), 0}});
        else if (counts.waitingForReconnect == 0)
            ctx.out().printLine(tr("No practitioner is connected with Google; there is nothing "
                                   "to synchronise."));
        else
            ctx.out().printLine(waitingLine(counts.waitingForReconnect));
        return Done;
    }
    if (connected.isEmpty())
        return ctx.refuse(tr("No practitioner is connected with Google, so nothing can be sent "
                             "again. Connect first (\"empfang-cli connect\")."));
    GoogleStack *google = &ctx.services().google();
    google->sync().announce();
    if (retryId) {
        if (!google->sync().appointmentSync(*retryId))
            return ctx.refuse(tr("Appointment %1 has never been sent to Google; there is nothing "
                                 "to try again.")
                                  .arg(*retryId));
        if (Status s = google->sync().retry(*retryId); !s)
            return ctx.refuse(s.error());
    }
    // The admin asks to sync now: writes waiting for their backoff are due at once.
    if (Status s = OutboxRepository(ctx.db()).makeAllDue(ctx.clock().nowMs()); !s)
        return ctx.refuse(s.error());

    const QTimeZone zone = ctx.settings().timeZone();
    const QDate today = QDateTime::fromMSecsSinceEpoch(ctx.clock().nowMs(), zone).date();
    const Interval range{TimeParsing::startOfDay(today, zone),
                         TimeParsing::startOfDay(today.addDays(kSyncDays), zone)};

    auto report = [&ctx, google](int busyRefreshed, const QList<qint64> &notSynchronised) {
        const OutboxRepository::Counts counts = OutboxRepository(ctx.db()).counts();
        const int pushed = google->sync().stats().pushed;
        const QList<Problem> found = problems(ctx.db(), google->sync());
        if (ctx.out().json()) {
            ctx.out().printJson(
                QJsonObject{{QStringLiteral("pushed"), pushed},
                            {QStringLiteral("failed"), counts.failed},
                            {QStringLiteral("pending"), counts.pending},
                            {QStringLiteral("waitingForReconnect"), counts.waitingForReconnect},
                            {QStringLiteral("busyRefreshed"), busyRefreshed}});
        } else {
            ctx.out().printLine(tr("Sent to Google: %1. Failed: %2. Still waiting: %3.")
                                    .arg(pushed)
                                    .arg(counts.failed)
                                    .arg(counts.pending));
            ctx.out().printLine(tr("Busy times of the next %1 days refreshed for %n "
                                   "practitioner(s).",
                                   nullptr, busyRefreshed)
                                    .arg(kSyncDays));
            for (const Problem &p : found)
                ctx.out().printLine(
                    tr("Appointment %1: %2").arg(p.appointmentId).arg(syncLabel(p.sync)));
            if (counts.pending > 0)
                ctx.out().printLine(tr("Waiting changes are sent with the next \"empfang-cli "
                                       "sync\" or by the front desk; nothing is lost."));
            if (counts.waitingForReconnect > 0)
                ctx.out().printLine(waitingLine(counts.waitingForReconnect));
        }
        if (!notSynchronised.isEmpty()) {
            QStringList ids;
            for (qint64 id : notSynchronised)
                ids << QString::number(id);
            ctx.out().error(tr("The busy times of practitioner(s) %1 could not be refreshed "
                               "(Google not reachable or the calendar refused); the slot search "
                               "uses the cached busy times.")
                                .arg(ids.join(QStringLiteral(", "))));
        }
        ctx.finish(Done);
    };
    // Push, refresh, reconcile, then push again what reconciliation queued (the delete of an
    // event still live in Google for a cancelled appointment), then report: the process does
    // not end while a write it started is under way.
    enum Phase { FirstPush, Reconciling, SecondPush, Reported };
    auto phase = std::make_shared<Phase>(FirstPush);
    auto refreshed = std::make_shared<std::pair<int, QList<qint64>>>();
    auto afterPush = [google, range, phase, refreshed] {
        google->sync().refreshBusy(
            range, [google, range, phase, refreshed](const BusyRefresher::Summary &s) {
                *refreshed = {int(s.practitioners.size() - s.notSynchronised.size()),
                              s.notSynchronised};
                google->sync().reconcile(range, [google, phase] {
                    *phase = SecondPush;
                    google->sync().pushNow();
                });
            });
    };
    QObject::connect(&google->sync(), &SyncService::pushFinished, google,
                     [phase, afterPush, report, refreshed] {
                         if (*phase == FirstPush) {
                             *phase = Reconciling;
                             afterPush();
                         } else if (*phase == SecondPush) {
                             *phase = Reported;
                             report(refreshed->first, refreshed->second);
                         }
                     });

    // Without a keychain no token can be read: say so instead of reporting everything as
    // "waiting". Asked for one connected practitioner; the keychain is the same for all.
    google->connections().status(connected.first(), [&ctx, google](const GoogleStatus &status) {
        if (status.keychain == GoogleStatus::Keychain::Unknown)
            return ctx.finish(ctx.refuse(
                tr("The keychain of this computer is not available, so Empfang cannot read the "
                   "Google keys; nothing was sent. %1 Bookings stay stored and are sent once the "
                   "keychain is available again.")
                    .arg(status.keychainMessage)));
        google->sync().pushNow();
    });
    return Pending;
}

} // namespace empfang::cli
