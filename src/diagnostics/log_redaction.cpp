#include "log_redaction.h"

#include <QRegularExpression>

#include <algorithm>

namespace empfang {

namespace {

struct Rule
{
    QRegularExpression pattern;
    QString replacement;
};

const QList<Rule> &rules()
{
    // Order matters: the key=value and JSON rules keep the key and mask the value, the
    // token-shape rules then catch tokens that appear without a key.
    static const QList<Rule> list = {
        {QRegularExpression(
             QStringLiteral("(?<![A-Za-z0-9_])(access_token|refresh_token|id_token|code|"
                            "code_verifier|client_secret|assertion)=[^&\\s\"'<>]+"),
             QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("\\1=***")},
        {QRegularExpression(QStringLiteral("\"(access_token|refresh_token|id_token|code|"
                                           "code_verifier|client_secret)\"\\s*:\\s*\"[^\"]*\""),
                            QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("\"\\1\": \"***\"")},
        {QRegularExpression(QStringLiteral("\\bBearer\\s+[A-Za-z0-9._~+/-]+=*"),
                            QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("Bearer ***")},
        {QRegularExpression(QStringLiteral("ya29\\.[A-Za-z0-9._-]+")), QStringLiteral("ya29.***")},
        {QRegularExpression(QStringLiteral("(?<![A-Za-z0-9])1//[A-Za-z0-9._-]+")),
         QStringLiteral("1//***")},
        // Google authorization codes ("4/0A…") also show up bare, e.g. in a pasted URL.
        {QRegularExpression(QStringLiteral("(?<![A-Za-z0-9/])4/[0-9A-Za-z_-]{10,}")),
         QStringLiteral("4/***")},
    };
    return list;
}

} // namespace

QString LogRedaction::redact(const QString &text)
{
    QString out = text;
    for (const Rule &rule : rules())
        out.replace(rule.pattern, rule.replacement);
    return out;
}

QString LogRedaction::mask(const QString &text, const QStringList &words,
                           const QString &placeholder)
{
    // Longest first, so "Erika Mustermann" is masked as a whole before "Erika" alone.
    QStringList sorted = words;
    std::sort(sorted.begin(), sorted.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QString out = text;
    for (const QString &word : std::as_const(sorted)) {
        const QString trimmed = word.trimmed();
        if (trimmed.size() >= 3)
            out.replace(trimmed, placeholder, Qt::CaseInsensitive);
    }
    return out;
}

} // namespace empfang
