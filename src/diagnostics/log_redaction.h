#pragma once

#include <QString>
#include <QStringList>

namespace empfang {

/// Masks secrets in a log line before it is written anywhere. The code is meant never to log
/// a token; this is the second line of defence, because a log file ends up in support tickets.
class LogRedaction
{
public:
    /// Replaces Google access tokens (ya29.…), refresh tokens (1//…), bearer headers and the
    /// values of access_token=, refresh_token=, id_token=, code=, code_verifier=,
    /// client_secret= (query or JSON form) by "***".
    static QString redact(const QString &text);
    /// Replaces every occurrence of `words` (e.g. patient names from the database) by
    /// `placeholder`, case-insensitively. Words shorter than 3 characters are ignored, they
    /// would mask ordinary text.
    static QString mask(const QString &text, const QStringList &words, const QString &placeholder);
};

} // namespace empfang
