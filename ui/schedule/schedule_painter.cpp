#include "schedule/schedule_painter.h"

#include "schedule/card_text_cache.h"
#include "schedule/schedule_data.h"
#include "schedule/schedule_items.h"
#include "schedule/schedule_layout.h"
#include "schedule/schedule_sync_painter.h"
#include "schedule/schedule_text.h"
#include "schedule/static_text_cache.h"

#include <QLocale>
#include <QPainter>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace empfang {

namespace {

const QColor kFreeSlot(0xd0, 0xee, 0xd0);
const QColor kFreeSlotStrong(0x2e, 0x7d, 0x32);
const QColor kNoShow(0xc6, 0x28, 0x28);
constexpr int kColourBar = 4; // the practitioner's colour under the name

// WCAG relative luminance and contrast ratio: every block's text must reach 4.5:1 (AA).
double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The text colour, darkened until it reads on `background` (its hue stays recognisable).
QColor readable(QColor text, const QColor &background)
{
    for (int i = 0; i < 20 && contrast(text, background) < 4.5; ++i)
        text = QColor::fromRgbF(text.redF() * 0.85f, text.greenF() * 0.85f, text.blueF() * 0.85f);
    return text;
}

// A translucent colour as it looks on `below`.
QColor over(const QColor &top, const QColor &below)
{
    const float a = top.alphaF();
    return QColor::fromRgbF(top.redF() * a + below.redF() * (1 - a),
                            top.greenF() * a + below.greenF() * (1 - a),
                            top.blueF() * a + below.blueF() * (1 - a));
}

} // namespace

void SchedulePainter::paint(const SchedulePaintState &state)
{
    m_baseFont = p.font();
    m_fontKey = StaticTextCache::grid().keyOf(m_baseFont);
    p.fillRect(w.rect(), w.palette().base());
    p.save();
    p.setClipRect(l.gridArea());
    paintBackground();
    ScheduleSyncPainter google(p, w, d, l);
    for (int c = 0; c < d.columns.size(); ++c)
        google.paintColumn(c);
    for (int c = 0; c < m_items.columnCount(); ++c) {
        const QList<ScheduleItem> &items = m_items.column(c);
        paintFreeRanges(c, items);
        for (int row = 0; row < items.size(); ++row) {
            if (items[row].kind == ScheduleItem::Appointment)
                paintAppointment(items[row], c == state.cursorColumn && row == state.cursorRow &&
                                                 state.focused);
        }
    }
    // Hover and cursor on a free slot show the whole span the booking would take.
    for (const auto &[column, row] : {std::pair{state.hoverColumn, state.hoverRow},
                                      std::pair{state.cursorColumn, state.cursorRow}}) {
        if (const ScheduleItem *item = m_items.at(column, row);
            item && item->kind == ScheduleItem::FreeSlot)
            paintFreeSlot(*item, true);
    }
    paintNowLine(state.nowMs);
    if (!state.dragGhost.isEmpty()) {
        p.setPen(QPen(w.palette().highlight().color(), 2, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(state.dragGhost.adjusted(1, 1, -1, -1));
    }
    p.restore();
    paintHeader();
    paintAxis();
}

void SchedulePainter::paintBackground()
{
    const QColor closed = w.palette().window().color().darker(106);
    const QColor open = w.palette().base().color();
    const QColor line = w.palette().mid().color();
    for (int c = 0; c < d.columns.size(); ++c) {
        const ScheduleColumn &column = d.columns[c];
        p.fillRect(l.spanRect(c, d.firstMinute, d.lastMinute), closed);
        for (const Interval &span : column.working)
            p.fillRect(l.spanRect(c, d.minuteOfDay(span.startMs, column.day),
                                  d.minuteOfDay(span.endMs, column.day)),
                       open);
        for (int i = 0; i < column.absences.size(); ++i) {
            const Interval &span = column.absences[i];
            const QRectF r =
                l.spanRect(c, std::max(d.firstMinute, d.minuteOfDay(span.startMs, column.day)),
                           std::min(d.lastMinute, d.minuteOfDay(span.endMs, column.day)));
            p.fillRect(r, closed);
            p.fillRect(r, QBrush(line, Qt::BDiagPattern));
            // Why the practitioner is away, on a plain band so the hatching does not hide it.
            const QString reason = column.absenceReasons.value(i).isEmpty()
                                       ? tr("Absent")
                                       : tr("Absent: %1").arg(column.absenceReasons.value(i));
            const QStaticText &shown =
                StaticTextCache::grid().elided(p.font(), reason, int(r.width()) - 8);
            const QRectF label(r.left() + 2, r.top() + 2, shown.size().width() + 6,
                               p.fontMetrics().height());
            if (label.bottom() <= r.bottom()) {
                p.fillRect(label, closed);
                p.setPen(w.palette().windowText().color());
                p.drawStaticText(
                    QPointF(label.left() + 3, label.center().y() - shown.size().height() / 2),
                    shown);
            }
        }
    }
    // Hour lines solid, half hours faint: orientation without clutter.
    for (int minute = (d.firstMinute / 30) * 30; minute <= d.lastMinute; minute += 30) {
        QColor c = line;
        c.setAlpha(minute % 60 == 0 ? 110 : 45);
        p.setPen(c);
        const double y = l.yForMinute(minute);
        p.drawLine(QPointF(l.axisWidth(), y), QPointF(l.xForColumn(l.columnCount()), y));
    }
    for (int c = 0; c <= l.columnCount(); ++c) {
        const bool dayBoundary = c % l.practitionersPerDay() == 0;
        p.setPen(QPen(dayBoundary ? w.palette().dark().color() : line, dayBoundary ? 2 : 1));
        const double x = l.xForColumn(c);
        p.drawLine(QPointF(x, l.headerHeight()), QPointF(x, l.gridArea().bottom()));
    }
}

void SchedulePainter::paintFreeRanges(int column, const QList<ScheduleItem> &items)
{
    // Consecutive bookable starts form one calm block; each start is a short tick on its left
    // edge. A lone start still gets a block of readable height.
    const int step = std::max(1, d.stepMinutes);
    const double minHeight = std::max(6.0, p.fontMetrics().height() / 2.0);
    const double tickGap = l.yForMinute(step) - l.yForMinute(0);
    QColor tick = kFreeSlotStrong;
    tick.setAlpha(140);
    int first = -1;
    int last = -1;
    int end = -1; // the block covers the free time: up to the end of its last slot
    const auto flush = [&] {
        if (first < 0)
            return;
        QRectF block = l.spanRect(column, first, std::max(end, last + step)).adjusted(3, 0, -3, -1);
        if (block.height() < minHeight)
            block.setHeight(minHeight);
        p.fillRect(block, kFreeSlot);
        if (tickGap >= 3) { // ticks closer than 3 px would be a smear again
            p.setPen(QPen(tick, 1));
            for (int m = first; m <= last; m += step) {
                const double y = l.yForMinute(m) + 0.5;
                p.drawLine(QPointF(block.left(), y), QPointF(block.left() + 5, y));
            }
        }
    };
    for (const ScheduleItem &item : items) {
        if (item.kind != ScheduleItem::FreeSlot)
            continue;
        if (first >= 0 && item.startMinute <= last + step && item.startMinute >= last) {
            last = item.startMinute;
            end = std::max(end, item.endMinute);
            continue;
        }
        flush();
        first = last = item.startMinute;
        end = item.endMinute;
    }
    flush();
}

void SchedulePainter::paintFreeSlot(const ScheduleItem &item, bool highlighted)
{
    const QRectF band = ScheduleItems::rectOf(l, d, item);
    if (!highlighted) {
        p.fillRect(band.adjusted(3, 0, -3, 0), kFreeSlot);
        return;
    }
    const QRectF full =
        l.spanRect(item.column, item.startMinute, item.endMinute).adjusted(2, 0, -2, 0);
    QColor fill = kFreeSlot;
    fill.setAlpha(220);
    p.setPen(QPen(kFreeSlotStrong, 2));
    p.setBrush(fill);
    p.drawRect(full);
    const ScheduleColumn &column = d.columns[item.column];
    const Interval &span = column.freeSlots[item.index];
    p.setPen(kFreeSlotStrong);
    p.drawText(full.adjusted(4, 0, -2, 0), Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine,
               p.fontMetrics().elidedText(
                   tr("free %1–%2")
                       .arg(ScheduleText::time(d, span.startMs), ScheduleText::time(d, span.endMs)),
                   Qt::ElideRight, int(full.width()) - 6));
}

void SchedulePainter::paintAppointment(const ScheduleItem &item, bool current)
{
    const Appointment &a = d.columns[item.column].appointments[item.index];
    const QRectF r = ScheduleItems::rectOf(l, d, item).adjusted(2, 1, -2, -1);
    QColor base = d.typeColors.value(a.typeId, w.palette().highlight().color());
    if (!base.isValid())
        base = w.palette().highlight().color();
    // Mix with white instead of lighter(): pale type colours would otherwise turn white.
    QColor fill = QColor::fromRgbF(base.redF() * 0.6f + 0.4f, base.greenF() * 0.6f + 0.4f,
                                   base.blueF() * 0.6f + 0.4f);
    QColor text = Qt::black;
    QFont font = m_baseFont;
    switch (a.status) {
    case AppointmentStatus::Booked:
        break;
    case AppointmentStatus::Completed:
        fill = QColor::fromHsv(fill.hue(), fill.saturation() / 3, fill.value());
        break;
    case AppointmentStatus::Cancelled:
        fill.setAlpha(70);
        text = w.palette().placeholderText().color();
        font.setStrikeOut(true);
        break;
    case AppointmentStatus::NoShow:
        fill = QColor::fromHsv(fill.hue(), fill.saturation() / 3, fill.value());
        text = kNoShow.darker(130);
        break;
    }
    p.setPen(Qt::NoPen);
    p.setBrush(fill);
    p.drawRoundedRect(r, 3, 3);
    if (a.status == AppointmentStatus::NoShow) {
        QColor hatch = kNoShow; // faint: the text runs across it
        hatch.setAlpha(70);
        p.fillRect(r, QBrush(hatch, Qt::BDiagPattern));
    }
    // A strip in the type colour on the left keeps the type recognisable even when faded.
    p.fillRect(QRectF(r.left(), r.top(), 4, r.height()),
               a.status == AppointmentStatus::NoShow ? kNoShow : base.darker(120));
    const bool conflict = d.columns[item.column].inAbsence(a);
    if (conflict) {
        // Booked while the practitioner is away: a red frame until it is moved or cancelled.
        p.setPen(QPen(kNoShow, 2, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(r.adjusted(1, 1, -1, -1), 3, 3);
        text = kNoShow.darker(150);
    }
    if (current) {
        p.setPen(QPen(w.palette().highlight().color(), 3));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(r.adjusted(1, 1, -1, -1), 3, 3);
    }
    ScheduleSyncPainter(p, w, d, l).paintBadge(a, r);
    text = readable(text, over(fill, w.palette().base().color()));

    // The lines are fitted (cardLines) and laid out once per distinct block, then drawn from
    // the cache: a repaint of a full week measures no text.
    const CardTextCache::Card &card = CardTextCache::grid().card(d, l, item, r, font, m_fontKey);
    // Most blocks' text fits as it is, in the painter's own font: no save, clip and restore of
    // the painter's state for them (a clip is a slow path in the raster engine).
    const bool ownFont = card.font == m_baseFont;
    if (card.needsClip) {
        p.save();
        p.setClipRect(r);
    }
    if (!ownFont)
        p.setFont(card.font);
    p.setPen(text);
    const QPointF origin = r.topLeft() + card.offset;
    for (qsizetype i = 0; i < card.lines.size(); ++i)
        p.drawStaticText(origin + QPointF(0, card.lineHeight * double(i)), card.lines[i]);
    if (card.needsClip)
        p.restore();
    else if (!ownFont)
        p.setFont(m_baseFont);
}

void SchedulePainter::paintNowLine(qint64 nowMs)
{
    for (int c = 0; c < d.columns.size(); ++c) {
        const ScheduleColumn &column = d.columns[c];
        const int minute = d.minuteOfDay(nowMs, column.day);
        if (minute < 0 || minute >= 24 * 60)
            continue;
        p.setPen(QPen(kNoShow, 2));
        const double y = l.yForMinute(minute);
        p.drawLine(QPointF(l.xForColumn(c), y), QPointF(l.xForColumn(c + 1), y));
    }
}

void SchedulePainter::paintHeader()
{
    const QRectF header(0, 0, w.width(), l.headerHeight());
    p.fillRect(header, w.palette().window());
    p.save();
    p.setClipRect(QRectF(l.axisWidth(), 0, w.width() - l.axisWidth(), l.headerHeight()));
    const int perDay = l.practitionersPerDay();
    QFont bold = p.font();
    bold.setBold(true);
    const QLocale locale;
    StaticTextCache &texts = StaticTextCache::grid();
    for (int dayIndex = 0; dayIndex < d.days.size(); ++dayIndex) {
        const QDate day = d.days[dayIndex];
        const double x = l.xForColumn(dayIndex * perDay);
        const QRectF r(x, 0, l.columnWidth() * perDay, l.dayRowHeight());
        const QString full = locale.toString(day, QStringLiteral("dddd, dd.MM.yyyy"));
        const QString shortText = locale.toString(day, QStringLiteral("ddd dd.MM."));
        p.setFont(bold);
        p.setPen(w.palette().windowText().color());
        const QStaticText &whole = texts.fitted(bold, {full}, int(r.width()) - 8);
        StaticTextCache::drawCentred(
            p, r, whole.text() == full ? whole : texts.elided(bold, shortText, int(r.width()) - 4));
        p.setPen(QPen(w.palette().dark().color(), 2));
        p.drawLine(QPointF(x, 0), QPointF(x, l.headerHeight()));
    }
    const QStringList names = ScheduleText::headerNames(d, l, w.font());
    for (int c = 0; c < d.columns.size(); ++c) {
        const ScheduleColumn &column = d.columns[c];
        const QRectF r(l.xForColumn(c), l.dayRowHeight(), l.columnWidth(), l.dayRowHeight());
        const QColor colour(column.practitioner.color);
        p.fillRect(QRectF(r.left() + 1, r.bottom() - kColourBar, r.width() - 2, kColourBar),
                   colour.isValid() ? colour : w.palette().mid().color());
        const QFont font = ScheduleText::columnFont(w.font(), column);
        p.setFont(font);
        p.setPen(column.offersType ? w.palette().windowText().color()
                                   : w.palette().placeholderText().color());
        const QRectF nameArea =
            r.adjusted(ScheduleText::kNameMargin, 0, -ScheduleText::kNameMargin, -kColourBar);
        StaticTextCache::drawCentred(p, nameArea,
                                     texts.elided(font, names[c], int(nameArea.width())));
        ScheduleSyncPainter(p, w, d, l).paintHeaderRow(c);
        if (c % perDay != 0) {
            p.setPen(w.palette().mid().color());
            p.drawLine(QPointF(r.left(), r.top()), QPointF(r.left(), l.headerHeight()));
        }
    }
    p.restore();
    p.setPen(w.palette().mid().color());
    p.drawLine(QPointF(0, l.headerHeight() - 0.5), QPointF(w.width(), l.headerHeight() - 0.5));
}

void SchedulePainter::paintAxis()
{
    p.save();
    p.setClipRect(QRectF(0, l.headerHeight(), l.axisWidth(), w.height() - l.headerHeight()));
    p.fillRect(QRectF(0, 0, l.axisWidth(), w.height()), w.palette().window());
    p.setPen(w.palette().windowText().color());
    const QFontMetrics fm = p.fontMetrics();
    for (int minute = ((d.firstMinute + 59) / 60) * 60; minute <= d.lastMinute; minute += 60) {
        const double y = l.yForMinute(minute);
        if (y - fm.height() / 2.0 < l.headerHeight() || y + fm.height() / 2.0 > w.height())
            continue; // half a label under the header reads as a glitch
        const QString label = QTime(0, 0).addSecs(minute * 60).toString(QStringLiteral("HH:mm"));
        p.drawText(
            QRectF(0, y - fm.height() / 2.0, l.axisWidth() - fm.averageCharWidth(), fm.height()),
            Qt::AlignRight | Qt::AlignVCenter, minute == 24 * 60 ? QStringLiteral("24:00") : label);
    }
    p.restore();
    p.setPen(w.palette().mid().color());
    p.drawLine(QPointF(l.axisWidth() - 0.5, 0), QPointF(l.axisWidth() - 0.5, w.height()));
}

} // namespace empfang
