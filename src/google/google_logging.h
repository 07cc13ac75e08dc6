#pragma once

#include <QLoggingCategory>

// Google connection, token store and consent log. Never log tokens, codes or verifiers here:
// the log may end up in a support ticket (QT_LOGGING_RULES="empfang.google.debug=true").
Q_DECLARE_LOGGING_CATEGORY(lcGoogle)
