#include "status_text.h"

namespace empfang {

QString StatusText::of(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Booked:
        return tr("booked");
    case AppointmentStatus::Cancelled:
        return tr("cancelled");
    case AppointmentStatus::NoShow:
        return tr("not attended");
    case AppointmentStatus::Completed:
        return tr("completed");
    }
    return {};
}

QString StatusText::ofKey(const QString &key)
{
    AppointmentStatus status = AppointmentStatus::Booked;
    return statusFromKey(key, &status) ? of(status) : key;
}

} // namespace empfang
