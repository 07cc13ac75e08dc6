#include "schedule/schedule_sync_painter.h"

#include "schedule/schedule_data.h"
#include "schedule/schedule_layout.h"
#include "schedule/static_text_cache.h"

#include <QPainter>
#include <QPainterPath>
#include <QWidget>

#include <algorithm>

namespace empfang {

namespace {

const QColor kBusyFill(0xb8, 0xc7, 0xd9); // grey-blue: taken, but not by us
const QColor kBusyBorder(0x5b, 0x73, 0x91);
const QColor kUnsynced(0xc6, 0x28, 0x28); // red: do not trust this column
const QColor kFresh(0x2e, 0x7d, 0x32);
const QColor kStale(0x8d, 0x6e, 0x00);
// Amber, not the red of "not synchronised": a warning that Google is away, not "do not trust".
const QColor kOffline(0xff, 0xa0, 0x00);
const QColor kPending(0x75, 0x75, 0x75);
const QColor kConflict(0xef, 0x6c, 0x00);

QString hhmm(qint64 ms, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(QStringLiteral("HH:mm"));
}

} // namespace

QStringList ScheduleSyncPainter::freshnessTexts(const GoogleColumn &g, const QTimeZone &zone)
{
    // The sync desk has not run for long: whatever the cache says, writes wait for it.
    if (g.deskSilent && g.freshness != GoogleColumn::Freshness::NotConnected)
        return {tr("⚠ sync desk not running"), tr("⚠ desk off"), QStringLiteral("⚠")};
    switch (g.freshness) {
    case GoogleColumn::Freshness::NotConnected:
        return {};
    case GoogleColumn::Freshness::Fresh:
        return {tr("✓ up to date"), QStringLiteral("✓")};
    case GoogleColumn::Freshness::Stale:
        return {tr("outdated, as of %1").arg(hhmm(g.fetchedMs, zone)),
                tr("as of %1").arg(hhmm(g.fetchedMs, zone)), hhmm(g.fetchedMs, zone)};
    case GoogleColumn::Freshness::Offline:
        return {tr("offline"), tr("offl.", "short for offline, in a narrow column")};
    case GoogleColumn::Freshness::Unsynchronised:
        return {tr("⚠ not synchronised"), tr("⚠ not synced"), QStringLiteral("⚠")};
    }
    return {};
}

QString ScheduleSyncPainter::freshnessTooltip(const GoogleColumn &g, const QTimeZone &zone)
{
    const QString state = freshnessState(g, zone);
    if (g.deskNote.isEmpty())
        return state;
    return state.isEmpty() ? g.deskNote : state + u'\n' + g.deskNote;
}

QString ScheduleSyncPainter::freshnessState(const GoogleColumn &g, const QTimeZone &zone)
{
    switch (g.freshness) {
    case GoogleColumn::Freshness::NotConnected:
        return {};
    case GoogleColumn::Freshness::Fresh:
        return tr("Google busy times are up to date (as of %1).").arg(hhmm(g.fetchedMs, zone));
    case GoogleColumn::Freshness::Stale:
        return tr("Google busy times are outdated (as of %1); they are refreshed as soon as "
                  "Google can be reached.")
            .arg(hhmm(g.fetchedMs, zone));
    case GoogleColumn::Freshness::Offline: {
        const QString asOf = g.fetchedMs > 0
                                 ? tr("busy times as of %1").arg(hhmm(g.fetchedMs, zone))
                                 : tr("no busy times cached");
        QString text = tr("Google cannot be reached (%1). Free times are offered from Empfang's "
                          "own appointments and the last known busy times; bookings are sent to "
                          "Google as soon as it can be reached.")
                           .arg(asOf);
        if (!g.error.isEmpty())
            text += u'\n' + g.error; // e.g. which desk did not answer
        return text;
    }
    case GoogleColumn::Freshness::Unsynchronised: {
        QString text = g.error.isEmpty()
                           ? tr("The busy times of this day have not been loaded from Google "
                                "yet.")
                           : tr("Google could not deliver the busy times: %1").arg(g.error);
        if (g.withheldSlots > 0)
            text += u'\n' + tr("Free times are therefore not offered here; check the "
                               "practitioner's calendar before booking by phone.");
        return text;
    }
    }
    return {};
}

QString ScheduleSyncPainter::stateText(const SyncBadge &badge)
{
    QString state;
    switch (badge.state) {
    case SyncState::Pending:
        state = tr("not yet sent");
        break;
    case SyncState::Synced:
        state = tr("in the calendar");
        break;
    case SyncState::Failed:
        state = tr("failed");
        break;
    case SyncState::Conflict:
        state = tr("changed in Google");
        break;
    }
    return badge.message.isEmpty() || badge.state == SyncState::Synced
               ? state
               : tr("%1 – %2").arg(state, badge.message);
}

void ScheduleSyncPainter::paintColumn(int c)
{
    const ScheduleColumn &column = d.columns[c];
    const GoogleColumn &g = column.google;
    if (g.freshness == GoogleColumn::Freshness::NotConnected)
        return;
    if (g.freshness == GoogleColumn::Freshness::Unsynchronised) {
        // Over the working hours, where free slots would be: nobody should read it as free.
        QColor hatch = kUnsynced;
        hatch.setAlpha(60);
        for (const Interval &span : column.working)
            p.fillRect(l.spanRect(c, d.minuteOfDay(span.startMs, column.day),
                                  d.minuteOfDay(span.endMs, column.day)),
                       QBrush(hatch, Qt::FDiagPattern));
        const QRectF full = l.spanRect(c, d.firstMinute, d.lastMinute);
        p.fillRect(QRectF(full.left() + 1, full.top(), 3, full.height()), kUnsynced);
    }
    const QFontMetrics fm = p.fontMetrics();
    for (const Interval &span : g.busy) {
        const QRectF r =
            l.spanRect(c, std::max(d.firstMinute, d.minuteOfDay(span.startMs, column.day)),
                       std::min(d.lastMinute, d.minuteOfDay(span.endMs, column.day)))
                .adjusted(2, 1, -2, -1);
        if (r.height() <= 0)
            continue;
        p.setPen(QPen(kBusyBorder, 1));
        p.setBrush(kBusyFill);
        p.drawRect(r);
        QColor hatch = kBusyBorder;
        hatch.setAlpha(70); // a texture, not a pattern that fights with the label
        p.fillRect(r, QBrush(hatch, Qt::BDiagPattern));
        if (r.height() >= fm.height()) {
            const QRectF label = r.adjusted(5, 1, -3, 0);
            p.setPen(kBusyBorder.darker(170));
            p.drawStaticText(label.topLeft(), StaticTextCache::grid().elided(p.font(), busyText(),
                                                                             int(label.width())));
        }
    }
}

void ScheduleSyncPainter::paintHeaderRow(int c)
{
    if (l.syncRowHeight() <= 0)
        return;
    const GoogleColumn &g = d.columns[c].google;
    const QRectF r(l.xForColumn(c), 2 * l.dayRowHeight(), l.columnWidth(), l.syncRowHeight());
    const QStringList texts = freshnessTexts(g, d.zone);
    if (texts.isEmpty())
        return;
    const bool bad = g.freshness == GoogleColumn::Freshness::Unsynchronised;
    const bool offline = g.freshness == GoogleColumn::Freshness::Offline || g.deskSilent;
    if (bad)
        p.fillRect(r.adjusted(1, 0, -1, -1), kUnsynced);
    else if (offline)
        p.fillRect(r.adjusted(1, 0, -1, -1), kOffline);
    QFont f = w.font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    f.setBold(bad || offline);
    p.setFont(f);
    // The longest text that fits; the tooltip always has the whole sentence. Laid out once.
    const QStaticText &text =
        StaticTextCache::grid().fitted(f, texts, int(r.width()) - 6, /*orEqual=*/true);
    // Black on amber: white would be hard to read on the light fill.
    p.setPen(bad                                             ? QColor(Qt::white)
             : offline                                       ? QColor(Qt::black)
             : g.freshness == GoogleColumn::Freshness::Fresh ? kFresh
                                                             : kStale);
    StaticTextCache::drawCentred(p, r.adjusted(3, 0, -3, 0), text);
    p.setFont(w.font());
}

void ScheduleSyncPainter::paintBadge(const Appointment &appointment, const QRectF &block)
{
    const auto badge = d.sync.constFind(appointment.id);
    if (badge == d.sync.cend())
        return;
    const double size =
        std::min({block.height() - 2, block.width() / 3, double(p.fontMetrics().height()) * 0.9});
    if (size < 6)
        return;
    const QRectF r(block.right() - size - 2, block.top() + 2, size, size);
    QColor colour = kPending;
    switch (badge->state) {
    case SyncState::Pending:
        break;
    case SyncState::Synced:
        colour = kFresh;
        break;
    case SyncState::Failed:
        colour = kUnsynced;
        break;
    case SyncState::Conflict:
        colour = kConflict;
        break;
    }
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(Qt::white, 1));
    p.setBrush(colour);
    p.drawEllipse(r);
    const QPointF m = r.center();
    const double s = size / 2;
    p.setPen(QPen(Qt::white, std::max(1.5, size / 8), Qt::SolidLine, Qt::RoundCap));
    switch (badge->state) {
    case SyncState::Pending: // clock hands
        p.drawLine(m, m + QPointF(0, -s * 0.55));
        p.drawLine(m, m + QPointF(s * 0.4, 0));
        break;
    case SyncState::Synced: { // check mark
        QPainterPath tick;
        tick.moveTo(m + QPointF(-s * 0.45, 0));
        tick.lineTo(m + QPointF(-s * 0.1, s * 0.35));
        tick.lineTo(m + QPointF(s * 0.5, -s * 0.35));
        p.setBrush(Qt::NoBrush);
        p.drawPath(tick);
        break;
    }
    case SyncState::Failed:   // "!"
    case SyncState::Conflict: // "!" on orange
        p.drawLine(m + QPointF(0, -s * 0.5), m + QPointF(0, s * 0.1));
        p.drawPoint(m + QPointF(0, s * 0.45));
        break;
    }
    p.restore();
}

} // namespace empfang
