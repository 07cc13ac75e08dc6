#include "cli_output.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace empfang::cli {

CliOutput::CliOutput(QTextStream &out, QTextStream &err, bool json)
    : m_out(out), m_err(err), m_json(json)
{
}

QString CliOutput::isoTime(qint64 ms) const
{
    return QDateTime::fromMSecsSinceEpoch(ms, m_zone).toString(Qt::ISODate);
}

QString CliOutput::humanTime(qint64 ms) const
{
    return QDateTime::fromMSecsSinceEpoch(ms, m_zone).toString(QStringLiteral("dd.MM.yyyy HH:mm"));
}

QString CliOutput::humanClock(qint64 ms) const
{
    return QDateTime::fromMSecsSinceEpoch(ms, m_zone).toString(QStringLiteral("HH:mm"));
}

QString CliOutput::humanDate(const QDate &date)
{
    return date.toString(QStringLiteral("dd.MM.yyyy"));
}

void CliOutput::printJson(const QJsonValue &value)
{
    QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Compact)) << Qt::endl;
}

void CliOutput::printLine(const QString &line)
{
    m_out << line << Qt::endl;
}

void CliOutput::printResult(const QJsonValue &json, const QString &sentence)
{
    if (m_json)
        printJson(json);
    else
        printLine(sentence);
}

void CliOutput::printTable(const QStringList &headers, const QList<QStringList> &rows,
                           const QString &empty)
{
    if (rows.isEmpty()) {
        printLine(empty);
        return;
    }
    QList<qsizetype> widths;
    for (const QString &h : headers)
        widths << h.size();
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    }
    const auto line = [&widths](const QStringList &cells) {
        QString text;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            text += c + 1 < cells.size()
                        ? cells.at(c).leftJustified(widths.value(c)) + QStringLiteral("  ")
                        : cells.at(c);
        }
        // No trailing blanks (an empty last column) for people who diff the output.
        while (text.endsWith(u' '))
            text.chop(1);
        return text;
    };
    printLine(line(headers));
    for (const QStringList &row : rows)
        printLine(line(row));
}

void CliOutput::error(const QString &message)
{
    m_err << message << Qt::endl;
}

} // namespace empfang::cli
