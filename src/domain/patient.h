#pragma once

#include <QDate>
#include <QString>

namespace empfang {

/// The minimum the front desk needs to reach a patient; nothing medical is stored.
struct Patient
{
    qint64 id = 0;
    QString name;
    QDate birthDate;
    QString phone;
    QString email;
};

} // namespace empfang
