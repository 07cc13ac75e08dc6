#pragma once

#include <QByteArray>

namespace empfang {

/// PKCE (RFC 7636) with S256: a fresh random verifier per authorization attempt. Qt 6.4's
/// QOAuth2AuthorizationCodeFlow has no PKCE, so GoogleAuthorization adds these parameters.
class Pkce
{
public:
    /// A new random verifier of `length` characters (43–128) from the unreserved set.
    static Pkce generate(int length = 64);
    /// A given verifier (tests use RFC 7636 appendix B).
    static Pkce fromVerifier(QByteArray verifier) { return Pkce(std::move(verifier)); }

    const QByteArray &verifier() const { return m_verifier; }
    /// BASE64URL(SHA256(ASCII(verifier))) without padding.
    QByteArray challenge() const { return challengeFor(m_verifier); }
    static QByteArray challengeFor(const QByteArray &verifier);
    static constexpr auto kMethod = "S256";

    /// 43–128 characters of [A-Za-z0-9-._~].
    static bool isValidVerifier(const QByteArray &verifier);

private:
    explicit Pkce(QByteArray verifier) : m_verifier(std::move(verifier)) {}
    QByteArray m_verifier;
};

} // namespace empfang
