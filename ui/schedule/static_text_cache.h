#pragma once

#include <QFont>
#include <QHash>
#include <QList>
#include <QStaticText>
#include <QString>

#include <utility>

class QPainter;
class QRectF;

namespace empfang {

/// The lines the grid draws again and again — the header's days and names, Google's state of
/// each column, "busy" and absence labels — elided and laid out once, then drawn from the
/// cache. Without it every repaint (each reload after Google answered, each hover) shaped
/// every string of a week's 140 columns again, several milliseconds per frame. GUI thread
/// only, like the painting that uses it.
class StaticTextCache
{
public:
    /// `text` in `font`, elided on the right to `width` pixels, ready for drawStaticText().
    const QStaticText &elided(const QFont &font, const QString &text, int width);
    /// The first of `candidates` (longest first) narrower than `width` — or not wider, with
    /// `orEqual` — else the last one elided.
    const QStaticText &fitted(const QFont &font, const QStringList &candidates, int width,
                              bool orEqual = false);
    /// Draws `text` centred in `rect`, as drawText(rect, Qt::AlignCenter, …) would.
    static void drawCentred(QPainter &p, const QRectF &rect, const QStaticText &text);

    /// font.key(), remembered for the few fonts a paint switches between: key() formats the
    /// whole font each time.
    const QString &keyOf(const QFont &font);

    /// The cache of the grid's painter.
    static StaticTextCache &grid();

private:
    const QStaticText &insert(const QString &key, const QFont &font, const QString &shown);

    // Generous for a week of 20 practitioners; past it the cache starts again rather than
    // growing with every text ever shown.
    static constexpr qsizetype kMaxEntries = 8000;
    QHash<QString, QStaticText> m_texts;
    QList<std::pair<QFont, QString>> m_keys; // recent fonts and their keys
};

} // namespace empfang
