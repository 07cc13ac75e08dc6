#include "pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <algorithm>

namespace empfang {

namespace {

constexpr char kUnreserved[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

} // namespace

Pkce Pkce::generate(int length)
{
    length = std::clamp(length, 43, 128);
    QByteArray verifier(length, Qt::Uninitialized);
    // system() is the OS CSPRNG: the verifier is the secret that binds the code to us.
    auto *random = QRandomGenerator::system();
    const int alphabet = int(sizeof(kUnreserved)) - 1;
    for (char &c : verifier)
        c = kUnreserved[random->bounded(alphabet)];
    return Pkce(verifier);
}

QByteArray Pkce::challengeFor(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool Pkce::isValidVerifier(const QByteArray &verifier)
{
    if (verifier.size() < 43 || verifier.size() > 128)
        return false;
    return std::all_of(verifier.begin(), verifier.end(), [](char c) {
        return std::find(std::begin(kUnreserved), std::end(kUnreserved) - 1, c) !=
               std::end(kUnreserved) - 1;
    });
}

} // namespace empfang
