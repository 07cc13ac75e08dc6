#pragma once

#include <QCoreApplication>
#include <QRectF>
#include <QTimeZone>

class QPainter;
class QWidget;

namespace empfang {

class ScheduleLayout;
struct Appointment;
struct GoogleColumn;
struct ScheduleData;
struct SyncBadge;

/// Google's part of the grid: busy blocks ("busy (Google)", no titles — we never read them),
/// the warning stripe of a column whose busy times are unknown, the freshness row of the
/// header and the sync badge of an appointment. Texts here are shared with tooltips and menus.
class ScheduleSyncPainter
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleSyncPainter)
public:
    ScheduleSyncPainter(QPainter &painter, const QWidget &widget, const ScheduleData &data,
                        const ScheduleLayout &layout)
        : p(painter), w(widget), d(data), l(layout)
    {
    }

    /// Below free slots and appointments: busy blocks, or the "not synchronised" stripe.
    void paintColumn(int column);
    /// The freshness row under the practitioners' names (only when some column has Google).
    void paintHeaderRow(int column);
    /// A small round badge in the top right corner of an appointment's block.
    void paintBadge(const Appointment &appointment, const QRectF &block);

    /// "up to date", "outdated, as of 12:03", "offline", "not synchronised" (longest first, for
    /// eliding).
    static QStringList freshnessTexts(const GoogleColumn &google, const QTimeZone &zone);
    /// The full sentence for the header's tooltip (with the sync desk, when another desk syncs).
    static QString freshnessTooltip(const GoogleColumn &google, const QTimeZone &zone);
    /// "synchronised", "failed: <why>" … for tooltip and context menu.
    static QString stateText(const SyncBadge &badge);
    static QString busyText() { return tr("busy (Google)"); }

private:
    static QString freshnessState(const GoogleColumn &google, const QTimeZone &zone);

    QPainter &p;
    const QWidget &w;
    const ScheduleData &d;
    const ScheduleLayout &l;
};

} // namespace empfang
