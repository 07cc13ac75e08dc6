#pragma once

#include "booking/availability_service.h"
#include "booking/booking_service.h"
#include "booking/clock.h"
#include "storage/database.h"
#include "test_backend.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace empfang::test {

/// A fresh database (a SQLite file in a temporary folder, or a PostgreSQL database: see
/// test_backend.h), migrated, with a clock the test controls
/// (default: Monday 2026-12-07 07:00 Berlin, so the whole week lies ahead).
struct TestDatabase
{
    TestDatabase()
        : clock(QDateTime(QDate(2026, 12, 7), QTime(7, 0), QTimeZone("Europe/Berlin"))
                    .toMSecsSinceEpoch())
    {
        path = newDatabase(dir, QStringLiteral("empfang.sqlite"));
        auto opened = Database::open(path);
        if (!opened)
            qFatal("cannot open test database: %s", qPrintable(opened.error()));
        db = opened.value();
        availability = std::make_unique<AvailabilityService>(*db, clock);
        booking = std::make_unique<BookingService>(*db, *availability);
    }

    static qint64 berlin(const QDate &d, const QTime &t)
    {
        return QDateTime(d, t, QTimeZone("Europe/Berlin")).toMSecsSinceEpoch();
    }

    QTemporaryDir dir;
    QString path;
    FixedClock clock;
    std::shared_ptr<Database> db;
    std::unique_ptr<AvailabilityService> availability;
    std::unique_ptr<BookingService> booking;
};

} // namespace empfang::test
