#pragma once

#include <QLoggingCategory>

// Google connection and consent log (the keychain logs as empfang.security). Never log tokens,
// codes or verifiers here: the log may end up in a support ticket
// (QT_LOGGING_RULES="empfang.google.debug=true").
Q_DECLARE_LOGGING_CATEGORY(lcGoogle)
