#pragma once

#include "app/app_services.h"
#include "domain/clock.h"
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
        services = std::make_unique<AppServices>(*db, clock);
        availability = &services->availability();
        booking = &services->booking();
    }

    static qint64 berlin(const QDate &d, const QTime &t)
    {
        return QDateTime(d, t, QTimeZone("Europe/Berlin")).toMSecsSinceEpoch();
    }

    QTemporaryDir dir;
    QString path;
    FixedClock clock;
    std::shared_ptr<Database> db;
    std::unique_ptr<AppServices> services; // what the window and the CLI build on
    AvailabilityService *availability = nullptr;
    BookingService *booking = nullptr;
};

} // namespace empfang::test
