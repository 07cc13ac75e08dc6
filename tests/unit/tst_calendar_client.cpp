// CalendarClient in process, libkgapi style: Google's recorded answers
// (tests/fakes/google-api/replies) replayed through a test QNetworkAccessManager. Every outcome of
// classify(), what each recorded answer means for the outbox, and what went on the wire.
#include "google_replay_rig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace empfang;
using namespace empfang::test;
using Op = CalendarClient::Operation;
using Outcome = CalendarClient::Outcome;

Q_DECLARE_METATYPE(CalendarClient::Operation)
Q_DECLARE_METATYPE(CalendarClient::Outcome)

class TestCalendarClient : public QObject
{
    Q_OBJECT
private slots:
    void classify_data();
    void classify();
    void recordedAnswer_data();
    void recordedAnswer();
    void expiredTokenIsRefreshedAndReplayedOnce();
    void secondRejectionAsksToCheckTheConnection();
    void notConnectedWithoutRefreshToken();
    void unreachableTokenEndpointMeansRetryLater();
    void listFollowsEveryPage();
    void patchSendsTheEtagVerbatim();
};

void TestCalendarClient::classify_data()
{
    QTest::addColumn<Op>("op");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("transportFailed");
    QTest::addColumn<Outcome>("expected");
    const QString none;
    QTest::newRow("200 insert") << Op::Insert << 200 << none << false << Outcome::Ok;
    QTest::newRow("204 delete") << Op::Delete << 204 << none << false << Outcome::Ok;
    QTest::newRow("409 insert: our id exists")
        << Op::Insert << 409 << QStringLiteral("duplicate") << false << Outcome::AlreadyDone;
    QTest::newRow("404 delete") << Op::Delete << 404 << none << false << Outcome::AlreadyDone;
    QTest::newRow("410 delete") << Op::Delete << 410 << QStringLiteral("deleted") << false
                                << Outcome::AlreadyDone;
    QTest::newRow("404 get") << Op::Get << 404 << none << false << Outcome::Gone;
    QTest::newRow("410 patch") << Op::Patch << 410 << none << false << Outcome::Gone;
    QTest::newRow("412 patch") << Op::Patch << 412 << QStringLiteral("conditionNotMet") << false
                               << Outcome::Conflict;
    QTest::newRow("no answer") << Op::Insert << 0 << none << true << Outcome::RetryLater;
    QTest::newRow("transport failed after a status")
        << Op::Get << 200 << none << true << Outcome::RetryLater;
    QTest::newRow("408") << Op::Insert << 408 << none << false << Outcome::RetryLater;
    QTest::newRow("429") << Op::FreeBusy << 429 << QStringLiteral("rateLimitExceeded") << false
                         << Outcome::RetryLater;
    QTest::newRow("500") << Op::Patch << 500 << QStringLiteral("backendError") << false
                         << Outcome::RetryLater;
    QTest::newRow("503") << Op::List << 503 << none << false << Outcome::RetryLater;
    QTest::newRow("403 rateLimitExceeded")
        << Op::Insert << 403 << QStringLiteral("rateLimitExceeded") << false << Outcome::RetryLater;
    QTest::newRow("403 userRateLimitExceeded")
        << Op::Insert << 403 << QStringLiteral("userRateLimitExceeded") << false
        << Outcome::RetryLater;
    QTest::newRow("403 quotaExceeded")
        << Op::Insert << 403 << QStringLiteral("quotaExceeded") << false << Outcome::RetryLater;
    QTest::newRow("401") << Op::Get << 401 << QStringLiteral("authError") << false
                         << Outcome::RefreshToken;
    QTest::newRow("400") << Op::Insert << 400 << QStringLiteral("timeRangeEmpty") << false
                         << Outcome::Permanent;
    QTest::newRow("403 forbidden")
        << Op::Insert << 403 << QStringLiteral("forbiddenForNonOrganizer") << false
        << Outcome::Permanent;
    QTest::newRow("404 insert: no such calendar")
        << Op::Insert << 404 << QStringLiteral("notFound") << false << Outcome::Permanent;
    QTest::newRow("409 patch") << Op::Patch << 409 << QStringLiteral("conflict") << false
                               << Outcome::Permanent;
    QTest::newRow("404 freeBusy") << Op::FreeBusy << 404 << none << false << Outcome::Permanent;
}

void TestCalendarClient::classify()
{
    QFETCH(Op, op);
    QFETCH(int, status);
    QFETCH(QString, reason);
    QFETCH(bool, transportFailed);
    QFETCH(Outcome, expected);
    QCOMPARE(CalendarClient::classify(op, status, reason, transportFailed), expected);
}

void TestCalendarClient::recordedAnswer_data()
{
    QTest::addColumn<Op>("op");
    QTest::addColumn<QString>("reply");
    QTest::addColumn<Outcome>("expected");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<qint64>("retryAfterMs");
    QTest::addColumn<bool>("germanMessage");
    auto row = [](const char *name, Op op, const char *reply, Outcome expected, int status,
                  const char *reason, qint64 retryAfterMs, bool message) {
        QTest::newRow(name) << op << QString::fromLatin1(reply) << expected << status
                            << QString::fromLatin1(reason) << retryAfterMs << message;
    };
    row("insert 200", Op::Insert, "events_insert_200.http", Outcome::Ok, 200, "", 0, false);
    row("insert 409 duplicate", Op::Insert, "error_409_duplicate.http", Outcome::AlreadyDone, 409,
        "duplicate", 0, false);
    row("insert 429 Retry-After", Op::Insert, "error_429_rateLimitExceeded.http",
        Outcome::RetryLater, 429, "rateLimitExceeded", 120000, true);
    row("insert 403 rateLimitExceeded", Op::Insert, "error_403_rateLimitExceeded.http",
        Outcome::RetryLater, 403, "rateLimitExceeded", 0, true);
    row("insert 403 userRateLimitExceeded", Op::Insert, "error_403_userRateLimitExceeded.http",
        Outcome::RetryLater, 403, "userRateLimitExceeded", 0, true);
    row("insert 403 quotaExceeded", Op::Insert, "error_403_quotaExceeded_calendarUsageLimits.http",
        Outcome::RetryLater, 403, "quotaExceeded", 0, true);
    row("insert 500", Op::Insert, "error_500_backendError.http", Outcome::RetryLater, 500,
        "backendError", 0, true);
    row("insert 403 forbidden", Op::Insert, "error_403_forbiddenForNonOrganizer.http",
        Outcome::Permanent, 403, "forbiddenForNonOrganizer", 0, true);
    row("insert 404 calendar", Op::Insert, "error_404_notFound.http", Outcome::Permanent, 404,
        "notFound", 0, true);
    row("insert 200 cut off", Op::Insert, "events_insert_malformed_200.http", Outcome::RetryLater,
        200, "malformedResponse", 0, true);
    row("get 410 deleted", Op::Get, "error_410_deleted.http", Outcome::Gone, 410, "deleted", 0,
        true);
    row("patch 200", Op::Patch, "events_patch_200.http", Outcome::Ok, 200, "", 0, false);
    row("patch 412", Op::Patch, "error_412_conditionNotMet.http", Outcome::Conflict, 412,
        "conditionNotMet", 0, true);
    row("patch 404", Op::Patch, "error_404_notFound.http", Outcome::Gone, 404, "notFound", 0, true);
    row("delete 204", Op::Delete, "events_delete_204.http", Outcome::Ok, 204, "", 0, false);
    row("delete 410", Op::Delete, "error_410_deleted.http", Outcome::AlreadyDone, 410, "deleted", 0,
        false);
    row("freeBusy 200", Op::FreeBusy, "freebusy_200.http", Outcome::Ok, 200, "", 0, false);
    row("freeBusy 400", Op::FreeBusy, "error_400_timeRangeEmpty.http", Outcome::Permanent, 400,
        "timeRangeEmpty", 0, true);
}

void TestCalendarClient::recordedAnswer()
{
    QFETCH(Op, op);
    QFETCH(QString, reply);
    QFETCH(Outcome, expected);
    QFETCH(int, httpStatus);
    QFETCH(QString, reason);
    QFETCH(qint64, retryAfterMs);
    QFETCH(bool, germanMessage);

    GoogleReplayRig rig;
    rig.connect();
    rig.answerToken();
    const QString event = QStringLiteral("/calendars/primary/events/empfang0042");
    const QMap<Op, std::pair<QByteArray, QString>> wire = {
        {Op::Insert, {"POST", QStringLiteral("/calendars/primary/events")}},
        {Op::Get, {"GET", event}},
        {Op::Patch, {"PATCH", event}},
        {Op::Delete, {"DELETE", event}},
        {Op::FreeBusy, {"POST", QStringLiteral("/freeBusy")}},
    };
    const auto [verb, path] = wire.value(op);
    rig.nam.queueFile(verb, path, GoogleReplayRig::fixture(reply));

    const qint64 pid = rig.practitionerId;
    const QString cal = QStringLiteral("primary");
    const QString id = QStringLiteral("empfang0042");
    const QJsonObject body{{QStringLiteral("summary"), QStringLiteral("Praxistermin")}};
    const auto answer = waitFor<CalendarClient::Reply>([&](CalendarClient::Callback done) {
        switch (op) {
        case Op::Insert:
            return rig.client.insertEvent(pid, cal, body, done);
        case Op::Get:
            return rig.client.getEvent(pid, cal, id, done);
        case Op::Patch:
            return rig.client.patchEvent(pid, cal, id, QStringLiteral("\"1\""), body, done);
        case Op::Delete:
            return rig.client.deleteEvent(pid, cal, id, done);
        case Op::FreeBusy:
            return rig.client.freeBusy(pid, body, done);
        case Op::List:
            break;
        }
    });
    QVERIFY(answer);
    QCOMPARE(answer->outcome, expected);
    QCOMPARE(answer->httpStatus, httpStatus);
    QCOMPARE(answer->reason, reason);
    if (retryAfterMs > 0) // an HTTP-date or seconds, measured from now: allow the test's own time
        QVERIFY2(qAbs(answer->retryAfterMs - retryAfterMs) < 2000,
                 qPrintable(QString::number(answer->retryAfterMs)));
    else
        QCOMPARE(answer->retryAfterMs, 0);
    const QString message =
        answer->message.isEmpty()
            ? CalendarClient::describe(answer->outcome, answer->httpStatus, answer->reason)
            : answer->message;
    QCOMPARE(!message.isEmpty(), germanMessage);
    QVERIFY(!message.contains(QLatin1String("ya29"))); // never a token in a message

    // On the wire: one token refresh, then the call with the refreshed token, nothing else.
    QVERIFY(rig.nam.unexpected().isEmpty());
    QCOMPARE(rig.nam.pending(), 0);
    const auto calls = rig.nam.requests(verb, path);
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls.first().request.rawHeader("Authorization"),
             QByteArray("Bearer ya29.replayed-access-token"));
    if (op == Op::Insert || op == Op::Patch || op == Op::Delete)
        QCOMPARE(QUrlQuery(calls.first().url).queryItemValue(QStringLiteral("sendUpdates")),
                 QStringLiteral("none"));
}

void TestCalendarClient::expiredTokenIsRefreshedAndReplayedOnce()
{
    GoogleReplayRig rig;
    rig.connect();
    rig.answerToken();
    rig.answerToken();
    const QString events = QStringLiteral("/calendars/primary/events");
    rig.nam.queueFile("POST", events, GoogleReplayRig::fixture("error_401_authError.http"));
    rig.nam.queueFile("POST", events, GoogleReplayRig::fixture("events_insert_200.http"));
    const auto answer = waitFor<CalendarClient::Reply>([&](CalendarClient::Callback done) {
        rig.client.insertEvent(rig.practitionerId, QStringLiteral("primary"), QJsonObject{}, done);
    });
    QVERIFY(answer);
    QCOMPARE(answer->outcome, Outcome::Ok);
    QCOMPARE(rig.nam.requests("POST", QStringLiteral("/token")).size(), 2);
    QCOMPARE(rig.nam.requests("POST", events).size(), 2);
    QVERIFY(rig.nam.unexpected().isEmpty());
}

void TestCalendarClient::secondRejectionAsksToCheckTheConnection()
{
    GoogleReplayRig rig;
    rig.connect();
    rig.answerToken();
    rig.answerToken();
    const QString events = QStringLiteral("/calendars/primary/events");
    rig.nam.queueFile("POST", events, GoogleReplayRig::fixture("error_401_authError.http"));
    rig.nam.queueFile("POST", events, GoogleReplayRig::fixture("error_401_authError.http"));
    const auto answer = waitFor<CalendarClient::Reply>([&](CalendarClient::Callback done) {
        rig.client.insertEvent(rig.practitionerId, QStringLiteral("primary"), QJsonObject{}, done);
    });
    QVERIFY(answer);
    QCOMPARE(answer->outcome, Outcome::RefreshToken);
    QCOMPARE(rig.nam.requests("POST", events).size(), 2); // one replay, not a loop
}

void TestCalendarClient::notConnectedWithoutRefreshToken()
{
    GoogleReplayRig rig; // no connection, nothing in the store
    const auto answer = waitFor<CalendarClient::Reply>([&](CalendarClient::Callback done) {
        rig.client.getEvent(rig.practitionerId, QStringLiteral("primary"), QStringLiteral("x"),
                            done);
    });
    QVERIFY(answer);
    QCOMPARE(answer->outcome, Outcome::NotConnected);
    QVERIFY(!answer->message.isEmpty());
    QVERIFY(rig.nam.requests().isEmpty()); // nothing went out
}

void TestCalendarClient::unreachableTokenEndpointMeansRetryLater()
{
    GoogleReplayRig rig;
    rig.connect();
    rig.nam.queue("POST", QStringLiteral("/token"), RecordedAnswer{}); // connection refused
    const auto answer = waitFor<CalendarClient::Reply>([&](CalendarClient::Callback done) {
        rig.client.insertEvent(rig.practitionerId, QStringLiteral("primary"), QJsonObject{}, done);
    });
    QVERIFY(answer);
    QCOMPARE(answer->outcome, Outcome::RetryLater); // offline is not "disconnected"
    QCOMPARE(rig.service.connection(rig.practitionerId).state, GoogleConnection::State::Connected);
}

void TestCalendarClient::listFollowsEveryPage()
{
    GoogleReplayRig rig;
    rig.connect();
    rig.answerToken();
    const QString events = QStringLiteral("/calendars/primary/events");
    rig.nam.queueFile("GET", events, GoogleReplayRig::fixture("events_list_page1_200.http"));
    rig.nam.queueFile("GET", events, GoogleReplayRig::fixture("events_list_page2_200.http"));
    const auto answer = waitFor<CalendarClient::Reply>([&](CalendarClient::Callback done) {
        rig.client.listEvents(rig.practitionerId, QStringLiteral("primary"), QUrlQuery(), done);
    });
    QVERIFY(answer);
    QCOMPARE(answer->outcome, Outcome::Ok);
    const auto pages = rig.nam.requests("GET", events);
    QCOMPARE(pages.size(), 2);
    QVERIFY(!QUrlQuery(pages.at(0).url).hasQueryItem(QStringLiteral("pageToken")));
    QVERIFY(QUrlQuery(pages.at(1).url)
                .queryItemValue(QStringLiteral("pageToken"))
                .startsWith(QLatin1String("ClEKQ182")));
    const auto page1 = RecordedAnswer::fromFile(
        GoogleReplayRig::fixture(QStringLiteral("events_list_page1_200.http")));
    const auto page2 = RecordedAnswer::fromFile(
        GoogleReplayRig::fixture(QStringLiteral("events_list_page2_200.http")));
    const auto count = [](const RecordedAnswer &a) {
        return QJsonDocument::fromJson(a.body)
            .object()
            .value(QLatin1String("items"))
            .toArray()
            .size();
    };
    QVERIFY(count(page1) > 0);
    QCOMPARE(answer->json.value(QLatin1String("items")).toArray().size(),
             count(page1) + count(page2));
}

void TestCalendarClient::patchSendsTheEtagVerbatim()
{
    GoogleReplayRig rig;
    rig.connect();
    rig.answerToken();
    const QString event = QStringLiteral("/calendars/primary/events/abc");
    rig.nam.queueFile("PATCH", event, GoogleReplayRig::fixture("events_patch_200.http"));
    const QString etag = QStringLiteral("\"3044897856406000\"");
    const auto answer = waitFor<CalendarClient::Reply>([&](CalendarClient::Callback done) {
        rig.client.patchEvent(rig.practitionerId, QStringLiteral("primary"), QStringLiteral("abc"),
                              etag, QJsonObject{}, done);
    });
    QVERIFY(answer);
    QCOMPARE(answer->outcome, Outcome::Ok);
    QCOMPARE(rig.nam.requests("PATCH", event).first().request.rawHeader("If-Match"), etag.toUtf8());
}

QTEST_GUILESS_MAIN(TestCalendarClient)
#include "tst_calendar_client.moc"
