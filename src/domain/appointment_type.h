#pragma once

#include <QString>

namespace empfang {

/// What is booked (e.g. "Krankengymnastik"): duration and the buffers it needs around it.
struct AppointmentType
{
    qint64 id = 0;
    QString name;
    int minutes = 30;
    int bufferBeforeMinutes = 0;
    int bufferAfterMinutes = 0;
    QString color; // "#rrggbb"
    bool active = true;
};

} // namespace empfang
