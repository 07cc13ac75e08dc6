#pragma once

#include <QFile>
#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrl>

namespace empfang::test {

/// One recorded HTTP answer: status, headers, body. Loaded from a fixture file that holds the
/// raw response the way libkgapi's autotests keep them (tests/fakes/google-api/replies/):
///
///     HTTP/1.1 409 Conflict
///     Content-Type: application/json; charset=UTF-8
///
///     { "error": { … } }
///
/// Status 0 stands for "no answer at all" (connection refused).
struct RecordedAnswer
{
    int status = 0;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static RecordedAnswer fromFile(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("fixture %s cannot be read", qPrintable(path));
        return parse(file.readAll());
    }
    static RecordedAnswer parse(QByteArray raw)
    {
        raw.replace("\r\n", "\n");
        RecordedAnswer a;
        const qsizetype split = raw.indexOf("\n\n");
        const QList<QByteArray> head = raw.left(split < 0 ? raw.size() : split).split('\n');
        a.body = split < 0 ? QByteArray() : raw.mid(split + 2);
        const QList<QByteArray> statusLine = head.value(0).split(' ');
        a.status = statusLine.value(1).toInt();
        for (qsizetype i = 1; i < head.size(); ++i) {
            const qsizetype colon = head.at(i).indexOf(':');
            if (colon > 0)
                a.headers.append(
                    {head.at(i).left(colon).trimmed(), head.at(i).mid(colon + 1).trimmed()});
        }
        return a;
    }
};

/// A request as it left Empfang.
struct RecordedRequest
{
    QByteArray verb;
    QUrl url;
    QNetworkRequest request;
    QByteArray body;
};

/// The answer to one request, served from memory in the event loop like a real reply: status
/// and headers (metaDataChanged), body (readyRead), finished. abort() ends it at once.
class ReplayReply : public QNetworkReply
{
public:
    ReplayReply(const QByteArray &verb, const QNetworkRequest &request, RecordedAnswer answer,
                QObject *parent)
        : QNetworkReply(parent), m_answer(std::move(answer))
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(QNetworkAccessManager::CustomOperation);
        setAttribute(QNetworkRequest::CustomVerbAttribute, verb);
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        QTimer::singleShot(0, this, [this] { deliver(); });
    }

    void abort() override
    {
        if (m_done)
            return;
        m_done = true;
        m_answer.body.clear();
        setError(OperationCanceledError, QStringLiteral("aborted"));
        Q_EMIT errorOccurred(OperationCanceledError);
        setFinished(true);
        Q_EMIT finished();
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_answer.body.size() - m_read + QNetworkReply::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_answer.body.size() - m_read);
        if (n <= 0)
            return m_done ? -1 : 0;
        memcpy(data, m_answer.body.constData() + m_read, size_t(n));
        m_read += n;
        return n;
    }

private:
    void deliver()
    {
        if (m_done)
            return;
        if (m_answer.status == 0) {
            m_done = true;
            setError(ConnectionRefusedError, QStringLiteral("Connection refused (replay)"));
            Q_EMIT errorOccurred(ConnectionRefusedError);
            setFinished(true);
            Q_EMIT finished();
            return;
        }
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_answer.status);
        for (const auto &[name, value] : std::as_const(m_answer.headers))
            setRawHeader(name, value);
        setHeader(QNetworkRequest::ContentLengthHeader, m_answer.body.size());
        Q_EMIT metaDataChanged();
        if (m_done) // aborted from metaDataChanged (redirect, too large)
            return;
        if (m_answer.status >= 400) {
            setError(m_answer.status >= 500 ? InternalServerError : UnknownContentError,
                     QStringLiteral("HTTP %1").arg(m_answer.status));
            Q_EMIT errorOccurred(error());
        }
        if (!m_answer.body.isEmpty())
            Q_EMIT readyRead();
        if (m_done)
            return;
        m_done = true;
        setFinished(true);
        Q_EMIT finished();
    }

    RecordedAnswer m_answer;
    qint64 m_read = 0;
    bool m_done = false;
};

/// A QNetworkAccessManager that sends nothing: it answers each request with the next recorded
/// answer queued for its verb and path, and records what was sent. A request nobody queued an
/// answer for gets "connection refused" and is listed in unexpected(), so a test can tell.
class ReplayNetwork : public QNetworkAccessManager
{
public:
    using QNetworkAccessManager::QNetworkAccessManager;

    /// Answers the next `verb` request whose path ends with `pathEnd` with `answer`.
    void queue(const QByteArray &verb, const QString &pathEnd, const RecordedAnswer &answer)
    {
        m_queue.append({verb, pathEnd, answer});
    }
    void queueFile(const QByteArray &verb, const QString &pathEnd, const QString &fixture)
    {
        queue(verb, pathEnd, RecordedAnswer::fromFile(fixture));
    }

    const QList<RecordedRequest> &requests() const { return m_requests; }
    QList<RecordedRequest> requests(const QByteArray &verb, const QString &pathEnd) const
    {
        QList<RecordedRequest> out;
        for (const RecordedRequest &r : m_requests) {
            if (r.verb == verb && r.url.path().endsWith(pathEnd))
                out << r;
        }
        return out;
    }
    const QList<RecordedRequest> &unexpected() const { return m_unexpected; }
    qsizetype pending() const { return m_queue.size(); }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override
    {
        QByteArray verb;
        switch (op) {
        case GetOperation:
            verb = "GET";
            break;
        case PostOperation:
            verb = "POST";
            break;
        case PutOperation:
            verb = "PUT";
            break;
        case DeleteOperation:
            verb = "DELETE";
            break;
        case HeadOperation:
            verb = "HEAD";
            break;
        default:
            verb = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        }
        RecordedRequest sent{verb, request.url(), request,
                             outgoingData ? outgoingData->readAll() : QByteArray()};
        m_requests.append(sent);
        for (qsizetype i = 0; i < m_queue.size(); ++i) {
            const Queued &q = m_queue.at(i);
            if (q.verb == verb && request.url().path().endsWith(q.pathEnd)) {
                RecordedAnswer answer = q.answer;
                m_queue.removeAt(i);
                return new ReplayReply(verb, request, std::move(answer), this);
            }
        }
        m_unexpected.append(sent);
        return new ReplayReply(verb, request, RecordedAnswer{}, this);
    }

private:
    struct Queued
    {
        QByteArray verb;
        QString pathEnd;
        RecordedAnswer answer;
    };
    QList<Queued> m_queue;
    QList<RecordedRequest> m_requests;
    QList<RecordedRequest> m_unexpected;
};

} // namespace empfang::test
