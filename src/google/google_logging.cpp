#include "google_logging.h"

Q_LOGGING_CATEGORY(lcGoogle, "empfang.google", QtInfoMsg)
