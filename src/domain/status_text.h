#pragma once

#include "appointment.h"

#include <QCoreApplication>

namespace empfang {

/// One German word per appointment status for every place that shows it (patient history,
/// documents, CLI): "gebucht", "abgesagt", "nicht erschienen", "abgeschlossen".
class StatusText
{
    Q_DECLARE_TR_FUNCTIONS(StatusText)
public:
    static QString of(AppointmentStatus status);
    /// For a status key as stored and exported ("booked", "no_show", …); unknown keys as given.
    static QString ofKey(const QString &key);
};

} // namespace empfang
