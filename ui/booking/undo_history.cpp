#include "booking/undo_history.h"

#include "booking/booking_service.h"

namespace empfang {

namespace {

const QString kUndoDetail = QStringLiteral("undo");

} // namespace

UndoHistory::UndoHistory(BookingService &booking, QObject *parent)
    : QObject(parent), m_booking(booking)
{
    setObjectName(QStringLiteral("undoHistory"));
}

void UndoHistory::push(const Entry &entry)
{
    m_entries.append(entry);
    emit changed();
}

QString UndoHistory::nextText() const
{
    return m_entries.isEmpty() ? QString() : tr("Undo %1").arg(m_entries.last().text);
}

UndoHistory::Outcome UndoHistory::undo()
{
    if (m_entries.isEmpty())
        return {false, 0, tr("Nothing to undo.")};
    const Entry entry = m_entries.takeLast();
    emit changed();
    Outcome out;
    out.appointmentId = entry.appointmentIds.value(0);
    QString error;
    for (qint64 id : entry.appointmentIds) {
        Result<Appointment> r = Result<Appointment>::failure(QString());
        switch (entry.kind) {
        case Kind::Booked:
            r = m_booking.cancel(id, kUndoDetail);
            break;
        case Kind::Moved:
            r = m_booking.move(id, entry.previousStartMs, entry.previousPractitionerId,
                               kUndoDetail);
            break;
        case Kind::Cancelled:
        case Kind::NoShow:
            r = m_booking.reinstate(id, kUndoDetail);
            break;
        }
        if (!r && error.isEmpty())
            error = r.error();
    }
    out.ok = error.isEmpty();
    out.message = out.ok ? tr("Undone: %1.").arg(entry.text)
                         : tr("Could not undo %1: %2").arg(entry.text, error);
    return out;
}

} // namespace empfang
