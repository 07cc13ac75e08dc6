// Google's token answers in process: how a token endpoint body is read, which grants a
// connection accepts (GoogleAuthorization) and what a refresh with fewer permissions does to a
// stored connection (GoogleConnectionService). Token answers are replayed
// (tests/fakes/google-api/replies); the redirect to the loopback listener is a real HTTP request.
#include "google/google_authorization.h"
#include "google/google_token_client.h"
#include "google_replay_rig.h"
#include "storage/consent_log.h"

#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace empfang;
using namespace empfang::test;

namespace {

const QString kEvents = QLatin1String(GoogleEndpoints::kScopeEvents);
const QString kReadonly = QLatin1String(GoogleEndpoints::kScopeReadonly);

RecordedAnswer tokenAnswer(int status, const QByteArray &json)
{
    return RecordedAnswer::parse("HTTP/1.1 " + QByteArray::number(status) +
                                 " X\nContent-Type: application/json\n\n" + json);
}

} // namespace

Q_DECLARE_METATYPE(empfang::GoogleConnection::State)

class TestGoogleTokens : public QObject
{
    Q_OBJECT
private slots:
    void parseTokenAnswer_data();
    void parseTokenAnswer();
    void authorization_data();
    void authorization();
    void refresh_data();
    void refresh();
};

void TestGoogleTokens::parseTokenAnswer_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("scopeReported");
    QTest::addColumn<qint64>("expiresInS");
    QTest::addColumn<QString>("googleError");
    QTest::addColumn<QString>("revocableHint");

    const auto doc = [](const char *name) {
        return RecordedAnswer::fromFile(GoogleReplayRig::fixture(QLatin1String(name))).body;
    };
    QTest::newRow("Google's code answer")
        << doc("token_code_200.http") << true << true << qint64(3920) << QString()
        << QStringLiteral("refresh_token");
    QTest::newRow("Google's refresh answer")
        << doc("token_refresh_200.http") << true << true << qint64(3920) << QString()
        << QStringLiteral("access_token");
    QTest::newRow("no scope: as requested")
        << QByteArray(R"({"access_token":"a","refresh_token":"r","expires_in":60})") << true
        << false << qint64(60) << QString() << QStringLiteral("refresh_token");
    QTest::newRow("expires_in a string: one hour")
        << QByteArray(R"({"access_token":"a","expires_in":"60"})") << true << false << qint64(3600)
        << QString() << QStringLiteral("access_token");
    QTest::newRow("expires_in zero: one hour")
        << QByteArray(R"({"access_token":"a","expires_in":0})") << true << false << qint64(3600)
        << QString() << QStringLiteral("access_token");
    QTest::newRow("expires_in a year: one hour")
        << QByteArray(R"({"access_token":"a","expires_in":31536000})") << true << false
        << qint64(3600) << QString() << QStringLiteral("access_token");
    QTest::newRow("expires_in a fraction: one hour")
        << QByteArray(R"({"access_token":"a","expires_in":59.5})") << true << false << qint64(3600)
        << QString() << QStringLiteral("access_token");
    QTest::newRow("access token a number")
        << QByteArray(R"({"access_token":5,"refresh_token":"r"})") << false << false << qint64(0)
        << QString() << QStringLiteral("refresh_token");
    QTest::newRow("empty refresh token")
        << QByteArray(R"({"access_token":"a","refresh_token":""})") << false << false << qint64(0)
        << QString() << QStringLiteral("access_token");
    QTest::newRow("scope a list") << QByteArray(R"({"access_token":"a","scope":["x"]})") << false
                                  << false << qint64(0) << QString()
                                  << QStringLiteral("access_token");
    QTest::newRow("invalid_grant") << doc("token_invalid_grant_400.http") << false << false
                                   << qint64(0) << QStringLiteral("invalid_grant") << QString();
    QTest::newRow("not JSON") << QByteArray("<html>") << false << false << qint64(0) << QString()
                              << QString();
}

void TestGoogleTokens::parseTokenAnswer()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(bool, scopeReported);
    QFETCH(qint64, expiresInS);
    QFETCH(QString, googleError);
    QFETCH(QString, revocableHint);
    const qint64 now = 1'000'000;
    const auto a = GoogleTokenClient::parseTokenAnswer(body, now);
    QCOMPARE(a.ok, ok);
    QCOMPARE(a.googleError, googleError);
    QCOMPARE(a.revocableHint, revocableHint);
    if (ok) {
        QCOMPARE(a.scopeReported, scopeReported);
        QCOMPARE(a.expiresAtMs, now + expiresInS * 1000);
        QVERIFY(!a.accessToken.isEmpty());
    } else {
        QVERIFY(a.accessToken.isEmpty()); // nothing of a refused answer is used
    }
}

void TestGoogleTokens::authorization_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("readOnly");
    QTest::addColumn<QString>("revokedHint"); // empty: nothing revoked

    const QByteArray both = "\"" + kEvents.toUtf8() + ' ' + kReadonly.toUtf8() + "\"";
    QTest::newRow("both scopes")
        << 200
        << QByteArray(R"({"access_token":"a1","refresh_token":"r1","expires_in":3599,)"
                      R"("scope":)" +
                      both + "}")
        << true << false << QString();
    QTest::newRow("no scope field: as requested")
        << 200 << QByteArray(R"({"access_token":"a1","refresh_token":"r1","expires_in":3599})")
        << true << false << QString();
    QTest::newRow("busy times only: read-only")
        << 200
        << QByteArray(R"({"access_token":"a1","refresh_token":"r1","scope":")" +
                      kReadonly.toUtf8() + "\"}")
        << true << true << QString();
    QTest::newRow("events without busy times: refused")
        << 200
        << QByteArray(R"({"access_token":"a1","refresh_token":"r1","scope":")" + kEvents.toUtf8() +
                      "\"}")
        << false << false << QStringLiteral("refresh_token");
    QTest::newRow("Google's example: more than asked, refused")
        << 200
        << RecordedAnswer::fromFile(GoogleReplayRig::fixture(QStringLiteral("token_code_200.http")))
               .body
        << false << false << QStringLiteral("refresh_token");
    QTest::newRow("no refresh token: refused")
        << 200 << QByteArray(R"({"access_token":"a1","scope":)" + both + "}") << false << false
        << QStringLiteral("access_token");
    QTest::newRow("garbled: refused")
        << 200 << QByteArray(R"({"access_token":"a1","refresh_token":7})") << false << false
        << QStringLiteral("access_token");
    QTest::newRow("invalid_grant: nothing to revoke")
        << 400
        << RecordedAnswer::fromFile(
               GoogleReplayRig::fixture(QStringLiteral("token_invalid_grant_400.http")))
               .body
        << false << false << QString();
}

void TestGoogleTokens::authorization()
{
    QFETCH(int, status);
    QFETCH(QByteArray, answer);
    QFETCH(bool, ok);
    QFETCH(bool, readOnly);
    QFETCH(QString, revokedHint);

    ReplayNetwork google;
    google.queue("POST", QStringLiteral("/token"), tokenAnswer(status, answer));
    google.queue("POST", QStringLiteral("/revoke"), RecordedAnswer::parse("HTTP/1.1 200 OK\n\n"));
    GoogleAuthorization auth(&google, GoogleReplayRig::endpoints());
    QSignalSpy url(&auth, &GoogleAuthorization::authorizationUrl);
    QSignalSpy finished(&auth, &GoogleAuthorization::finished);
    auth.start();
    if (url.isEmpty())
        QVERIFY(url.wait(5000));
    const QUrlQuery asked(url.first().first().toUrl());
    QCOMPARE(asked.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));

    // The browser: Google redirects to the loopback listener with the code and the state.
    QUrl redirect(asked.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
    QUrlQuery back;
    back.addQueryItem(QStringLiteral("code"), QStringLiteral("4/0AreplayCode"));
    back.addQueryItem(QStringLiteral("state"),
                      asked.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded));
    redirect.setQuery(back);
    QNetworkAccessManager browser;
    std::unique_ptr<QNetworkReply> page(browser.get(QNetworkRequest(redirect)));

    if (finished.isEmpty())
        QVERIFY(finished.wait(10000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toBool(), ok);
    const QString error = finished.first().at(2).toString();
    QCOMPARE(error.isEmpty(), ok); // a refusal says why, in German
    if (ok) {
        QCOMPARE(auth.readOnly(), readOnly);
        const auto tokens = auth.takeTokens();
        QCOMPARE(tokens.refreshToken, QStringLiteral("r1"));
    }

    // The exchange: the code once, with the PKCE verifier and the client's credentials.
    const auto exchanges = google.requests("POST", QStringLiteral("/token"));
    QCOMPARE(exchanges.size(), 1);
    const QUrlQuery form(QString::fromUtf8(exchanges.first().body));
    QCOMPARE(form.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded),
             QStringLiteral("4/0AreplayCode"));
    QVERIFY(!form.queryItemValue(QStringLiteral("code_verifier")).isEmpty());
    QCOMPARE(form.queryItemValue(QStringLiteral("client_secret")), QStringLiteral("replay-secret"));
    // Whatever Google issued for a refused grant is withdrawn at Google at once.
    const auto revokes = google.requests("POST", QStringLiteral("/revoke"));
    QCOMPARE(revokes.size(), revokedHint.isEmpty() ? 0 : 1);
    if (!revokedHint.isEmpty())
        QCOMPARE(QUrlQuery(QString::fromUtf8(revokes.first().body))
                     .queryItemValue(QStringLiteral("token_type_hint")),
                 revokedHint);
    QVERIFY(google.unexpected().isEmpty());
}

void TestGoogleTokens::refresh_data()
{
    QTest::addColumn<QString>("reply");
    QTest::addColumn<bool>("tokenGiven");
    QTest::addColumn<GoogleConnection::State>("state");
    QTest::addColumn<bool>("keyKept");
    QTest::addColumn<QList<int>>("consents"); // ConsentEntry::Action, in order

    QTest::newRow("both scopes") << QStringLiteral("token_refresh_calendar_200.http") << true
                                 << GoogleConnection::State::Connected << true << QList<int>{};
    // Google's documented answer grants calendar.readonly but not calendar.events.
    QTest::newRow("events taken back: read-only")
        << QStringLiteral("token_refresh_200.http") << true << GoogleConnection::State::ReadOnly
        << true << QList<int>{int(ConsentEntry::Action::ScopesReduced)};
    QTest::newRow("revoked in the Google account")
        << QStringLiteral("token_invalid_grant_400.http") << false
        << GoogleConnection::State::RevokedExternally << false
        << QList<int>{int(ConsentEntry::Action::RevokedExternally)};
}

void TestGoogleTokens::refresh()
{
    QFETCH(QString, reply);
    QFETCH(bool, tokenGiven);
    QFETCH(GoogleConnection::State, state);
    QFETCH(bool, keyKept);
    QFETCH(QList<int>, consents);

    GoogleReplayRig rig;
    rig.connect();
    rig.answerToken(reply);
    rig.nam.queue("POST", QStringLiteral("/revoke"), RecordedAnswer::parse("HTTP/1.1 200 OK\n\n"));
    const auto token =
        waitFor<Result<QString>>([&](std::function<void(const Result<QString> &)> done) {
            rig.service.accessToken(rig.practitionerId, done);
        });
    QVERIFY(token);
    QCOMPARE(bool(*token), tokenGiven);
    if (!tokenGiven)
        QVERIFY(!token->error().isEmpty());
    QCOMPARE(rig.service.connection(rig.practitionerId).state, state);
    QTRY_COMPARE(rig.tokens.entries.contains(rig.practitionerId), keyKept);
    auto log = ConsentLog(*rig.t.db).list(rig.practitionerId);
    QVERIFY(log);
    QList<int> actions;
    for (const ConsentEntry &e : log.value())
        actions << int(e.action);
    std::sort(actions.begin(), actions.end());
    std::sort(consents.begin(), consents.end());
    QCOMPARE(actions, consents);
}

QTEST_GUILESS_MAIN(TestGoogleTokens)
#include "tst_google_tokens.moc"
