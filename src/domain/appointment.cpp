#include "appointment.h"

namespace empfang {

QString statusKey(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Booked:
        return QStringLiteral("booked");
    case AppointmentStatus::Cancelled:
        return QStringLiteral("cancelled");
    case AppointmentStatus::NoShow:
        return QStringLiteral("no_show");
    case AppointmentStatus::Completed:
        return QStringLiteral("completed");
    }
    return QStringLiteral("booked");
}

bool statusFromKey(const QString &key, AppointmentStatus *out)
{
    for (auto s : {AppointmentStatus::Booked, AppointmentStatus::Cancelled,
                   AppointmentStatus::NoShow, AppointmentStatus::Completed}) {
        if (statusKey(s) == key) {
            *out = s;
            return true;
        }
    }
    return false;
}

} // namespace empfang
