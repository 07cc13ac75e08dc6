#pragma once

#include "domain/result.h"
#include "storage/database.h"

#include <QDate>

namespace empfang {

/// What `empfang-cli generate-demo` asks for.
struct DemoPracticeSpec
{
    int practitioners = 20;
    int appointments = 10000;
    int years = 5;
    quint64 seed = 1;
    QDate today; // the day the history ends and the three booked months begin
};

/// What was written.
struct DemoPracticeReport
{
    int practitioners = 0;
    int types = 0;
    int patients = 0;
    int appointments = 0;
    int absences = 0;
};

/// Fills an empty database with a practice at real size: practitioners with split shifts and
/// holidays, appointment types, about one patient per eight appointments and appointments over
/// the past years and the next three months (most past ones completed, some cancelled or
/// missed). The same seed and day give the same database, so benchmarks and tests can compare.
class DemoPractice
{
    Q_DECLARE_TR_FUNCTIONS(DemoPractice)
public:
    /// Refuses (and changes nothing) unless the database has no practitioners, types, patients
    /// or appointments; checked inside the write transaction, so two generators cannot both
    /// fill the same file.
    static Result<DemoPracticeReport> generate(Database &db, const DemoPracticeSpec &spec);

    /// Why `spec` cannot be generated, or empty.
    static QString validate(const DemoPracticeSpec &spec);
};

} // namespace empfang
