#pragma once

#include <QLoggingCategory>

// Calendar sync: outbox, pushes, busy times. Never log tokens or event contents here; appointment
// ids, calendar ids and HTTP statuses are enough to follow a sync in a support ticket.
Q_DECLARE_LOGGING_CATEGORY(lcSync)
