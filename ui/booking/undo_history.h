#pragma once

#include "domain/appointment.h"

#include <QList>
#include <QObject>

namespace empfang {

class BookingService;

/// The front-desk changes of this session, newest last, so Ctrl+Z / "Undo" can take them back.
/// An undo is a new change through BookingService (same rules, same outbox, audit detail
/// "undo"): refused with the rule's reason if, say, the time was booked meanwhile.
class UndoHistory : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Booked, Moved, Cancelled, NoShow };
    struct Entry
    {
        Kind kind = Kind::Booked;
        QList<qint64> appointmentIds; // a series: all its appointments
        qint64 previousStartMs = 0;   // Moved: where it was
        qint64 previousPractitionerId = 0;
        QString text; // what was done, e.g. "booking of Sophie Wagner"
    };
    struct Outcome
    {
        bool ok = false;
        qint64 appointmentId = 0; // to show in the grid
        QString message;          // German, for the status bar
    };

    explicit UndoHistory(BookingService &booking, QObject *parent = nullptr);

    void push(const Entry &entry);
    bool isEmpty() const { return m_entries.isEmpty(); }
    /// "Undo: booking of Sophie Wagner" for the action's text; empty when nothing to undo.
    QString nextText() const;
    /// Takes back the newest change (which leaves the history, also when refused).
    Outcome undo();

signals:
    void changed();

private:
    BookingService &m_booking;
    QList<Entry> m_entries;
};

} // namespace empfang
