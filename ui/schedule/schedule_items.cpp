#include "schedule/schedule_items.h"

#include "schedule/schedule_data.h"
#include "schedule/schedule_layout.h"

#include <algorithm>
#include <cmath>

namespace empfang {

namespace {

void assignLanes(QList<ScheduleItem> &appointments)
{
    // Greedy interval partitioning per cluster of overlapping appointments.
    std::sort(
        appointments.begin(), appointments.end(),
        [](const ScheduleItem &a, const ScheduleItem &b) { return a.startMinute < b.startMinute; });
    qsizetype clusterStart = 0;
    int clusterEnd = -1;
    QList<int> laneEnds;
    const auto closeCluster = [&](qsizetype upTo) {
        for (qsizetype i = clusterStart; i < upTo; ++i)
            appointments[i].lanes = std::max(1, int(laneEnds.size()));
    };
    for (qsizetype i = 0; i < appointments.size(); ++i) {
        ScheduleItem &item = appointments[i];
        if (item.startMinute >= clusterEnd) {
            closeCluster(i);
            clusterStart = i;
            laneEnds.clear();
        }
        int lane = 0;
        while (lane < laneEnds.size() && laneEnds[lane] > item.startMinute)
            ++lane;
        if (lane == laneEnds.size())
            laneEnds.append(item.endMinute);
        else
            laneEnds[lane] = item.endMinute;
        item.lane = lane;
        clusterEnd = std::max(clusterEnd, item.endMinute);
    }
    closeCluster(appointments.size());
}

} // namespace

void ScheduleItems::build(const ScheduleData &data)
{
    m_columns.clear();
    for (int c = 0; c < data.columns.size(); ++c) {
        const ScheduleColumn &column = data.columns.at(c);
        QList<ScheduleItem> appointments;
        for (int i = 0; i < column.appointments.size(); ++i) {
            const Interval &span = column.appointments.at(i).span;
            appointments.append({ScheduleItem::Appointment, c, i,
                                 data.minuteOfDay(span.startMs, column.day),
                                 data.minuteOfDay(span.endMs, column.day), 0, 1});
        }
        assignLanes(appointments);
        QList<ScheduleItem> items = appointments;
        for (int i = 0; i < column.freeSlots.size(); ++i) {
            const Interval &span = column.freeSlots.at(i);
            items.append({ScheduleItem::FreeSlot, c, i, data.minuteOfDay(span.startMs, column.day),
                          data.minuteOfDay(span.endMs, column.day), 0, 1});
        }
        std::stable_sort(items.begin(), items.end(),
                         [](const ScheduleItem &a, const ScheduleItem &b) {
                             return a.startMinute < b.startMinute;
                         });
        m_columns.append(items);
    }
}

const ScheduleItem *ScheduleItems::at(int column, int row) const
{
    if (column < 0 || column >= m_columns.size() || row < 0 || row >= m_columns[column].size())
        return nullptr;
    return &m_columns[column][row];
}

std::pair<int, int> ScheduleItems::findAppointment(const ScheduleData &data,
                                                   qint64 appointmentId) const
{
    for (int c = 0; c < columnCount(); ++c) {
        for (int row = 0; row < m_columns[c].size(); ++row) {
            const ScheduleItem &item = m_columns[c][row];
            if (item.kind == ScheduleItem::Appointment &&
                data.columns[c].appointments[item.index].id == appointmentId)
                return {c, row};
        }
    }
    return {-1, -1};
}

std::pair<int, int> ScheduleItems::findFreeSlot(const ScheduleData &data, qint64 practitionerId,
                                                qint64 startMs) const
{
    for (int c = 0; c < columnCount(); ++c) {
        if (data.columns[c].practitioner.id != practitionerId)
            continue;
        for (int row = 0; row < m_columns[c].size(); ++row) {
            const ScheduleItem &item = m_columns[c][row];
            if (item.kind == ScheduleItem::FreeSlot &&
                data.columns[c].freeSlots[item.index].startMs == startMs)
                return {c, row};
        }
    }
    return {-1, -1};
}

int ScheduleItems::nearestRow(int column, int minute) const
{
    if (column < 0 || column >= m_columns.size())
        return -1;
    int best = -1;
    int bestDistance = 0;
    for (int row = 0; row < m_columns[column].size(); ++row) {
        const int distance = std::abs(m_columns[column][row].startMinute - minute);
        if (best < 0 || distance < bestDistance) {
            best = row;
            bestDistance = distance;
        }
    }
    return best;
}

int ScheduleItems::rowAt(const ScheduleData &data, int column, double minute) const
{
    if (column < 0 || column >= m_columns.size())
        return -1;
    const int step = std::max(1, data.stepMinutes);
    int freeRow = -1;
    int historyRow = -1;
    const QList<ScheduleItem> &items = m_columns[column];
    for (int row = 0; row < items.size(); ++row) {
        const ScheduleItem &item = items[row];
        if (item.kind == ScheduleItem::Appointment) {
            if (minute < item.startMinute || minute >= item.endMinute)
                continue;
            const auto &a = data.columns[column].appointments[item.index];
            if (a.status == AppointmentStatus::Booked)
                return row;
            historyRow = row;
        } else if (minute >= item.startMinute &&
                   minute < item.startMinute + std::min(step, item.endMinute - item.startMinute)) {
            freeRow = row;
        }
    }
    return freeRow >= 0 ? freeRow : historyRow;
}

QRectF ScheduleItems::rectOf(const ScheduleLayout &layout, const ScheduleData &data,
                             const ScheduleItem &item)
{
    if (item.kind == ScheduleItem::FreeSlot) {
        const int band = std::min(std::max(1, data.stepMinutes), item.endMinute - item.startMinute);
        return layout.spanRect(item.column, item.startMinute, item.startMinute + band);
    }
    QRectF r = layout.spanRect(item.column, item.startMinute, item.endMinute);
    const double laneWidth = r.width() / item.lanes;
    return QRectF(r.left() + laneWidth * item.lane, r.top(), laneWidth, r.height());
}

} // namespace empfang
