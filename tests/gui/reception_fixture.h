#pragma once

// What the front-desk GUI tests share (test_reception, test_grid_reading, test_printing_ui,
// test_dialog_texts): the main window on a GuiFixture and a few ways to click, find and look.
#include "booking/booking_dialog.h"
#include "gui_fixture.h"
#include "main_window.h"
#include "schedule/schedule_view.h"

#include <QAction>
#include <QHash>
#include <QImage>
#include <QPointer>
#include <QStatusBar>
#include <QTest>

#include <cmath>
#include <optional>

namespace empfang::test::reception {

struct Window
{
    explicit Window(GuiFixture &f) : window(*f.services)
    {
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            qFatal("window not exposed");
        view = window.findChild<ScheduleView *>(QStringLiteral("scheduleView"));
    }
    QAction *action(const char *name) const
    {
        auto *a = window.findChild<QAction *>(QString::fromLatin1(name));
        if (!a)
            qFatal("no action %s", name);
        return a;
    }
    QString status() const { return window.statusBar()->currentMessage(); }
    MainWindow window;
    ScheduleView *view = nullptr;
};

inline QPointer<BookingDialog> clickFreeSlot(Window &w, qint64 practitionerId, qint64 startMs)
{
    const QRect r = w.view->freeSlotRect(practitionerId, startMs);
    if (r.isEmpty())
        return nullptr;
    QTest::mouseClick(w.view->viewport(), Qt::LeftButton, {}, r.center());
    return w.window.findChild<BookingDialog *>(QStringLiteral("bookingDialog"));
}

inline std::optional<Appointment> at(GuiFixture &f, qint64 startMs)
{
    for (const Appointment &a : f.stored()) {
        if (a.span.startMs == startMs && a.status == AppointmentStatus::Booked)
            return a;
    }
    return std::nullopt;
}

inline Appointment find(GuiFixture &f, qint64 id)
{
    return AppointmentRepository(*f.db).find(id).value();
}

inline qint64 addJonas(GuiFixture &f)
{
    auto p = PractitionerRepository(*f.db).add(QStringLiteral("Jonas Keller"),
                                               QStringLiteral("#e15759"));
    for (int day = 1; day <= 5; ++day)
        ScheduleRepository(*f.db).addHours(
            WeeklyHours{0, p->id, day, QTime(8, 0), QTime(12, 0), {}, {}});
    return p->id;
}

inline void drag(Window &w, const QRect &from, const QRect &to)
{
    QTest::mousePress(w.view->viewport(), Qt::LeftButton, {}, from.topLeft() + QPoint(8, 1));
    QTest::mouseMove(w.view->viewport(), from.topLeft() + QPoint(8, 40));
    QTest::mouseMove(w.view->viewport(), QPoint(to.left() + 8, to.top() + 1));
    QTest::mouseRelease(w.view->viewport(), Qt::LeftButton, {},
                        QPoint(to.left() + 8, to.top() + 1));
}

// Red-ish pixels (the conflict frame and text) inside a rectangle of the grid.
inline int redPixels(ScheduleView *view, const QRect &r)
{
    const QImage image = view->viewport()->grab(r).toImage();
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            n += c.red() - c.green() > 60 && c.red() - c.blue() > 60;
        }
    }
    return n;
}

inline double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

// WCAG contrast between a block's most common colour (its fill) and its darkest (the text).
inline double textContrast(ScheduleView *view, const QRect &block)
{
    const QImage image = view->viewport()->grab(block.adjusted(8, 3, -4, -3)).toImage();
    QHash<QRgb, int> count;
    double darkest = 1;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            ++count[c.rgb()];
            darkest = std::min(darkest, luminance(c));
        }
    }
    QRgb fill = 0;
    for (auto it = count.cbegin(); it != count.cend(); ++it) {
        if (!fill || it.value() > count.value(fill))
            fill = it.key();
    }
    return (luminance(QColor(fill)) + 0.05) / (darkest + 0.05);
}

} // namespace empfang::test::reception
