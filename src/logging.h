#pragma once

#include <QLoggingCategory>

// One category per layer, so an admin can turn on exactly what they need
// (QT_LOGGING_RULES="empfang.storage.debug=true").
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcBooking)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
