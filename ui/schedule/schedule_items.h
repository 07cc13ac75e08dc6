#pragma once

#include <QList>
#include <QRectF>

#include <utility>

namespace empfang {

class ScheduleLayout;
struct ScheduleData;

/// Something the keyboard cursor can rest on: a free slot or an appointment.
struct ScheduleItem
{
    enum Kind { FreeSlot, Appointment };
    Kind kind = FreeSlot;
    int column = 0;
    int index = 0; // into the column's freeSlots or appointments
    int startMinute = 0;
    int endMinute = 0;
    int lane = 0; // overlapping appointments (a cancelled one and its successor) share width
    int lanes = 1;
};

/// The items of every column sorted by time, with lanes for overlapping appointments;
/// the basis for painting, hit tests and keyboard navigation.
class ScheduleItems
{
public:
    void build(const ScheduleData &data);

    int columnCount() const { return int(m_columns.size()); }
    const QList<ScheduleItem> &column(int column) const { return m_columns.at(column); }
    const ScheduleItem *at(int column, int row) const;
    /// The row of `column` nearest to `minute`, or -1 when the column has no items.
    int nearestRow(int column, int minute) const;
    /// Row hit at `minute` in `column`: booked appointments win over free slots, which win
    /// over cancelled or past appointments (those are history, slots are actionable).
    int rowAt(const ScheduleData &data, int column, double minute) const;
    /// (column, row) of the appointment `appointmentId`, or (-1, -1) when it is not shown.
    std::pair<int, int> findAppointment(const ScheduleData &data, qint64 appointmentId) const;
    /// (column, row) of the practitioner's free slot starting at `startMs`, or (-1, -1).
    std::pair<int, int> findFreeSlot(const ScheduleData &data, qint64 practitionerId,
                                     qint64 startMs) const;

    /// Where an item is drawn; a free slot's clickable band is one slot step high.
    static QRectF rectOf(const ScheduleLayout &layout, const ScheduleData &data,
                         const ScheduleItem &item);

private:
    QList<QList<ScheduleItem>> m_columns;
};

} // namespace empfang
