#include "schedule/schedule_view.h"

#include "schedule/schedule_painter.h"
#include "schedule/schedule_text.h"
#include "schedule/schedule_tooltips.h"

#include <QHelpEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace empfang {

ScheduleView::ScheduleView(QWidget *parent) : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("scheduleView"));
    viewport()->setObjectName(QStringLiteral("scheduleViewport"));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setFrameShape(QFrame::NoFrame);
    m_typedTimer = new QTimer(this);
    m_typedTimer->setSingleShot(true);
    m_typedTimer->setInterval(900);
    connect(m_typedTimer, &QTimer::timeout, this, [this] { typeTime(QString()); });
}

bool ScheduleView::moveCursorNear(qint64 practitionerId, const QDate &day, int minute)
{
    for (int c = 0; c < m_data.columns.size(); ++c) {
        if (m_data.columns[c].practitioner.id == practitionerId && m_data.columns[c].day == day) {
            const int row = m_items.nearestRow(c, minute);
            if (row < 0)
                return false;
            moveCursorTo(c, row);
            return true;
        }
    }
    return false;
}

void ScheduleView::explainNotBookable(const QPoint &pos)
{
    emit statusMessage(ScheduleTooltips::whyNotBookable(m_data, m_layout, m_items, pos, m_nowMs));
}

void ScheduleView::setData(ScheduleData data)
{
    // Keep the cursor on the same appointment or slot across reloads (other desks book too).
    const auto appointment = currentAppointment();
    const auto slot = currentFreeSlot();
    const int oldColumn = m_cursorColumn;
    const ScheduleItem *old = m_items.at(m_cursorColumn, m_cursorRow);
    const int oldMinute = old ? old->startMinute : -1;

    m_data = std::move(data);
    m_items.build(m_data);
    m_cursorColumn = m_cursorRow = m_hoverColumn = m_hoverRow = -1;
    relayout();

    if (appointment && selectAppointment(appointment->id))
        return;
    if (slot) {
        for (const FreeSlot &s : displayedFreeSlots()) {
            if (s.practitionerId == slot->practitionerId && s.span.startMs == slot->span.startMs) {
                freeSlotRect(s.practitionerId, s.span.startMs);
                return;
            }
        }
    }
    if (oldColumn >= 0 && oldColumn < m_items.columnCount())
        moveCursorTo(oldColumn, m_items.nearestRow(oldColumn, oldMinute));
    else
        emit currentChanged();
    viewport()->update();
}

void ScheduleView::setNowMs(qint64 nowMs)
{
    m_nowMs = nowMs;
    viewport()->update();
}

std::optional<Appointment> ScheduleView::currentAppointment() const
{
    const ScheduleItem *item = m_items.at(m_cursorColumn, m_cursorRow);
    if (!item || item->kind != ScheduleItem::Appointment)
        return std::nullopt;
    return m_data.columns[item->column].appointments[item->index];
}

std::optional<FreeSlot> ScheduleView::currentFreeSlot() const
{
    const ScheduleItem *item = m_items.at(m_cursorColumn, m_cursorRow);
    if (!item || item->kind != ScheduleItem::FreeSlot)
        return std::nullopt;
    const ScheduleColumn &column = m_data.columns[item->column];
    return FreeSlot{column.practitioner.id, column.freeSlots[item->index]};
}

bool ScheduleView::selectAppointment(qint64 appointmentId)
{
    const auto [column, row] = m_items.findAppointment(m_data, appointmentId);
    if (column < 0)
        return false;
    moveCursorTo(column, row);
    return true;
}

QList<Appointment> ScheduleView::displayedAppointments() const
{
    QList<Appointment> out;
    for (const ScheduleColumn &c : m_data.columns)
        out.append(c.appointments);
    return out;
}

QStringList ScheduleView::headerNames() const
{
    return ScheduleText::headerNames(m_data, m_layout, viewport()->font());
}

QStringList ScheduleView::appointmentLines(qint64 appointmentId) const
{
    const auto [column, row] = m_items.findAppointment(m_data, appointmentId);
    const ScheduleItem *item = m_items.at(column, row);
    if (!item)
        return {};
    QFont shown = font();
    return ScheduleText::cardLines(m_data, m_layout, *item, &shown);
}

QList<FreeSlot> ScheduleView::displayedFreeSlots() const
{
    QList<FreeSlot> out;
    for (const ScheduleColumn &c : m_data.columns) {
        for (const Interval &span : c.freeSlots)
            out.append(FreeSlot{c.practitioner.id, span});
    }
    return out;
}

QRect ScheduleView::freeSlotRect(qint64 practitionerId, qint64 startMs)
{
    const auto [column, row] = m_items.findFreeSlot(m_data, practitionerId, startMs);
    if (column < 0)
        return {};
    moveCursorTo(column, row);
    return ScheduleItems::rectOf(m_layout, m_data, *m_items.at(column, row)).toAlignedRect();
}

QRect ScheduleView::appointmentRect(qint64 appointmentId)
{
    if (!selectAppointment(appointmentId))
        return {};
    const ScheduleItem *item = m_items.at(m_cursorColumn, m_cursorRow);
    return ScheduleItems::rectOf(m_layout, m_data, *item).toAlignedRect();
}

void ScheduleView::relayout()
{
    m_layout.update(m_data, QFontMetrics(font()), viewport()->size());
    const QSize content = m_layout.contentSize();
    const QSize visible = m_layout.gridArea().size().toSize();
    horizontalScrollBar()->setRange(0, std::max(0, content.width() - visible.width()));
    horizontalScrollBar()->setPageStep(visible.width());
    horizontalScrollBar()->setSingleStep(int(m_layout.columnWidth()));
    verticalScrollBar()->setRange(0, std::max(0, content.height() - visible.height()));
    verticalScrollBar()->setPageStep(visible.height());
    verticalScrollBar()->setSingleStep(QFontMetrics(font()).height());
    m_layout.setScroll(horizontalScrollBar()->value(), verticalScrollBar()->value());
    viewport()->update();
}

void ScheduleView::moveCursorTo(int column, int row)
{
    if (!m_items.at(column, row))
        column = row = -1;
    const bool changed = column != m_cursorColumn || row != m_cursorRow;
    m_cursorColumn = column;
    m_cursorRow = row;
    if (column >= 0)
        ensureVisible(column, row);
    viewport()->update();
    if (changed)
        emit currentChanged();
}

void ScheduleView::ensureVisible(int column, int row)
{
    const ScheduleItem *item = m_items.at(column, row);
    if (!item)
        return;
    const QRectF area = m_layout.gridArea();
    const QRectF r = m_layout.spanRect(column, item->startMinute,
                                       std::max(item->startMinute + 1, item->endMinute));
    const auto shift = [](QScrollBar *bar, double low, double high, double areaLow,
                          double areaHigh) {
        if (low < areaLow)
            bar->setValue(bar->value() - int(std::ceil(areaLow - low)));
        else if (high > areaHigh)
            bar->setValue(bar->value() + int(std::ceil(std::min(high - areaHigh, low - areaLow))));
    };
    shift(verticalScrollBar(), r.top(), r.bottom(), area.top(), area.bottom());
    shift(horizontalScrollBar(), r.left(), r.right(), area.left(), area.right());
}

std::pair<int, int> ScheduleView::itemAt(const QPoint &pos) const
{
    if (!m_layout.gridArea().contains(pos))
        return {-1, -1};
    const int column = m_layout.columnAt(pos.x());
    return {column, m_items.rowAt(m_data, column, m_layout.minuteForY(pos.y()))};
}

void ScheduleView::activateCurrent()
{
    if (const auto slot = currentFreeSlot())
        emit slotActivated(slot->practitionerId, slot->span.startMs);
}

void ScheduleView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(font());
    SchedulePaintState state;
    state.cursorColumn = m_cursorColumn;
    state.cursorRow = m_cursorRow;
    state.hoverColumn = m_hoverColumn;
    state.hoverRow = m_hoverRow;
    state.focused = hasFocus();
    state.nowMs = m_nowMs;
    state.dragGhost = m_dragGhost;
    SchedulePainter(painter, *viewport(), m_data, m_layout, m_items).paint(state);
}

void ScheduleView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    relayout();
}

void ScheduleView::scrollContentsBy(int, int)
{
    m_layout.setScroll(horizontalScrollBar()->value(), verticalScrollBar()->value());
    viewport()->update();
}

void ScheduleView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        relayout();
}

void ScheduleView::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update();
}

void ScheduleView::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

bool ScheduleView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString text = ScheduleTooltips::at(m_data, m_layout, m_items, help->pos());
        if (!text.isEmpty())
            QToolTip::showText(help->globalPos(), text, viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace empfang
