#pragma once

#include "booking/availability_service.h"
#include "schedule/schedule_data.h"
#include "schedule/schedule_items.h"
#include "schedule/schedule_layout.h"

#include <QAbstractScrollArea>

#include <optional>

class QAction;
class QTimer;

namespace empfang {

/// The reception grid: practitioners side by side per day, working hours shaded, free slots
/// of the chosen type as green bars, appointments as blocks. Arrow keys move a cursor over
/// slots and appointments; Enter or a click on a free slot asks for a booking.
class ScheduleView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit ScheduleView(QWidget *parent = nullptr);

    void setData(ScheduleData data);
    const ScheduleData &data() const { return m_data; }
    void setNowMs(qint64 nowMs);
    /// Shown in the context menu of an appointment (move, cancel, no-show) or a free slot.
    void setAppointmentActions(const QList<QAction *> &actions) { m_appointmentActions = actions; }
    void setSlotActions(const QList<QAction *> &actions) { m_slotActions = actions; }

    /// The appointment under the keyboard cursor, if any.
    std::optional<Appointment> currentAppointment() const;
    /// The free slot under the keyboard cursor, if any.
    std::optional<FreeSlot> currentFreeSlot() const;
    /// Puts the cursor on an appointment (false when it is not displayed).
    bool selectAppointment(qint64 appointmentId);

    /// For tests and accessibility: what is displayed, and where.
    QList<Appointment> displayedAppointments() const;
    QList<FreeSlot> displayedFreeSlots() const;
    /// The grid's geometry as last laid out, and the practitioner names as the header draws
    /// them (perhaps shortened to fit): lets tests check readability at 125 % / 150 %.
    const ScheduleLayout &layout() const { return m_layout; }
    QStringList headerNames() const;
    /// The text lines an appointment's block shows as painted (empty when not shown).
    QStringList appointmentLines(qint64 appointmentId) const;
    /// Puts the cursor on the practitioner's item nearest to `minute` of `day` (Ctrl+arrows
    /// across a day boundary the window turns the page for); false when not shown.
    bool moveCursorNear(qint64 practitionerId, const QDate &day, int minute);
    /// Viewport rectangle of a free slot's click band / an appointment block (scrolls to it).
    QRect freeSlotRect(qint64 practitionerId, qint64 startMs);
    QRect appointmentRect(qint64 appointmentId);

signals:
    void slotActivated(qint64 practitionerId, qint64 startMs);
    void currentChanged();
    /// An appointment was dragged to another time (and perhaps another practitioner).
    void appointmentDropped(qint64 appointmentId, qint64 practitionerId, qint64 startMs);
    /// A sentence for the status bar (why a clicked time is not bookable, a typed time …).
    void statusMessage(const QString &text);
    /// Ctrl+Left/Right beyond the days shown: the window shows `days` later (or earlier) and
    /// puts the cursor on that practitioner at `minute`.
    void dayStepRequested(int days, qint64 practitionerId, int minute);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void relayout();
    void moveCursorTo(int column, int row);
    void ensureVisible(int column, int row);
    std::pair<int, int> itemAt(const QPoint &pos) const;
    void activateCurrent();
    /// Up/Down: the next item that does not overlap the current free slot, so each press
    /// offers a new, separate time instead of five minutes later.
    int stepRow(int column, int row, int delta) const;
    void jumpToMinute(int minute, bool forward);
    void typeTime(const QString &digit);
    void explainNotBookable(const QPoint &pos);
    /// Where a dragged appointment would land: column and start minute on the slot grid.
    std::optional<std::pair<int, int>> dropTarget(const QPoint &pos) const;

    ScheduleData m_data;
    ScheduleLayout m_layout;
    ScheduleItems m_items;
    QList<QAction *> m_appointmentActions;
    QList<QAction *> m_slotActions;
    int m_cursorColumn = -1;
    int m_cursorRow = -1;
    int m_hoverColumn = -1;
    int m_hoverRow = -1;
    qint64 m_nowMs = 0;
    std::optional<QPoint> m_pressPos;
    bool m_dragging = false;
    QRectF m_dragGhost;
    QString m_typedTime; // digits typed on the grid: "1100" jumps to 11:00
    QTimer *m_typedTimer = nullptr;
};

} // namespace empfang
