#pragma once

#include <QCoreApplication>
#include <QNetworkRequest>
#include <QObject>

#include <functional>

class QNetworkAccessManager;

namespace empfang {

/// The one way Empfang talks HTTP to Google's token, revoke and Calendar endpoints. Every
/// request here: follows no redirect (a 3xx would carry the client secret, a refresh token or
/// `Authorization: Bearer …` to wherever `Location` points), reads at most `maxBytes` of the
/// answer, and ends after an overall deadline even when the server keeps sending a byte now and
/// then (the transfer timeout alone only catches a silent server).
class GoogleHttp
{
    Q_DECLARE_TR_FUNCTIONS(GoogleHttp)
public:
    /// Token and revoke answers are a few hundred bytes; calendar pages well below a megabyte.
    static constexpr qint64 kOAuthMaxBytes = 64 * 1024;
    static constexpr qint64 kApiMaxBytes = 8 * 1024 * 1024;
    static constexpr int kDeadlineMs = 30000;

    enum class Failure {
        None,     // an HTTP answer (any 1xx/2xx/4xx/5xx status) arrived in full
        Network,  // no answer: refused, dropped, idle timeout, TLS …
        Redirect, // a 3xx: not followed, nothing sent on
        TooLarge, // the answer exceeded maxBytes: cut off
        Deadline, // the whole exchange took longer than the deadline: cut off
    };
    struct Reply
    {
        Failure failure = Failure::Network;
        int status = 0; // HTTP status (also for a Redirect); 0 without an answer
        QByteArray body;
        QByteArray retryAfter; // the Retry-After header of a 429/503, as sent
        QString technical; // for the log only: Qt's error text, the redirect target's origin
        /// German sentence for Network/Redirect/TooLarge/Deadline, empty otherwise.
        QString message() const;
        bool answered() const { return failure == Failure::None; }
    };
    using Callback = std::function<void(const Reply &)>;

    /// Sends `verb` with `body`; `done` runs exactly once, from the event loop, unless `context`
    /// is gone by then.
    static void send(QNetworkAccessManager *nam, QNetworkRequest request, const QByteArray &verb,
                     const QByteArray &body, qint64 maxBytes, QObject *context, Callback done);

    /// 30 s; EMPFANG_GOOGLE_DEADLINE_MS overrides it (tests with a trickling server).
    static int deadlineMs();
};

} // namespace empfang
