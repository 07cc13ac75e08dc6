#pragma once

#include "domain/interval.h"

#include <QObject>

class QTimer;

namespace empfang {

class ChangeFeed;
class Database;
struct Change;

/// Keeps the grid live: changes made at other desks, in other windows or by empfang-cli arrive
/// through the database's change feed (docs/ARCHITECTURE.md, "Every desk is live"); those
/// that touch the visible days ask for a reload, several at once for one.
class LiveUpdates : public QObject
{
    Q_OBJECT
public:
    explicit LiveUpdates(Database &db, QObject *parent = nullptr);

    /// The days the grid shows; changes elsewhere in time are not worth a reload.
    void setVisibleRange(const Interval &range) { m_visible = range; }

signals:
    /// Appointments, absences or sync states in the visible days changed.
    void reloadNeeded();
    /// Practitioners, hours, types or settings changed: filters and grid reload.
    void setupChanged();
    /// The database could not be read (e.g. the server is gone; see Database::lastFault()).
    void failed();
    /// Every change as it arrives (the sync follows other desks' bookings and requests).
    void changed(const empfang::Change &change);

private:
    void take(const Change &change);

    ChangeFeed *m_feed = nullptr;
    QTimer *m_debounce = nullptr;
    Interval m_visible;
    bool m_setup = false;
};

} // namespace empfang
