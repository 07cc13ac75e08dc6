#include "schedule/static_text_cache.h"

#include <QFont>
#include <QFontMetrics>
#include <QTransform>

namespace empfang {

StaticTextCache &StaticTextCache::grid()
{
    static StaticTextCache cache;
    return cache;
}

const QStaticText &StaticTextCache::elided(const QFont &font, const QString &text, int width)
{
    if (font != m_font || m_fontKey.isEmpty()) { // QFont::key() formats the whole font
        m_font = font;
        m_fontKey = font.key();
    }
    const QString key = m_fontKey + u'\x1f' + QString::number(width) + u'\x1f' + text;
    if (const auto it = m_texts.constFind(key); it != m_texts.cend())
        return *it;
    if (m_texts.size() >= kMaxEntries)
        m_texts.clear();
    QStaticText shown(QFontMetrics(font).elidedText(text, Qt::ElideRight, width));
    shown.setTextFormat(Qt::PlainText); // a patient's name is never markup
    shown.prepare(QTransform(), font);
    return *m_texts.insert(key, shown);
}

} // namespace empfang
