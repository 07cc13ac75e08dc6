#include "privacy_notice.h"

#include <QCryptographicHash>
#include <QFile>

namespace empfang {

PrivacyNotice::PrivacyNotice(QString version, QByteArray html)
    : m_version(std::move(version)), m_html(std::move(html)),
      m_sha256(
          QString::fromLatin1(QCryptographicHash::hash(m_html, QCryptographicHash::Sha256).toHex()))
{
}

PrivacyNotice PrivacyNotice::current()
{
    QFile file(QStringLiteral(":/privacy/privacy_notice_de.html"));
    QByteArray html;
    if (file.open(QIODevice::ReadOnly))
        html = file.readAll();
    return PrivacyNotice(QLatin1String(kVersion), html);
}

} // namespace empfang
