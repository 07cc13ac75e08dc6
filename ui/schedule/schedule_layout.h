#pragma once

#include <QFontMetrics>
#include <QRectF>
#include <QSize>

namespace empfang {

struct ScheduleData;

/// The geometry of the reception grid in viewport coordinates: header rows on top, time axis
/// on the left, one column per practitioner and day. Sizes derive from font metrics so the
/// grid stays readable at 125 % and 150 % scaling.
class ScheduleLayout
{
public:
    /// Recomputes for `data` drawn with `fm` into a viewport of `viewport`.
    void update(const ScheduleData &data, const QFontMetrics &fm, const QSize &viewport);
    void setScroll(int dx, int dy)
    {
        m_dx = dx;
        m_dy = dy;
    }

    int headerHeight() const { return m_headerHeight; }
    int dayRowHeight() const { return m_rowHeight; }
    /// The header's Google freshness row under the names; 0 when no column has Google.
    int syncRowHeight() const { return m_syncRowHeight; }
    int axisWidth() const { return m_axisWidth; }
    int columnCount() const { return m_columns; }
    int practitionersPerDay() const { return m_perDay; }
    double columnWidth() const { return m_columnWidth; }
    double pxPerMinute() const { return m_pxPerMinute; }
    /// Size of the scrolled part (columns × time), without header and axis.
    QSize contentSize() const;

    double xForColumn(int column) const;
    double yForMinute(double minute) const;
    double minuteForY(double y) const;
    int columnAt(double x) const; // -1 outside
    QRectF spanRect(int column, double fromMinute, double toMinute) const;
    /// The visible grid area below the header and right of the axis.
    QRectF gridArea() const;

private:
    int m_headerHeight = 0;
    int m_rowHeight = 0;
    int m_syncRowHeight = 0;
    int m_axisWidth = 0;
    int m_columns = 0;
    int m_perDay = 1;
    int m_firstMinute = 0;
    int m_lastMinute = 0;
    double m_columnWidth = 1;
    double m_pxPerMinute = 1;
    QSize m_viewport;
    int m_dx = 0;
    int m_dy = 0;
};

} // namespace empfang
