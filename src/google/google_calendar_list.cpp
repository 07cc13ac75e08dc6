#include "google_calendar_list.h"

#include "google_token_client.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
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
    request.setTransferTimeout(GoogleTokenClient::kTransferTimeoutMs);
    QNetworkReply *reply = nam->get(request);
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, done = std::move(done)] {
        reply->deleteLater();
        Answer answer;
        answer.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        if (reply->error() != QNetworkReply::NoError || answer.httpStatus != 200) {
            const QString reason = json.value(QLatin1String("error"))
                                       .toObject()
                                       .value(QLatin1String("message"))
                                       .toString();
            answer.calendars = Result<QList<GoogleCalendar>>::failure(
                tr("The list of calendars could not be loaded: %1")
                    .arg(GoogleTokenClient::describeFailure(reply, reason)));
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
