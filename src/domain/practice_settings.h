#pragma once

#include <QString>
#include <QTimeZone>

namespace empfang {

/// Practice-wide rules every booking follows.
struct PracticeSettings
{
    QString name = QStringLiteral("Praxis");
    QByteArray timeZoneId = "Europe/Berlin";
    int slotStepMinutes = 5;
    int minimumNoticeMinutes = 0;
    int horizonDays = 365;

    QTimeZone timeZone() const { return QTimeZone(timeZoneId); }
};

} // namespace empfang
