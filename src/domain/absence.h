#pragma once

#include "interval.h"

#include <QString>

namespace empfang {

/// Time a practitioner is away (holiday, training, illness): nothing can be booked in it.
struct Absence
{
    qint64 id = 0;
    qint64 practitionerId = 0;
    Interval span;
    QString reason;
};

} // namespace empfang
