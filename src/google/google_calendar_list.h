#pragma once

#include "domain/result.h"
#include "google_endpoints.h"
#include "storage/google_connection.h"

#include <QCoreApplication>

#include <functional>

class QNetworkAccessManager;
class QObject;

namespace empfang {

/// GET users/me/calendarList (needs calendar.readonly): the calendars a practitioner can pick
/// as busy sources and as the booking target. Only id, name, role and "primary" are kept.
class GoogleCalendarList
{
    Q_DECLARE_TR_FUNCTIONS(GoogleCalendarList)
public:
    struct Answer
    {
        Result<QList<GoogleCalendar>> calendars = Result<QList<GoogleCalendar>>::failure({});
        int httpStatus = 0; // 401 = the access token was not accepted: refresh and retry once
    };
    static void fetch(QNetworkAccessManager *nam, const GoogleEndpoints &endpoints,
                      const QString &accessToken, QObject *context,
                      std::function<void(const Answer &)> done);
};

} // namespace empfang
