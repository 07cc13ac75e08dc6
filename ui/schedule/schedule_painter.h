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

    /// The practitioner names as the header draws them, one per column: the most detailed
    /// form that fits every column ("Dr. Miriam Vogt", "Vogt", "MV"), elided only as a last
    /// resort. Public so the view can tell tests and screen readers what is shown.
    static QStringList headerNames(const ScheduleData &data, const ScheduleLayout &layout,
                                   const QFont &font);

    /// The text lines of an appointment's block exactly as painted (already shortened): the
    /// patient's name first and kept over the type when room is short ("Erika Mustermann"
    /// → "E. Mustermann" → "Mustermann", in a font down to 80 % of `font`, which is set to
    /// the one to paint with), then the place in a series ("3/6"), time and type.
    static QStringList cardLines(const ScheduleData &data, const ScheduleLayout &layout,
                                 const ScheduleItem &item, QFont *font);
    /// Where a block's text goes: inside the type strip on the left and the Google badge on
    /// the right.
    static QRectF cardTextArea(const ScheduleData &data, const Appointment &appointment,
                               const QRectF &block, const QFontMetrics &fm);

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
