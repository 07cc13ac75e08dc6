#pragma once

#include <QString>

namespace empfang {

/// A person who treats patients ("Behandler"); appointments are booked in their column.
struct Practitioner
{
    qint64 id = 0;
    QString name;
    QString color; // "#rrggbb", used for the column header
    bool active = true;
};

} // namespace empfang
