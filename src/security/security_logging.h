#pragma once

#include <QLoggingCategory>

// The keychain (TokenStore): job failures and what they mean, never a secret, never a key's
// content (QT_LOGGING_RULES="empfang.security.debug=true").
Q_DECLARE_LOGGING_CATEGORY(lcSecurity)
