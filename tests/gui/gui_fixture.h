#pragma once

#include "storage/appointment_repository.h"
#include "storage/appointment_type_repository.h"
#include "storage/practitioner_repository.h"
#include "storage/schedule_repository.h"
#include "test_database.h"

#include <QDir>
#include <QWidget>

namespace empfang::test {

/// A small practice on a temporary database: one practitioner working Monday to Friday
/// 08:00–12:00 and one 30-minute type. The clock stands on Monday 2026-12-07 07:00 Berlin.
struct GuiFixture : TestDatabase
{
    GuiFixture()
    {
        auto p = PractitionerRepository(*db).add(QStringLiteral("Anna Berger"),
                                                 QStringLiteral("#4e79a7"));
        auto t = AppointmentTypeRepository(*db).add(AppointmentType{
            0, QStringLiteral("Massage"), 30, 0, 0, QStringLiteral("#76b7b2"), true});
        if (!p || !t)
            qFatal("fixture setup failed");
        practitionerId = p->id;
        typeId = t->id;
        for (int day = 1; day <= 5; ++day) {
            if (!ScheduleRepository(*db).addHours(
                    WeeklyHours{0, practitionerId, day, QTime(8, 0), QTime(12, 0), {}, {}}))
                qFatal("fixture hours failed");
        }
    }

    static QDate monday() { return QDate(2026, 12, 7); }
    static qint64 at(int hour, int minute = 0) { return berlin(monday(), QTime(hour, minute)); }

    QList<Appointment> stored() const
    {
        const Interval week{at(0), at(0) + 7 * 24 * 60 * kMinuteMs};
        auto list = AppointmentRepository(*db).list(week);
        if (!list)
            qFatal("cannot list appointments");
        return list.value();
    }

    /// Books the fixture's type with its practitioner for a patient named `patient` at a time
    /// of Monday (GuiFixture::at), as the desk does.
    Result<Appointment> bookAt(const QString &patient, int hour, int minute = 0)
    {
        return booking->book({practitionerId, typeId, at(hour, minute), 0, patient, {}, {}, {}});
    }

    qint64 practitionerId = 0;
    qint64 typeId = 0;
};

/// The widget of `parent` with this object name; a missing one ends the test run at once.
template <typename T> T *child(QObject &parent, const char *name)
{
    auto *found = parent.findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no widget %s", name);
    return found;
}

/// With EMPFANG_SCREENSHOT_DIR set, saves what `w` looks like there (for reviewing the UI).
inline void shoot(QWidget &w, const char *name)
{
    const QString dir = qEnvironmentVariable("EMPFANG_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w.grab().save(QDir(dir).filePath(QString::fromLatin1(name)));
}
inline void shoot(QWidget *w, const char *name)
{
    shoot(*w, name);
}

} // namespace empfang::test
