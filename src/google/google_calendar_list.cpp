#include "google_calendar_list.h"

#include "google_http.h"
#include "google_token_client.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrlQuery>

namespace empfang {

void GoogleCalendarList::fetch(QNetworkAccessManager *nam, const GoogleEndpoints &endpoints,
                               const QString &accessToken, QObject *context,
                               std::function<void(const Answer &)> done)
{
    QUrl url = endpoints.api(QStringLiteral("users/me/calendarList"));
    // Only the fields we show: no descriptions, no colours, nothing about events.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("fields"),
                       QStringLiteral("items(id,summary,accessRole,primary),nextPageToken"));
    query.addQueryItem(QStringLiteral("maxResults"), QStringLiteral("250"));
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + accessToken.toUtf8());
    GoogleHttp::send(
        nam, request, "GET", {}, GoogleHttp::kApiMaxBytes, context,
        [done = std::move(done)](const GoogleHttp::Reply &reply) {
            Answer answer;
            answer.httpStatus = reply.status;
            const QJsonObject json = QJsonDocument::fromJson(reply.body).object();
            if (!reply.answered() || reply.status != 200) {
                const QString reason = json.value(QLatin1String("error"))
                                           .toObject()
                                           .value(QLatin1String("message"))
                                           .toString();
                answer.calendars = Result<QList<GoogleCalendar>>::failure(
                    tr("The list of calendars could not be loaded: %1")
                        .arg(reply.answered()
                                 ? GoogleTokenClient::describeStatus(reply.status, reason)
                                 : reply.message()));
                done(answer);
                return;
            }
            QList<GoogleCalendar> calendars;
            for (const QJsonValue &v : json.value(QLatin1String("items")).toArray()) {
                const QJsonObject o = v.toObject();
                calendars << GoogleCalendar{o.value(QLatin1String("id")).toString(),
                                            o.value(QLatin1String("summary")).toString(),
                                            o.value(QLatin1String("accessRole")).toString(),
                                            o.value(QLatin1String("primary")).toBool()};
            }
            answer.calendars = calendars;
            done(answer);
        });
}

} // namespace empfang
