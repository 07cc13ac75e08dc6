#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QRectF>
#include <QStringList>

class QFontMetrics;

namespace empfang {

struct Appointment;
class ScheduleLayout;
struct ScheduleColumn;
struct ScheduleData;
struct ScheduleItem;

/// The grid's words fitted to the room they have: the practitioners' names in the header and
/// the lines of an appointment's block. Apart from SchedulePainter so that the view can tell
/// tests and screen readers what is shown and CardTextCache can fit a block once.
class ScheduleText
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleText)
public:
    static constexpr int kNameMargin = 3; // left and right of a practitioner's name in the header

    /// The practitioner names as the header draws them, one per column: the most detailed
    /// form that fits every column ("Dr. Miriam Vogt", "Vogt", "MV"), elided only as a last
    /// resort.
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

    /// A column's header font: italic when the practitioner does not offer the chosen type.
    static QFont columnFont(const QFont &base, const ScheduleColumn &column);
    /// A time of day in the practice's time zone, "HH:mm".
    static QString time(const ScheduleData &data, qint64 ms);
};

} // namespace empfang
