#include "series_service.h"

#include "logging.h"
#include "storage/appointment_repository.h"
#include "storage/series_repository.h"
#include "storage/settings_repository.h"

#include <algorithm>

namespace empfang {

Result<QList<Appointment>> SeriesService::book(const BookingRequest &patient,
                                               const QList<SeriesSession> &sessions)
{
    using R = Result<QList<Appointment>>;
    if (sessions.isEmpty())
        return R::failure(tr("The series has no sessions."));
    WriteTransaction tx(m_db);
    if (!tx.started())
        return R::failure(m_db.lastFailure());
    SeriesRepository series(m_db);
    auto seriesId = series.create(patient.typeId, m_clock.nowMs());
    if (!seriesId)
        return R::failure(seriesId.error());
    const QTimeZone zone = SettingsRepository(m_db).load().timeZone();
    BookingRequest request = patient;
    QList<Appointment> booked;
    for (int i = 0; i < sessions.size(); ++i) {
        request.practitionerId = sessions.at(i).practitionerId;
        request.startMs = sessions.at(i).startMs;
        auto a = m_booking.book(request);
        if (!a) {
            const QString when = QDateTime::fromMSecsSinceEpoch(request.startMs, zone)
                                     .toString(QStringLiteral("dd.MM.yyyy HH:mm"));
            return R::failure(tr("Session %1 (%2): %3 The series was not booked.")
                                  .arg(i + 1)
                                  .arg(when, a.error()));
        }
        // A new patient is created with the first session; the rest book for that patient.
        request.patientId = a->patientId;
        request.newPatientName.clear();
        if (Status s = series.attach(a->id, seriesId.value()); !s)
            return R::failure(s.error());
        booked << a.value();
    }
    if (!tx.commit())
        return R::failure(m_db.lastFailure());
    qCInfo(lcBooking) << "booked series" << seriesId.value() << "with" << booked.size()
                      << "sessions";
    return booked;
}

Result<QList<Appointment>> SeriesService::following(qint64 appointmentId) const
{
    using R = Result<QList<Appointment>>;
    auto current = AppointmentRepository(m_db).find(appointmentId);
    if (!current)
        return R::failure(current.error());
    SeriesRepository series(m_db);
    auto seriesId = series.seriesOf(appointmentId);
    if (!seriesId)
        return R::failure(seriesId.error());
    if (seriesId.value() == 0)
        return QList<Appointment>{current.value()};
    auto members = series.members(seriesId.value());
    if (!members)
        return members;
    QList<Appointment> out;
    for (const Appointment &a : members.value()) {
        if (a.id == appointmentId ||
            (a.span.startMs > current->span.startMs && a.status == AppointmentStatus::Booked))
            out << a;
    }
    return out;
}

Result<QList<Appointment>> SeriesService::cancelFollowing(qint64 appointmentId)
{
    using R = Result<QList<Appointment>>;
    auto list = following(appointmentId);
    if (!list)
        return list;
    WriteTransaction tx(m_db);
    if (!tx.started())
        return R::failure(m_db.lastFailure());
    QList<Appointment> out;
    for (const Appointment &a : list.value()) {
        auto cancelled = m_booking.cancel(a.id);
        if (!cancelled)
            return R::failure(cancelled.error());
        out << cancelled.value();
    }
    if (!tx.commit())
        return R::failure(m_db.lastFailure());
    return out;
}

Result<QList<Appointment>> SeriesService::moveFollowing(qint64 appointmentId, qint64 newStartMs)
{
    using R = Result<QList<Appointment>>;
    auto list = following(appointmentId);
    if (!list)
        return list;
    const QTimeZone zone = SettingsRepository(m_db).load().timeZone();
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(list->first().span.startMs, zone);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(newStartMs, zone);
    const qint64 days = from.date().daysTo(to.date());
    QList<std::pair<qint64, qint64>> moves; // appointment id, new start
    for (const Appointment &a : list.value()) {
        const QDate day = QDateTime::fromMSecsSinceEpoch(a.span.startMs, zone).date().addDays(days);
        moves.append({a.id, QDateTime(day, to.time(), zone).toMSecsSinceEpoch()});
    }
    // Moving later sessions first (or earlier ones first when moving back) keeps a session from
    // landing on its own neighbour's old time, which is about to be freed anyway.
    if (newStartMs > list->first().span.startMs)
        std::reverse(moves.begin(), moves.end());
    WriteTransaction tx(m_db);
    if (!tx.started())
        return R::failure(m_db.lastFailure());
    QList<Appointment> out;
    for (const auto &[id, start] : std::as_const(moves)) {
        auto moved = m_booking.move(id, start);
        if (!moved) {
            const QString when = QDateTime::fromMSecsSinceEpoch(start, zone)
                                     .toString(QStringLiteral("dd.MM.yyyy HH:mm"));
            return R::failure(
                tr("%1: %2 Nothing of the series was moved.").arg(when, moved.error()));
        }
        out << moved.value();
    }
    if (!tx.commit())
        return R::failure(m_db.lastFailure());
    std::sort(out.begin(), out.end(), [](const Appointment &a, const Appointment &b) {
        return a.span.startMs < b.span.startMs;
    });
    return out;
}

} // namespace empfang
