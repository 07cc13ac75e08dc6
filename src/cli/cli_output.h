#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>
#include <QTimeZone>

namespace empfang::cli {

/// Everything empfang-cli prints: JSON (compact, one document per command) or German text for
/// people, times in the practice time zone. Messages go to stderr, results to stdout, so a
/// script never parses an error as data.
class CliOutput
{
    Q_DECLARE_TR_FUNCTIONS(CliOutput)
public:
    CliOutput(QTextStream &out, QTextStream &err, bool json);

    bool json() const { return m_json; }
    void setZone(const QTimeZone &zone) { m_zone = zone; }
    const QTimeZone &zone() const { return m_zone; }

    /// ISO 8601 with the practice offset, e.g. "2026-12-07T09:00:00+01:00".
    QString isoTime(qint64 ms) const;
    /// "07.12.2026 09:00" in practice time.
    QString humanTime(qint64 ms) const;
    /// "09:00" in practice time.
    QString humanClock(qint64 ms) const;
    static QString humanDate(const QDate &date);

    void printJson(const QJsonValue &value);
    void printLine(const QString &line);
    /// The answer of a command that did one thing: `json` with --json, otherwise `sentence`.
    void printResult(const QJsonValue &json, const QString &sentence);
    /// Columns padded to their widest cell; `empty` is printed instead of a table without rows.
    void printTable(const QStringList &headers, const QList<QStringList> &rows,
                    const QString &empty);
    /// What every list command prints: with --json one array of `toJson(item)`, otherwise a
    /// table of `toRow(item)` under `headers` (printTable; `empty` when there are no items).
    template <typename T, typename ToJson, typename ToRow>
    void printList(const QList<T> &items, ToJson toJson, const QStringList &headers, ToRow toRow,
                   const QString &empty)
    {
        if (m_json) {
            QJsonArray array;
            for (const T &item : items)
                array.append(toJson(item));
            printJson(array);
            return;
        }
        QList<QStringList> rows;
        for (const T &item : items)
            rows << toRow(item);
        printTable(headers, rows, empty);
    }
    void error(const QString &message);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    bool m_json;
    QTimeZone m_zone = QTimeZone("Europe/Berlin");
};

} // namespace empfang::cli
