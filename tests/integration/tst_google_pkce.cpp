#include "google/pkce.h"

#include <QTest>

using namespace empfang;

/// PKCE S256 as Google checks it (RFC 7636).
class TstGooglePkce : public QObject
{
    Q_OBJECT
private slots:
    void rfc7636AppendixB()
    {
        const Pkce pkce = Pkce::fromVerifier("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
        QCOMPARE(pkce.challenge(), QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    }
    void generatedVerifierIsValid_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<int>("expected");
        QTest::newRow("default") << 64 << 64;
        QTest::newRow("min") << 43 << 43;
        QTest::newRow("max") << 128 << 128;
        QTest::newRow("too short is raised") << 10 << 43;
        QTest::newRow("too long is cut") << 500 << 128;
    }
    void generatedVerifierIsValid()
    {
        QFETCH(int, length);
        QFETCH(int, expected);
        const Pkce pkce = Pkce::generate(length);
        QCOMPARE(pkce.verifier().size(), expected);
        QVERIFY(Pkce::isValidVerifier(pkce.verifier()));
        const QByteArray challenge = pkce.challenge();
        QCOMPARE(challenge.size(), 43); // 32 bytes, base64url without padding
        QVERIFY(!challenge.contains('=') && !challenge.contains('+') && !challenge.contains('/'));
    }
    void verifiersDiffer() { QVERIFY(Pkce::generate().verifier() != Pkce::generate().verifier()); }
    void invalidVerifiers()
    {
        QVERIFY(!Pkce::isValidVerifier(QByteArray(42, 'a')));
        QVERIFY(!Pkce::isValidVerifier(QByteArray(129, 'a')));
        QVERIFY(!Pkce::isValidVerifier(QByteArray(50, 'a') + '+'));
        QVERIFY(Pkce::isValidVerifier(QByteArray(50, 'a') + "-._~"));
    }
};

QTEST_GUILESS_MAIN(TstGooglePkce)
#include "tst_google_pkce.moc"
