#include "sync_logging.h"

Q_LOGGING_CATEGORY(lcSync, "empfang.sync", QtInfoMsg)
