#include "logging.h"

Q_LOGGING_CATEGORY(lcStorage, "empfang.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcBooking, "empfang.booking", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "empfang.ui", QtInfoMsg)
