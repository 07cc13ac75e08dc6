#include "patient_export.h"

#include "storage/audit_log.h"
#include "storage/settings_repository.h"
#include "storage/sql.h"

#include <QJsonArray>

namespace empfang {

namespace {

QJsonValue isoOrNull(qint64 ms, const QTimeZone &zone)
{
    return ms ? QJsonValue(QDateTime::fromMSecsSinceEpoch(ms, zone).toString(Qt::ISODate))
              : QJsonValue();
}

} // namespace

Result<QJsonObject> PatientExport::collect(qint64 patientId, qint64 nowMs) const
{
    using R = Result<QJsonObject>;
    const PracticeSettings settings = SettingsRepository(m_db).load();
    const QTimeZone zone = settings.timeZone();
    QSqlQuery q(m_db.connection());
    QString error;
    if (!sql::run(q,
                  QStringLiteral("SELECT id, name, birth_date, phone, email, created_ms, "
                                 "updated_ms FROM patients WHERE id = ?"),
                  {patientId}, &error))
        return R::failure(error);
    if (!q.next())
        return R::failure(tr("There is no patient with the number %1.").arg(patientId));
    const QDate birth = sql::toDate(q.value(2));
    const QJsonObject patient{
        {QStringLiteral("id"), patientId},
        {QStringLiteral("name"), q.value(1).toString()},
        {QStringLiteral("birthDate"),
         birth.isValid() ? QJsonValue(birth.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("phone"), q.value(3).toString()},
        {QStringLiteral("email"), q.value(4).toString()},
        {QStringLiteral("created"), isoOrNull(q.value(5).toLongLong(), zone)},
        {QStringLiteral("updated"), isoOrNull(q.value(6).toLongLong(), zone)}};

    if (!sql::run(q,
                  QStringLiteral("SELECT a.id, a.start_ms, a.end_ms, a.status, a.note, "
                                 "a.series_id, p.name, t.name, a.created_ms, a.updated_ms "
                                 "FROM appointments a "
                                 "JOIN practitioners p ON p.id = a.practitioner_id "
                                 "JOIN appointment_types t ON t.id = a.type_id "
                                 "WHERE a.patient_id = ? ORDER BY a.start_ms"),
                  {patientId}, &error))
        return R::failure(error);
    QJsonArray appointments;
    QList<qint64> appointmentIds;
    while (q.next()) {
        appointmentIds << q.value(0).toLongLong();
        appointments.append(
            QJsonObject{{QStringLiteral("id"), q.value(0).toLongLong()},
                        {QStringLiteral("start"), isoOrNull(q.value(1).toLongLong(), zone)},
                        {QStringLiteral("end"), isoOrNull(q.value(2).toLongLong(), zone)},
                        {QStringLiteral("status"), q.value(3).toString()},
                        {QStringLiteral("note"), q.value(4).toString()},
                        {QStringLiteral("series"),
                         q.value(5).isNull() ? QJsonValue() : QJsonValue(q.value(5).toLongLong())},
                        {QStringLiteral("practitioner"), q.value(6).toString()},
                        {QStringLiteral("type"), q.value(7).toString()},
                        {QStringLiteral("created"), isoOrNull(q.value(8).toLongLong(), zone)},
                        {QStringLiteral("updated"), isoOrNull(q.value(9).toLongLong(), zone)}});
    }

    // Which appointments were written to a practitioner's Google calendar. The table belongs to
    // the calendar sync; a database without it simply has nothing to report. Not which
    // calendar: its id is the practitioner's Google account (an e-mail address), which is the
    // practitioner's data, not the patient's.
    QJsonArray calendar;
    QSqlQuery g(m_db.connection());
    if (g.exec(QStringLiteral("SELECT e.appointment_id, e.sync_state "
                              "FROM google_events e JOIN appointments a "
                              "ON a.id = e.appointment_id WHERE a.patient_id = ") +
               QString::number(patientId))) {
        while (g.next())
            calendar.append(QJsonObject{{QStringLiteral("appointment"), g.value(0).toLongLong()},
                                        {QStringLiteral("state"), g.value(1).toString()}});
    }

    auto audit = AuditLog(m_db).forPatient(patientId, appointmentIds);
    if (!audit)
        return R::failure(audit.error());
    QJsonArray log;
    for (const AuditEntry &e : audit.value())
        log.append(QJsonObject{{QStringLiteral("at"), isoOrNull(e.atMs, zone)},
                               {QStringLiteral("user"), e.osUser},
                               {QStringLiteral("workstation"), e.workstation},
                               {QStringLiteral("action"), e.action},
                               {QStringLiteral("appointment"),
                                e.appointmentId ? QJsonValue(e.appointmentId) : QJsonValue()}});

    return QJsonObject{{QStringLiteral("format"), QStringLiteral("empfang-patient-export/1")},
                       {QStringLiteral("practice"), settings.name},
                       {QStringLiteral("exported"), isoOrNull(nowMs, zone)},
                       {QStringLiteral("patient"), patient},
                       {QStringLiteral("appointments"), appointments},
                       {QStringLiteral("calendarEvents"), calendar},
                       {QStringLiteral("auditLog"), log}};
}

Status PatientExport::recordExport(qint64 patientId, qint64 nowMs)
{
    return AuditLog(m_db).record(QStringLiteral("exported"), 0, patientId, nowMs);
}

} // namespace empfang
