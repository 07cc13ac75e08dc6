#include "hot_queries.h"

namespace empfang::hot_queries {

namespace {

// Unknown limit (a table without its row): no lower bound, still correct.
QString lowerBound(const QString &column, const QString &table)
{
    return QStringLiteral("%1 > ? - COALESCE((SELECT max_ms FROM span_limits WHERE name = '%2'), "
                          "9000000000000000)")
        .arg(column, table);
}

} // namespace

QString occupied()
{
    return QStringLiteral("SELECT a.start_ms - t.buffer_before * 60000, "
                          "a.end_ms + t.buffer_after * 60000 "
                          "FROM appointments a JOIN appointment_types t ON t.id = a.type_id "
                          "WHERE a.practitioner_id = ? AND a.status = 'booked' AND a.id <> ? "
                          "AND a.start_ms < ? AND ") +
           lowerBound(QStringLiteral("a.start_ms"), QStringLiteral("appointments")) +
           QStringLiteral(" AND a.end_ms > ? ORDER BY a.start_ms");
}

QString appointmentSelect()
{
    return QStringLiteral(
        "SELECT a.id, a.practitioner_id, a.type_id, a.patient_id, a.start_ms, a.end_ms, "
        "a.status, a.note, a.created_ms, a.updated_ms, COALESCE(p.name, ''), t.name "
        "FROM appointments a JOIN appointment_types t ON t.id = a.type_id "
        "LEFT JOIN patients p ON p.id = a.patient_id ");
}

QString appointmentList(bool onePractitioner)
{
    return appointmentSelect() + QStringLiteral("WHERE a.start_ms < ? AND ") +
           lowerBound(QStringLiteral("a.start_ms"), QStringLiteral("appointments")) +
           QStringLiteral(" AND a.end_ms > ?") +
           (onePractitioner ? QStringLiteral(" AND a.practitioner_id = ?") : QString()) +
           QStringLiteral(" ORDER BY a.start_ms, a.practitioner_id");
}

QString absences()
{
    return QStringLiteral("SELECT id, practitioner_id, start_ms, end_ms, reason "
                          "FROM absences WHERE practitioner_id = ? AND start_ms < ? "
                          "AND end_ms > ? ORDER BY start_ms");
}

QString remoteSpans()
{
    return QStringLiteral("SELECT calendar_id, remote_start_ms, remote_end_ms "
                          "FROM google_events WHERE practitioner_id = ? "
                          "AND remote_start_ms < ? AND ") +
           lowerBound(QStringLiteral("remote_start_ms"), QStringLiteral("google_events")) +
           QStringLiteral(" AND remote_end_ms > ?");
}

QString busySpans()
{
    return QStringLiteral("SELECT start_ms, end_ms FROM busy_cache WHERE practitioner_id = ? "
                          "AND calendar_id = ? AND start_ms < ? AND ") +
           lowerBound(QStringLiteral("start_ms"), QStringLiteral("busy_cache")) +
           QStringLiteral(" AND end_ms > ? ORDER BY start_ms");
}

QString busyFetchDays()
{
    return QStringLiteral("SELECT practitioner_id, calendar_id, day, fetched_ms, error "
                          "FROM busy_fetch WHERE day >= ? AND day <= ?");
}

QString busySpansAll()
{
    return QStringLiteral("SELECT practitioner_id, calendar_id, start_ms, end_ms FROM busy_cache "
                          "WHERE start_ms < ? AND ") +
           lowerBound(QStringLiteral("start_ms"), QStringLiteral("busy_cache")) +
           QStringLiteral(" AND end_ms > ? ORDER BY start_ms");
}

QString remoteSpansAll()
{
    return QStringLiteral("SELECT practitioner_id, calendar_id, remote_start_ms, remote_end_ms "
                          "FROM google_events WHERE remote_start_ms < ? AND ") +
           lowerBound(QStringLiteral("remote_start_ms"), QStringLiteral("google_events")) +
           QStringLiteral(" AND remote_end_ms > ?");
}

QString patientsByNameKey()
{
    // The columns PatientRepository reads.
    return QStringLiteral("SELECT id, name, birth_date, phone, email FROM patients "
                          "WHERE name_key = ? OR name_key IS NULL ORDER BY id");
}

QString reconcileBooked()
{
    return QStringLiteral("SELECT g.appointment_id FROM google_events g JOIN appointments a "
                          "ON a.id = g.appointment_id WHERE g.sync_state = 'synced' AND "
                          "a.status = 'booked' AND g.remote_start_ms < ? AND ") +
           lowerBound(QStringLiteral("g.remote_start_ms"), QStringLiteral("google_events")) +
           QStringLiteral(" AND g.remote_end_ms > ? AND NOT EXISTS (SELECT 1 FROM outbox o "
                          "WHERE o.appointment_id = g.appointment_id AND o.state IN "
                          "('pending', 'failed'))");
}

QString reconcileCancelled()
{
    return QStringLiteral("SELECT g.appointment_id FROM google_events g JOIN appointments a "
                          "ON a.id = g.appointment_id WHERE g.sync_state = 'synced' AND "
                          "a.status = 'cancelled' AND a.start_ms < ? AND ") +
           lowerBound(QStringLiteral("a.start_ms"), QStringLiteral("appointments")) +
           QStringLiteral(" AND a.end_ms > ? AND NOT EXISTS (SELECT 1 FROM outbox o WHERE "
                          "o.appointment_id = g.appointment_id AND o.state IN "
                          "('pending', 'failed'))");
}

QList<Sample> all()
{
    return {
        {QStringLiteral("occupied"), occupied(), 5},
        {QStringLiteral("appointment list, all practitioners"), appointmentList(false), 3},
        {QStringLiteral("appointment list, one practitioner"), appointmentList(true), 4},
        {QStringLiteral("absences"), absences(), 3},
        {QStringLiteral("Google event spans"), remoteSpans(), 4},
        {QStringLiteral("busy cache"), busySpans(), 5},
        {QStringLiteral("busy fetch days, all practitioners"), busyFetchDays(), 2},
        {QStringLiteral("busy cache, all practitioners"), busySpansAll(), 3},
        {QStringLiteral("Google event spans, all practitioners"), remoteSpansAll(), 3},
        {QStringLiteral("patient by name"), patientsByNameKey(), 1},
        {QStringLiteral("reconcile, booked"), reconcileBooked(), 3},
        {QStringLiteral("reconcile, cancelled"), reconcileCancelled(), 3},
    };
}

} // namespace empfang::hot_queries
