#include "security_logging.h"

Q_LOGGING_CATEGORY(lcSecurity, "empfang.security", QtInfoMsg)
