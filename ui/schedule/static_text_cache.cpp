#include "schedule/static_text_cache.h"

#include <QFontMetrics>
#include <QPainter>
#include <QTransform>

namespace empfang {

StaticTextCache &StaticTextCache::grid()
{
    static StaticTextCache cache;
    return cache;
}

const QString &StaticTextCache::keyOf(const QFont &font)
{
    for (const auto &[f, key] : std::as_const(m_keys)) {
        if (f == font)
            return key;
    }
    if (m_keys.size() >= 8)
        m_keys.removeFirst();
    m_keys.append({font, font.key()});
    return m_keys.last().second;
}

const QStaticText &StaticTextCache::insert(const QString &key, const QFont &font,
                                           const QString &shown)
{
    if (m_texts.size() >= kMaxEntries)
        m_texts.clear();
    QStaticText text(shown);
    text.setTextFormat(Qt::PlainText); // a patient's name is never markup
    text.prepare(QTransform(), font);
    return *m_texts.insert(key, text);
}

const QStaticText &StaticTextCache::elided(const QFont &font, const QString &text, int width)
{
    const QString key = keyOf(font) + u'\x1f' + QString::number(width) + u'\x1f' + text;
    if (const auto it = m_texts.constFind(key); it != m_texts.cend())
        return *it;
    return insert(key, font, QFontMetrics(font).elidedText(text, Qt::ElideRight, width));
}

const QStaticText &StaticTextCache::fitted(const QFont &font, const QStringList &candidates,
                                           int width, bool orEqual)
{
    const QString key = keyOf(font) + u'\x1e' + QString::number(width) + (orEqual ? u'=' : u'<') +
                        candidates.join(u'\x1f');
    if (const auto it = m_texts.constFind(key); it != m_texts.cend())
        return *it;
    const QFontMetrics fm(font);
    for (const QString &c : candidates) {
        const int advance = fm.horizontalAdvance(c);
        if (advance < width || (orEqual && advance == width))
            return insert(key, font, c);
    }
    return insert(
        key, font,
        fm.elidedText(candidates.isEmpty() ? QString() : candidates.last(), Qt::ElideRight, width));
}

void StaticTextCache::drawCentred(QPainter &p, const QRectF &rect, const QStaticText &text)
{
    const QSizeF size = text.size();
    p.drawStaticText(
        QPointF(rect.center().x() - size.width() / 2, rect.center().y() - size.height() / 2), text);
}

} // namespace empfang
