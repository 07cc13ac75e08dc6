#include "google/google_endpoints.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace empfang;

/// GoogleEndpoints: Google by default, settings override, environment overrides settings.
class TstGoogleEndpoints : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    const QList<QByteArray> m_vars{"EMPFANG_GOOGLE_AUTH_URL",   "EMPFANG_GOOGLE_TOKEN_URL",
                                   "EMPFANG_GOOGLE_REVOKE_URL", "EMPFANG_GOOGLE_API_URL",
                                   "EMPFANG_GOOGLE_CLIENT_ID",  "EMPFANG_GOOGLE_CLIENT_SECRET"};

    QSettings settings(const QString &name)
    {
        return QSettings(m_dir.filePath(name), QSettings::IniFormat);
    }

private slots:
    void init()
    {
        for (const QByteArray &v : m_vars)
            qunsetenv(v.constData());
    }
    void defaultsAreGoogle()
    {
        const GoogleEndpoints e = GoogleEndpoints::load(settings(QStringLiteral("empty.ini")));
        QCOMPARE(e.authorizationUrl.toString(),
                 QStringLiteral("https://accounts.google.com/o/oauth2/v2/auth"));
        QCOMPARE(e.tokenUrl.toString(), QStringLiteral("https://oauth2.googleapis.com/token"));
        QCOMPARE(e.revokeUrl.toString(), QStringLiteral("https://oauth2.googleapis.com/revoke"));
        QCOMPARE(e.apiUrl.toString(), QStringLiteral("https://www.googleapis.com/calendar/v3"));
        QVERIFY(!e.isOverridden());
        QVERIFY(!e.hasClient());
        QCOMPARE(e.api(QStringLiteral("users/me/calendarList")).toString(),
                 QStringLiteral("https://www.googleapis.com/calendar/v3/users/me/calendarList"));
    }
    void scopeIsExactlyTheTwo()
    {
        QCOMPARE(GoogleEndpoints::requestedScope(),
                 QStringLiteral("https://www.googleapis.com/auth/calendar.events "
                                "https://www.googleapis.com/auth/calendar.readonly"));
    }
    void settingsOverride()
    {
        QSettings s = settings(QStringLiteral("s.ini"));
        s.setValue(QStringLiteral("google/tokenUrl"), QStringLiteral("http://127.0.0.1:1/token"));
        s.setValue(QStringLiteral("google/clientId"), QStringLiteral("from-settings"));
        s.setValue(QStringLiteral("google/clientSecret"), QStringLiteral("secret-settings"));
        const GoogleEndpoints e = GoogleEndpoints::load(s);
        QCOMPARE(e.tokenUrl.toString(), QStringLiteral("http://127.0.0.1:1/token"));
        QCOMPARE(e.clientId, QStringLiteral("from-settings"));
        QCOMPARE(e.clientSecret, QStringLiteral("secret-settings"));
        QVERIFY(e.isOverridden());
        QVERIFY(e.hasClient());
    }
    void environmentWins()
    {
        QSettings s = settings(QStringLiteral("e.ini"));
        s.setValue(QStringLiteral("google/apiUrl"), QStringLiteral("http://settings/api"));
        s.setValue(QStringLiteral("google/clientId"), QStringLiteral("from-settings"));
        qputenv("EMPFANG_GOOGLE_API_URL", "http://127.0.0.1:2/calendar/v3/");
        qputenv("EMPFANG_GOOGLE_AUTH_URL", "http://127.0.0.1:2/auth");
        qputenv("EMPFANG_GOOGLE_REVOKE_URL", "http://127.0.0.1:2/revoke");
        qputenv("EMPFANG_GOOGLE_CLIENT_ID", "from-env");
        const GoogleEndpoints e = GoogleEndpoints::load(s);
        QCOMPARE(e.apiUrl.toString(), QStringLiteral("http://127.0.0.1:2/calendar/v3/"));
        QCOMPARE(e.authorizationUrl.toString(), QStringLiteral("http://127.0.0.1:2/auth"));
        QCOMPARE(e.revokeUrl.toString(), QStringLiteral("http://127.0.0.1:2/revoke"));
        QCOMPARE(e.tokenUrl.toString(), QStringLiteral("https://oauth2.googleapis.com/token"));
        QCOMPARE(e.clientId, QStringLiteral("from-env"));
        QVERIFY(e.isOverridden());
        QCOMPARE(e.api(QStringLiteral("/users/me/calendarList")).toString(),
                 QStringLiteral("http://127.0.0.1:2/calendar/v3/users/me/calendarList"));
    }
    void clientAloneIsNoOverride()
    {
        qputenv("EMPFANG_GOOGLE_CLIENT_ID", "id");
        qputenv("EMPFANG_GOOGLE_CLIENT_SECRET", "secret");
        const GoogleEndpoints e = GoogleEndpoints::load(settings(QStringLiteral("c.ini")));
        QVERIFY(!e.isOverridden());
        QCOMPARE(e.clientSecret, QStringLiteral("secret"));
    }
    void invalidOverrideFallsBack()
    {
        qputenv("EMPFANG_GOOGLE_TOKEN_URL", "not a url");
        const GoogleEndpoints e = GoogleEndpoints::load(settings(QStringLiteral("i.ini")));
        QCOMPARE(e.tokenUrl.toString(), QStringLiteral("https://oauth2.googleapis.com/token"));
    }
};

QTEST_GUILESS_MAIN(TstGoogleEndpoints)
#include "tst_google_endpoints.moc"
