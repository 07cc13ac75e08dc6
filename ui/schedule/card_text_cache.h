#pragma once

#include <QFont>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QStaticText>
#include <QString>

namespace empfang {

class ScheduleLayout;
struct ScheduleData;
struct ScheduleItem;

/// The text of an appointment's block as ScheduleText::cardLines() fits it — font size,
/// shortened name, elided lines — worked out once per distinct block and then drawn from here.
/// Fitting measures each line several times in up to three font sizes; for the thousand
/// blocks of a busy week that was most of a repaint (15–26 ms, more than a frame), and a
/// repaint comes with every answer from Google and every hover. What the text depends on is
/// the key: the patient, type, status, series place, start time, absence, badge, the block's
/// size and the font. GUI thread only, like the painting that uses it.
class CardTextCache
{
public:
    struct Card
    {
        QFont font;               // cardLines() may shrink it
        QList<QStaticText> lines; // laid out, drawn at offset + i × lineHeight
        QPointF offset;           // of the text area from the block's top left
        double lineHeight = 0;
        bool needsClip = false; // the lines are taller than the block
    };

    /// The card of `item` in the block `block` painted in `font`; `fontKey` is font.key(),
    /// taken once per paint.
    const Card &card(const ScheduleData &data, const ScheduleLayout &layout,
                     const ScheduleItem &item, const QRectF &block, const QFont &font,
                     const QString &fontKey);

    /// The cache of the grid's painter.
    static CardTextCache &grid();

private:
    // Generous for a week of 20 practitioners; past it the cache starts again rather than
    // growing with every block ever shown.
    static constexpr qsizetype kMaxEntries = 4000;
    QHash<QString, Card> m_cards;
};

} // namespace empfang
