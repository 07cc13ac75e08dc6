#include "text_rules.h"

#include <QRegularExpression>

namespace empfang {

namespace {

// Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) make a name read
// differently from what is stored ("Trojan Source"): a patient list or an invoice would show
// another name than the one searched for.
bool isBidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool isLineBreak(char32_t c)
{
    return c == u'\n' || c == u'\r' || c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028 ||
           c == 0x2029;
}

bool isSpace(QChar c)
{
    return c.category() == QChar::Separator_Space;
}

} // namespace

QString TextRules::trimmed(const QString &text)
{
    qsizetype first = 0;
    qsizetype last = text.size();
    while (first < last && isSpace(text.at(first)))
        ++first;
    while (last > first && isSpace(text.at(last - 1)))
        --last;
    return text.mid(first, last - first);
}

QString TextRules::problem(const QString &text, Kind kind)
{
    const QList<uint> codePoints = trimmed(text).toUcs4();
    for (const uint c : codePoints) {
        if (isBidiControl(c))
            return tr("Characters that change the reading direction (U+202A–U+202E, "
                      "U+2066–U+2069) are not allowed.");
        if (kind == Kind::Note && c == u'\n')
            continue;
        const QString code = QString::number(c, 16).rightJustified(4, u'0').toUpper();
        if (isLineBreak(c))
            return kind == Kind::Name
                       ? tr("A line break is not allowed here.")
                       : tr("Only plain line breaks are allowed (no U+%1).").arg(code);
        if (c == u'\t')
            return tr("A tab is not allowed here.");
        if (QChar::category(char32_t(c)) == QChar::Other_Control)
            return tr("Control characters (here U+%1) are not allowed.").arg(code);
    }
    const int max = kind == Kind::Name ? kMaxName : kMaxNote;
    if (codePoints.size() > max)
        return tr("At most %1 characters are allowed (here: %2).").arg(max).arg(codePoints.size());
    return {};
}

QString TextRules::check(Field field, const QString &text)
{
    const QString why = problem(text, field == Field::Note ? Kind::Note : Kind::Name);
    if (why.isEmpty())
        return {};
    QString label;
    switch (field) {
    case Field::Name:
        label = tr("Name");
        break;
    case Field::Phone:
        label = tr("Phone");
        break;
    case Field::Email:
        label = tr("E-mail");
        break;
    case Field::Reason:
        label = tr("Reason");
        break;
    case Field::Note:
        label = tr("Note");
        break;
    }
    return tr("%1: %2").arg(label, why);
}

std::optional<qint64> TextRules::positiveId(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
    if (!digits.match(text).hasMatch())
        return std::nullopt;
    const qint64 id = text.toLongLong();
    return id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

std::optional<int> TextRules::count(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,9}$"));
    if (!digits.match(text).hasMatch())
        return std::nullopt;
    return text.toInt();
}

std::optional<int> TextRules::integer(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^-?[0-9]{1,9}$"));
    if (!digits.match(text).hasMatch())
        return std::nullopt;
    return text.toInt();
}

std::optional<QList<int>> TextRules::weekdays(const QString &text)
{
    static const QRegularExpression list(QStringLiteral("^[1-7](,[1-7])*$"));
    if (!list.match(text).hasMatch())
        return std::nullopt;
    QList<int> days;
    for (const QString &part : text.split(u','))
        days << part.toInt();
    return days;
}

} // namespace empfang
