#include "schedule/schedule_view.h"

#include "schedule/schedule_painter.h"
#include "schedule/schedule_tooltips.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>
#include <QToolTip>

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

int ScheduleView::stepRow(int column, int row, int delta) const
{
    const ScheduleItem *current = m_items.at(column, row);
    if (!current)
        return m_items.nearestRow(column, m_data.firstMinute);
    const QList<ScheduleItem> &items = m_items.column(column);
    for (int r = row + delta; r >= 0 && r < items.size(); r += delta) {
        const ScheduleItem &next = items[r];
        if (current->kind != ScheduleItem::FreeSlot || next.kind != ScheduleItem::FreeSlot)
            return r;
        const bool separate = delta > 0 ? next.startMinute >= current->endMinute
                                        : next.endMinute <= current->startMinute;
        if (separate)
            return r;
    }
    // Nothing separate any more: the last (first) item still moves the cursor.
    const int edge = delta > 0 ? int(items.size()) - 1 : 0;
    return edge != row && m_items.at(column, edge) ? edge : -1;
}

void ScheduleView::jumpToMinute(int minute, bool forward)
{
    const int column = std::max(0, m_cursorColumn);
    if (column >= m_items.columnCount())
        return;
    const QList<ScheduleItem> &items = m_items.column(column);
    int target = -1;
    if (forward) {
        for (int r = 0; r < items.size() && target < 0; ++r) {
            if (items[r].startMinute >= minute)
                target = r;
        }
        if (target < 0)
            target = int(items.size()) - 1;
    } else {
        for (int r = int(items.size()) - 1; r >= 0 && target < 0; --r) {
            if (items[r].startMinute <= minute)
                target = r;
        }
        if (target < 0)
            target = items.isEmpty() ? -1 : 0;
    }
    if (target >= 0)
        moveCursorTo(column, target);
}

void ScheduleView::typeTime(const QString &digit)
{
    m_typedTime += digit;
    const bool complete = m_typedTime.size() >= 4;
    if (!digit.isEmpty() && !complete) {
        m_typedTimer->start();
        emit statusMessage(tr("Go to time: %1").arg(m_typedTime));
        return;
    }
    m_typedTimer->stop();
    const QString typed = m_typedTime;
    m_typedTime.clear();
    // "9" → 09:00, "11" → 11:00, "930" → 09:30, "1100" → 11:00.
    const int hours = typed.size() <= 2 ? typed.toInt() : typed.left(typed.size() - 2).toInt();
    const int minutes = typed.size() <= 2 ? 0 : typed.right(2).toInt();
    if (typed.isEmpty() || hours > 23 || minutes > 59) {
        emit statusMessage(tr("\"%1\" is not a time like 1100 or 930.").arg(typed));
        return;
    }
    jumpToMinute(hours * 60 + minutes, true);
    emit statusMessage(QString());
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
    return SchedulePainter::headerNames(m_data, m_layout, viewport()->font());
}

QStringList ScheduleView::appointmentLines(qint64 appointmentId) const
{
    const auto [column, row] = m_items.findAppointment(m_data, appointmentId);
    const ScheduleItem *item = m_items.at(column, row);
    if (!item)
        return {};
    QFont shown = font();
    return SchedulePainter::cardLines(m_data, m_layout, *item, &shown);
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

std::optional<std::pair<int, int>> ScheduleView::dropTarget(const QPoint &pos) const
{
    const int column = m_layout.columnAt(pos.x());
    if (column < 0 || !m_layout.gridArea().contains(pos))
        return std::nullopt;
    const int step = std::max(1, m_data.stepMinutes);
    const int minute = int(std::round(m_layout.minuteForY(pos.y()) / step)) * step;
    return std::pair{column, minute};
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

void ScheduleView::keyPressEvent(QKeyEvent *event)
{
    int column = std::max(0, m_cursorColumn);
    const ScheduleItem *current = m_items.at(m_cursorColumn, m_cursorRow);
    const int minute = current ? current->startMinute : m_data.firstMinute;
    const Qt::KeyboardModifiers modifiers =
        event->modifiers() & ~Qt::KeyboardModifiers(Qt::KeypadModifier);
    if (modifiers == Qt::KeyboardModifiers() && !event->text().isEmpty() &&
        event->text().at(0).isDigit()) {
        typeTime(event->text().left(1));
        event->accept();
        return;
    }
    const bool ctrl = event->modifiers().testFlag(Qt::ControlModifier);
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down: {
        const int delta = event->key() == Qt::Key_Up ? -1 : 1;
        const int row =
            current ? stepRow(column, m_cursorRow, delta) : m_items.nearestRow(column, minute);
        if (m_items.at(column, row))
            moveCursorTo(column, row);
        break;
    }
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        if (ctrl) { // Ctrl+PageUp/Down turn the week (window shortcuts)
            QAbstractScrollArea::keyPressEvent(event);
            return;
        }
        jumpToMinute(minute + (event->key() == Qt::Key_PageUp ? -60 : 60),
                     event->key() == Qt::Key_PageDown);
        break;
    case Qt::Key_Home:
        if (ctrl) { // Ctrl+Home is "today" (window shortcut)
            QAbstractScrollArea::keyPressEvent(event);
            return;
        }
        jumpToMinute(0, true);
        break;
    case Qt::Key_End:
        jumpToMinute(24 * 60, false);
        break;
    case Qt::Key_Left:
    case Qt::Key_Right:
        if (ctrl) {
            // By a day: same practitioner, same time; past the days shown the window pages.
            const int delta = event->key() == Qt::Key_Left ? -1 : 1;
            const int perDay = std::max(1, m_layout.practitionersPerDay());
            const int target = column + delta * perDay;
            if (column < m_data.columns.size()) {
                if (target >= 0 && target < m_items.columnCount() &&
                    m_items.nearestRow(target, minute) >= 0)
                    moveCursorTo(target, m_items.nearestRow(target, minute));
                else
                    emit dayStepRequested(delta, m_data.columns[column].practitioner.id, minute);
            }
            break;
        }
        {
            // Skip columns without items (a practitioner who does not work that day).
            const int delta = event->key() == Qt::Key_Left ? -1 : 1;
            for (int c = current ? column + delta : column; c >= 0 && c < m_items.columnCount();
                 c += delta) {
                if (const int row = m_items.nearestRow(c, minute); row >= 0) {
                    moveCursorTo(c, row);
                    break;
                }
            }
            break;
        }
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (currentFreeSlot()) {
            activateCurrent();
        } else if (currentAppointment()) {
            const QRect r = appointmentRect(currentAppointment()->id);
            QContextMenuEvent menu(QContextMenuEvent::Keyboard, r.center(),
                                   viewport()->mapToGlobal(r.center()));
            contextMenuEvent(&menu);
        }
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    event->accept();
}

void ScheduleView::mousePressEvent(QMouseEvent *event)
{
    const auto [column, row] = itemAt(event->position().toPoint());
    moveCursorTo(column, row);
    if (event->button() == Qt::LeftButton) {
        if (currentFreeSlot())
            activateCurrent();
        else if (const auto a = currentAppointment(); a && a->blocksTime())
            m_pressPos = event->position().toPoint();
        else
            explainNotBookable(event->position().toPoint());
    }
    event->accept();
}

void ScheduleView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_pressPos && (pos - *m_pressPos).manhattanLength() >= QApplication::startDragDistance())
        m_dragging = true;
    if (m_dragging) {
        const auto a = currentAppointment();
        const auto target = dropTarget(pos);
        m_dragGhost = {};
        if (a && target) {
            const int length = int((a->span.endMs - a->span.startMs) / kMinuteMs);
            m_dragGhost = m_layout.spanRect(target->first, target->second, target->second + length);
        }
        viewport()->update();
        return;
    }
    const auto [column, row] = itemAt(pos);
    if (column != m_hoverColumn || row != m_hoverRow) {
        m_hoverColumn = column;
        m_hoverRow = row;
        viewport()->update();
    }
}

void ScheduleView::mouseReleaseEvent(QMouseEvent *event)
{
    const bool dropped = m_dragging;
    m_pressPos.reset();
    m_dragging = false;
    m_dragGhost = {};
    viewport()->update();
    if (!dropped)
        return;
    const auto a = currentAppointment();
    const auto target = dropTarget(event->position().toPoint());
    if (!a || !target)
        return;
    const ScheduleColumn &column = m_data.columns[target->first];
    const qint64 startMs = m_data.msAt(column.day, target->second);
    if (startMs != a->span.startMs || column.practitioner.id != a->practitionerId)
        emit appointmentDropped(a->id, column.practitioner.id, startMs);
}

void ScheduleView::mouseDoubleClickEvent(QMouseEvent *event)
{
    // A double click would otherwise open the booking dialog twice.
    event->accept();
}

void ScheduleView::contextMenuEvent(QContextMenuEvent *event)
{
    if (event->reason() == QContextMenuEvent::Mouse) {
        const auto [column, row] = itemAt(event->pos());
        moveCursorTo(column, row);
    }
    const QList<QAction *> actions = currentAppointment() ? m_appointmentActions
                                     : currentFreeSlot()  ? m_slotActions
                                                          : QList<QAction *>();
    if (actions.isEmpty())
        return;
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("scheduleContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addActions(actions);
    menu->popup(event->globalPos());
}

void ScheduleView::leaveEvent(QEvent *event)
{
    m_hoverColumn = m_hoverRow = -1;
    viewport()->update();
    QAbstractScrollArea::leaveEvent(event);
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
