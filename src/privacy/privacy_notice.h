#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace empfang {

/// The privacy notice a practitioner consents to before connecting Google (German HTML from
/// resources/). The consent log stores its version and the SHA-256 of the exact bytes shown,
/// so it can later be proven which text was agreed to.
class PrivacyNotice
{
    Q_DECLARE_TR_FUNCTIONS(PrivacyNotice)
public:
    /// The notice compiled into this build (":/privacy/privacy_notice_de.html").
    static PrivacyNotice current();

    /// Bump together with any change of the HTML; tst_google_privacy pins version and hash.
    static constexpr auto kVersion = "2";

    QString version() const { return m_version; }
    QByteArray html() const { return m_html; }
    QString htmlText() const { return QString::fromUtf8(m_html); }
    /// Lower-case hex SHA-256 of html().
    QString sha256() const { return m_sha256; }
    bool isValid() const { return !m_html.isEmpty(); }

private:
    PrivacyNotice(QString version, QByteArray html);
    QString m_version;
    QByteArray m_html;
    QString m_sha256;
};

} // namespace empfang
