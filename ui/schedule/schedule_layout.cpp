#include "schedule/schedule_layout.h"

#include "schedule/schedule_data.h"

#include <algorithm>
#include <cmath>

namespace empfang {

void ScheduleLayout::update(const ScheduleData &data, const QFontMetrics &fm, const QSize &viewport)
{
    m_viewport = viewport;
    m_columns = int(data.columns.size());
    m_perDay = data.days.isEmpty() ? 1 : std::max(1, m_columns / int(data.days.size()));
    m_firstMinute = data.firstMinute;
    m_lastMinute = std::max(data.firstMinute + 60, data.lastMinute);
    m_rowHeight = fm.height() + fm.height() / 2;
    const bool google = std::any_of(data.columns.begin(), data.columns.end(), [](const auto &c) {
        return c.google.freshness != GoogleColumn::Freshness::NotConnected;
    });
    m_syncRowHeight = google ? fm.height() + fm.height() / 3 : 0;
    m_headerHeight = 2 * m_rowHeight + m_syncRowHeight;
    m_axisWidth = fm.horizontalAdvance(QStringLiteral("00:00")) + fm.averageCharWidth() * 2;

    // A 20-minute appointment must fit one line of text; more space is used when available.
    const double readable = fm.height() * 1.2 / 20.0;
    const double available =
        double(viewport.height() - m_headerHeight) / double(m_lastMinute - m_firstMinute);
    m_pxPerMinute = std::max(readable, available);

    const double minColumn = fm.averageCharWidth() * 9.0;
    const double fit = m_columns > 0 ? double(viewport.width() - m_axisWidth) / m_columns : 0;
    m_columnWidth = std::max(minColumn, fit);
}

QSize ScheduleLayout::contentSize() const
{
    return QSize(int(std::ceil(m_columnWidth * m_columns)),
                 int(std::ceil(m_pxPerMinute * (m_lastMinute - m_firstMinute))));
}

double ScheduleLayout::xForColumn(int column) const
{
    return m_axisWidth + column * m_columnWidth - m_dx;
}

double ScheduleLayout::yForMinute(double minute) const
{
    return m_headerHeight + (minute - m_firstMinute) * m_pxPerMinute - m_dy;
}

double ScheduleLayout::minuteForY(double y) const
{
    return m_firstMinute + (y - m_headerHeight + m_dy) / m_pxPerMinute;
}

int ScheduleLayout::columnAt(double x) const
{
    if (x < m_axisWidth || m_columns == 0)
        return -1;
    const int column = int(std::floor((x - m_axisWidth + m_dx) / m_columnWidth));
    return column >= 0 && column < m_columns ? column : -1;
}

QRectF ScheduleLayout::spanRect(int column, double fromMinute, double toMinute) const
{
    const double top = yForMinute(fromMinute);
    return QRectF(xForColumn(column), top, m_columnWidth, yForMinute(toMinute) - top);
}

QRectF ScheduleLayout::gridArea() const
{
    return QRectF(m_axisWidth, m_headerHeight, m_viewport.width() - m_axisWidth,
                  m_viewport.height() - m_headerHeight);
}

} // namespace empfang
