#pragma once

#include "domain/clock.h"
#include "domain/result.h"
#include "storage/database.h"

namespace empfang {

/// Fills an empty database with a small practice to try Empfang on: 3 practitioners,
/// 4 appointment types, working hours and a handful of appointments in the current week.
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)
public:
    /// Does nothing when the database already has practitioners.
    static Status seed(Database &db, const Clock &clock);
};

} // namespace empfang
