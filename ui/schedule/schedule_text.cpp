#include "schedule/schedule_text.h"

#include "schedule/schedule_data.h"
#include "schedule/schedule_items.h"
#include "schedule/schedule_layout.h"
#include "schedule/static_text_cache.h"

#include <QFontMetrics>

#include <algorithm>

namespace empfang {

namespace {

// Narrow week columns: "Dr. Miriam Vogt" → "Vogt" → "MV" before eliding anything.
QStringList nameVariants(const QString &name)
{
    QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    words.removeIf([](const QString &w) { return w.endsWith(u'.'); }); // titles like "Dr."
    QString initials;
    for (const QString &w : words)
        initials += w.left(1);
    return {name, words.isEmpty() ? name : words.last(), initials};
}

// A patient's name in `width`: whole, then with initials for the first names, then the last
// name alone; cut only as a last resort. Strictly narrower, as in nameLevel().
QStringList nameForms(const QString &name)
{
    const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    if (words.size() < 2)
        return {name};
    QString initials;
    for (qsizetype i = 0; i + 1 < words.size(); ++i)
        initials += words[i].left(1) + QStringLiteral(". ");
    return {name, initials + words.last(), words.last()};
}

// The longest form of the name that fits together with `suffix` (e.g. " · 3/6"), or "".
QString fitNameWith(const QString &name, const QString &suffix, const QFontMetrics &fm, int width)
{
    for (const QString &form : nameForms(name)) {
        if (fm.horizontalAdvance(form + suffix) < width)
            return form + suffix;
    }
    return {};
}

QString fitName(const QString &name, const QFontMetrics &fm, int width)
{
    const QString fitted = fitNameWith(name, QString(), fm, width);
    return fitted.isEmpty() ? fm.elidedText(nameForms(name).last(), Qt::ElideRight, width) : fitted;
}

/// The most detailed variant level at which every column's name fits, so all columns
/// use the same form ("Berger, Vogt, Keller" rather than "Berger, Vogt, Jonas Keller").
/// Measured in each column's own font: italic is wider and must fit too. Strictly narrower:
/// elidedText() measures unrounded widths and would still cut a name that fits "exactly".
int nameLevel(const ScheduleData &d, const QFont &base, int width)
{
    for (int level = 0; level < 2; ++level) {
        bool fits = true;
        for (const ScheduleColumn &c : d.columns)
            fits = fits &&
                   QFontMetrics(ScheduleText::columnFont(base, c))
                           .horizontalAdvance(nameVariants(c.practitioner.name)[level]) < width;
        if (fits)
            return level;
    }
    return 2;
}

} // namespace

QString ScheduleText::time(const ScheduleData &d, qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, d.zone).time().toString(QStringLiteral("HH:mm"));
}

QFont ScheduleText::columnFont(const QFont &base, const ScheduleColumn &column)
{
    QFont f = base;
    f.setItalic(!column.offersType); // "does not offer the chosen type" reads as greyed out
    return f;
}

QRectF ScheduleText::cardTextArea(const ScheduleData &d, const Appointment &a, const QRectF &block,
                                  const QFontMetrics &fm)
{
    const double badge = d.sync.contains(a.id) ? fm.height() : 0;
    return block.adjusted(7, 1, -3 - badge, -1);
}

QStringList ScheduleText::headerNames(const ScheduleData &d, const ScheduleLayout &l,
                                      const QFont &font)
{
    const int width = int(l.columnWidth()) - 2 * kNameMargin;
    // Measured once per set of names, font and width: every repaint asks again, and measuring
    // 140 names in two fonts on every answer from Google was a good part of a frame.
    static QHash<QString, QStringList> known;
    QString key = StaticTextCache::grid().keyOf(font) + u'\x1e' + QString::number(width);
    for (const ScheduleColumn &c : d.columns)
        key += u'\x1f' + c.practitioner.name + (c.offersType ? u'+' : u'-');
    if (const auto it = known.constFind(key); it != known.cend())
        return *it;
    const int level = nameLevel(d, font, width);
    QStringList out;
    for (const ScheduleColumn &c : d.columns)
        out << QFontMetrics(columnFont(font, c))
                   .elidedText(nameVariants(c.practitioner.name)[level], Qt::ElideRight, width);
    if (known.size() > 64)
        known.clear();
    known.insert(key, out);
    return out;
}

QStringList ScheduleText::cardLines(const ScheduleData &d, const ScheduleLayout &l,
                                    const ScheduleItem &item, QFont *font)
{
    const ScheduleColumn &column = d.columns[item.column];
    const Appointment &a = column.appointments[item.index];
    const QRectF r = ScheduleItems::rectOf(l, d, item).adjusted(2, 1, -2, -1);
    const QStringList words = a.patientName.split(u' ', Qt::SkipEmptyParts);
    const QString lastName = words.isEmpty() ? a.patientName : words.last();
    // The name wins: before it would be cut, the text gets a little smaller (down to 80 %);
    // so does a one-line block of a series until its place ("3/6") fits beside the name.
    const QString series = d.seriesLabel.value(a.id);
    const auto scaled = [font](double scale) {
        QFont f = *font;
        if (font->pointSizeF() > 0)
            f.setPointSizeF(font->pointSizeF() * scale);
        else
            f.setPixelSize(std::max(1, int(font->pixelSize() * scale)));
        return f;
    };
    QFont chosen = *font;
    bool nameFits = false;
    for (const double scale : {1.0, 0.9, 0.8}) {
        const QFont candidate = scaled(scale);
        const QFontMetrics m(candidate);
        const QRectF area = cardTextArea(d, a, r, m);
        const int room = int(area.width());
        if (!nameFits) {
            chosen = candidate;
            nameFits = m.horizontalAdvance(lastName) < room;
        }
        if (nameFits && (series.isEmpty() || area.height() >= 2 * m.height()))
            break;
        if (nameFits &&
            !fitNameWith(a.patientName, QStringLiteral(" · ") + series, m, room).isEmpty()) {
            chosen = candidate;
            break;
        }
    }
    *font = chosen;
    const QFontMetrics fm(chosen);
    const QRectF area = cardTextArea(d, a, r, fm);
    const int width = int(area.width());
    QString prefix;
    if (column.inAbsence(a))
        prefix = tr("⚠ In absence: ");
    else if (a.status == AppointmentStatus::NoShow)
        prefix = tr("No-show: ");
    // On a narrow block the prefix shrinks before the last name would be cut: the red frame
    // and the hatching still say it.
    if (!prefix.isEmpty() && fm.horizontalAdvance(prefix + lastName) >= width)
        prefix = column.inAbsence(a) ? QStringLiteral("⚠ ") : QString();
    QString type = a.typeName;
    if (a.status == AppointmentStatus::Cancelled)
        type = tr("Cancelled: %1").arg(a.typeName);
    // Name first: the time is on the axis, the name is what the desk looks for; the type
    // gives way to it when room is short.
    const QString first = prefix + fitName(a.patientName, fm, width - fm.horizontalAdvance(prefix));
    const QString dot = QStringLiteral(" · ");
    if (area.height() >= 2 * fm.height()) {
        QString second = time(d, a.span.startMs);
        if (!series.isEmpty())
            second += u' ' + series;
        return {first, fm.elidedText(second + u' ' + type, Qt::ElideRight, width)};
    }
    // One line: the series' place next to the name when a shorter form of the name makes room
    // for it ("S. Wagner · 3/6"), else the name alone.
    QString line = first;
    if (!series.isEmpty()) {
        const int room = width - fm.horizontalAdvance(prefix);
        if (const QString both = fitNameWith(a.patientName, dot + series, fm, room);
            !both.isEmpty())
            line = prefix + both;
    }
    // The type only when a few letters of it fit: "E. Mustermann · …" helps nobody.
    if (fm.horizontalAdvance(line + dot + type.left(3) + u'…') < width)
        line = fm.elidedText(line + dot + type, Qt::ElideRight, width);
    return {line};
}

} // namespace empfang
