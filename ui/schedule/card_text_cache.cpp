#include "card_text_cache.h"

#include "schedule_data.h"
#include "schedule_items.h"
#include "schedule_text.h"

#include <QFontMetrics>
#include <QTransform>

namespace empfang {

CardTextCache &CardTextCache::grid()
{
    static CardTextCache cache;
    return cache;
}

const CardTextCache::Card &CardTextCache::card(const ScheduleData &d, const ScheduleLayout &l,
                                               const ScheduleItem &item, const QRectF &block,
                                               const QFont &font, const QString &fontKey)
{
    const ScheduleColumn &column = d.columns[item.column];
    const Appointment &a = column.appointments[item.index];
    // Everything cardLines() and the text area read, and nothing else.
    const QChar sep(u'\x1f');
    const QString key =
        fontKey + sep + QString::number(block.width(), 'g', 10) + sep +
        QString::number(block.height(), 'g', 10) + sep + a.patientName + sep + a.typeName + sep +
        QString::number(int(a.status)) + sep + QString::number(a.span.startMs) + sep +
        QString::fromUtf8(d.zone.id()) + sep + d.seriesLabel.value(a.id) + sep +
        QChar(column.inAbsence(a) ? u'A' : u'-') + QChar(d.sync.contains(a.id) ? u'G' : u'-');
    if (const auto it = m_cards.constFind(key); it != m_cards.cend())
        return *it;
    if (m_cards.size() >= kMaxEntries)
        m_cards.clear();
    Card c;
    c.font = font;
    const QStringList lines = ScheduleText::cardLines(d, l, item, &c.font);
    const QFontMetrics fm(c.font);
    const QRectF area = ScheduleText::cardTextArea(d, a, block, fm);
    c.offset = area.topLeft() - block.topLeft();
    c.lineHeight = fm.height();
    const int width = int(area.width());
    for (const QString &line : lines) {
        QStaticText shown(fm.elidedText(line, Qt::ElideRight, width));
        shown.setTextFormat(Qt::PlainText); // a patient's name is never markup
        shown.prepare(QTransform(), c.font);
        c.lines << shown;
    }
    c.needsClip = c.offset.y() + c.lineHeight * double(c.lines.size()) > block.height();
    return *m_cards.insert(key, c);
}

} // namespace empfang
