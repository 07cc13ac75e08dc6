#pragma once

#include <QFont>
#include <QHash>
#include <QStaticText>
#include <QString>

namespace empfang {

/// The lines the grid draws again and again — patient, type and time in up to a thousand
/// blocks of a busy week — elided and laid out once, then drawn from the cache. Without it
/// every repaint (each reload after Google answered, each hover) shaped every string twice
/// (elidedText, then drawText), which at 200 000 appointments held up the GUI thread for tens
/// of milliseconds per frame. GUI thread only, like the painting that uses it.
class StaticTextCache
{
public:
    /// `text` in `font`, elided on the right to `width` pixels, ready for drawStaticText().
    const QStaticText &elided(const QFont &font, const QString &text, int width);

    /// The cache of the grid's painter.
    static StaticTextCache &grid();

private:
    // Generous for a week of 20 practitioners (two lines per block); past it the cache starts
    // again rather than growing with every name ever shown.
    static constexpr qsizetype kMaxEntries = 8000;
    QHash<QString, QStaticText> m_texts;
    QFont m_font; // the last font asked for, and its key
    QString m_fontKey;
};

} // namespace empfang
