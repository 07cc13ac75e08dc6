#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QRectF>

class QFontMetrics;
class QPainter;
class QWidget;

namespace empfang {

struct Appointment;
class ScheduleItems;
class ScheduleLayout;
struct ScheduleData;
struct ScheduleItem;

/// What the view adds to the data when painting: cursor, hover, drag preview, the clock.
struct SchedulePaintState
{
    int cursorColumn = -1;
    int cursorRow = -1;
    int hoverColumn = -1;
    int hoverRow = -1;
    bool focused = false;
    qint64 nowMs = 0;
    QRectF dragGhost; // empty unless an appointment is being dragged
};

/// Paints the reception grid; kept apart from ScheduleView so that input handling and
/// drawing each stay small enough to read.
class SchedulePainter
{
    Q_DECLARE_TR_FUNCTIONS(SchedulePainter)
public:
    SchedulePainter(QPainter &painter, const QWidget &widget, const ScheduleData &data,
                    const ScheduleLayout &layout, const ScheduleItems &items)
        : p(painter), w(widget), d(data), l(layout), m_items(items)
    {
    }

    void paint(const SchedulePaintState &state);

private:
    void paintBackground();
    void paintFreeRanges(int column, const QList<ScheduleItem> &items);
    void paintFreeSlot(const ScheduleItem &item, bool highlighted);
    void paintAppointment(const ScheduleItem &item, bool current);
    void paintNowLine(qint64 nowMs);
    void paintHeader();
    void paintAxis();

    QPainter &p;
    const QWidget &w;
    const ScheduleData &d;
    const ScheduleLayout &l;
    const ScheduleItems &m_items;
    QFont m_baseFont;  // the painter's font at the start of paint()
    QString m_fontKey; // its key, taken once per paint: the caches' keys
};

} // namespace empfang
