// ScheduleView, second part: the keyboard and the mouse — moving the cursor, typing a time,
// clicking, dragging an appointment, the context menu. Split from schedule_view.cpp only to
// keep each file readable in one sitting.
#include "schedule/schedule_view.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QTimer>

#include <cmath>

namespace empfang {

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

std::optional<std::pair<int, int>> ScheduleView::dropTarget(const QPoint &pos) const
{
    const int column = m_layout.columnAt(pos.x());
    if (column < 0 || !m_layout.gridArea().contains(pos))
        return std::nullopt;
    const int step = std::max(1, m_data.stepMinutes);
    const int minute = int(std::round(m_layout.minuteForY(pos.y()) / step)) * step;
    return std::pair{column, minute};
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

} // namespace empfang
