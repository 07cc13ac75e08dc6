#include "document_html.h"

#include "domain/status_text.h"
#include "storage/audit_log.h"

#include "storage/appointment_repository.h"
#include "storage/patient_repository.h"
#include "storage/practice_contact_repository.h"
#include "storage/practitioner_repository.h"
#include "storage/settings_repository.h"
#include "storage/sql.h"

#include <QJsonArray>
#include <QLocale>

namespace empfang {

namespace {

const QString kStyle = QStringLiteral(
    "<style>body { font-family: sans-serif; font-size: 11pt; } h1 { font-size: 16pt; } "
    "th { text-align: left; background: #e8e8e8; } td, th { padding: 3px 8px; }</style>");

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QStringList &cells, bool header = false)
{
    const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
    QString out = QStringLiteral("<tr>");
    for (const QString &c : cells)
        out += QStringLiteral("<%1>%2</%1>").arg(tag, esc(c));
    return out + QStringLiteral("</tr>");
}

// German weekday names regardless of the desk's locale: the card is for German patients.
QString weekday(const QDate &d)
{
    return QLocale(QLocale::German, QLocale::Germany).dayName(d.dayOfWeek(), QLocale::ShortFormat);
}

QString germanDate(const QDate &d)
{
    return d.toString(QStringLiteral("dd.MM.yyyy"));
}

QString isoToGerman(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    return t.isValid() ? t.toString(QStringLiteral("dd.MM.yyyy HH:mm")) : iso;
}

} // namespace

Result<QString> DocumentHtml::appointmentCard(Database &db, qint64 patientId, qint64 nowMs)
{
    using R = Result<QString>;
    auto patient = PatientRepository(db).find(patientId);
    if (!patient)
        return R::failure(patient.error());
    const PracticeSettings settings = SettingsRepository(db).load();
    const QTimeZone zone = settings.timeZone();
    QSqlQuery q(db.connection());
    QString error;
    if (!sql::run(q,
                  QStringLiteral("SELECT a.start_ms, p.name, t.name FROM appointments a "
                                 "JOIN practitioners p ON p.id = a.practitioner_id "
                                 "JOIN appointment_types t ON t.id = a.type_id "
                                 "WHERE a.patient_id = ? AND a.status = 'booked' "
                                 "AND a.end_ms > ? ORDER BY a.start_ms"),
                  {patientId, nowMs}, &error))
        return R::failure(error);
    const PracticeContact contact = PracticeContactRepository(db).load();
    // Small cards have no room for a five-column table: one line per appointment instead.
    const bool compact = contact.cardFormat != PracticeContact::CardFormat::A4;
    QString rows = row({tr("Day"), tr("Date"), tr("Time"), tr("Practitioner"), tr("Type")}, true);
    QString lines;
    int count = 0;
    while (q.next()) {
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), zone);
        rows += row({weekday(start.date()), germanDate(start.date()),
                     start.toString(QStringLiteral("HH:mm")), q.value(1).toString(),
                     q.value(2).toString()});
        // Type and practitioner on lines of their own: a narrow card must not break a name.
        lines += QStringLiteral("<tr><td><b>%1 %2, %3</b></td><td>%4<br>%5</td></tr>")
                     .arg(esc(weekday(start.date())), esc(germanDate(start.date())),
                          esc(start.toString(QStringLiteral("HH:mm"))), esc(q.value(2).toString()),
                          esc(q.value(1).toString()));
        ++count;
    }
    // Type sizes that fit the paper: a business card is 85 × 55 mm.
    const QString style =
        contact.cardFormat == PracticeContact::CardFormat::BusinessCard
            ? QStringLiteral("<style>body { font-family: sans-serif; font-size: 6pt; } "
                             "h1 { font-size: 9pt; margin: 0; } h2 { font-size: 7pt; margin: 2px "
                             "0; } p { margin: 1px 0; } td { padding: 0 4px 0 0; }</style>")
        : compact ? QStringLiteral("<style>body { font-family: sans-serif; font-size: 8pt; } "
                                   "h1 { font-size: 12pt; } h2 { font-size: 10pt; } "
                                   "td { padding: 1px 6px 1px 0; }</style>")
                  : kStyle;
    QString html = QStringLiteral("<html><head>") + style + QStringLiteral("</head><body>");
    html += QStringLiteral("<h1>%1</h1>").arg(esc(settings.name));
    // How to reach the practice: the card asks patients to cancel early.
    QStringList reach;
    if (!contact.address.isEmpty())
        reach << esc(contact.address);
    // Phone on a line of its own; e-mail and website share one.
    if (!contact.phone.isEmpty())
        reach << esc(tr("Phone %1").arg(contact.phone));
    QStringList online;
    if (!contact.email.isEmpty())
        online << esc(contact.email);
    if (!contact.website.isEmpty())
        online << esc(contact.website);
    if (!online.isEmpty())
        reach << online.join(QStringLiteral(" · "));
    const QString askTo = !contact.phone.isEmpty()   ? contact.phone
                          : !contact.email.isEmpty() ? contact.email
                                                     : contact.website;
    if (!reach.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(reach.join(QStringLiteral("<br>")));
    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Appointment card")));
    html += QStringLiteral("<p>%1</p>").arg(esc(tr("For: %1").arg(patient->name)));
    if (count == 0)
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("No upcoming appointments.")));
    else if (compact)
        html += QStringLiteral("<table cellspacing=\"0\">%1</table>").arg(lines);
    else
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" border=\"1\">%1</table>")
                    .arg(rows);
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(askTo.isEmpty()
                             ? tr("If you cannot come, please let us know as early as possible.")
                             : tr("If you cannot come, please let us know as early as possible: "
                                  "%1.")
                                   .arg(askTo)));
    html += QStringLiteral("<p><small>%1</small></p></body></html>")
                .arg(esc(tr("Printed on %1")
                             .arg(germanDate(QDateTime::fromMSecsSinceEpoch(nowMs, zone).date()))));
    return html;
}

Result<QString> DocumentHtml::dayList(Database &db, qint64 practitionerId, const QDate &date)
{
    return dayList(db, QList<qint64>{practitionerId}, date);
}

Result<QString> DocumentHtml::dayList(Database &db, const QList<qint64> &practitionerIds,
                                      const QDate &date)
{
    using R = Result<QString>;
    if (practitionerIds.isEmpty())
        return R::failure(tr("There is no practitioner whose day list could be printed."));
    if (!date.isValid())
        return R::failure(tr("Please give a valid date."));
    const PracticeSettings settings = SettingsRepository(db).load();
    QString html = QStringLiteral("<html><head>") + kStyle + QStringLiteral("</head><body>");
    html += QStringLiteral("<h1>%1</h1>").arg(esc(settings.name));
    for (qsizetype i = 0; i < practitionerIds.size(); ++i) {
        auto section = daySection(db, practitionerIds[i], date, i > 0);
        if (!section)
            return section;
        html += section.value();
    }
    return html + QStringLiteral("</body></html>");
}

Result<QString> DocumentHtml::daySection(Database &db, qint64 practitionerId, const QDate &date,
                                         bool newPage)
{
    using R = Result<QString>;
    auto practitioner = PractitionerRepository(db).find(practitionerId);
    if (!practitioner)
        return R::failure(practitioner.error());
    const PracticeSettings settings = SettingsRepository(db).load();
    const QTimeZone zone = settings.timeZone();
    const Interval day{QDateTime(date, QTime(0, 0), zone).toMSecsSinceEpoch(),
                       QDateTime(date.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch()};
    auto list = AppointmentRepository(db).list(day, practitionerId);
    if (!list)
        return R::failure(list.error());
    QString rows = row({tr("Time"), tr("Patient"), tr("Type"), tr("Status"), tr("Note")}, true);
    int count = 0;
    for (const Appointment &a : list.value()) {
        if (a.status == AppointmentStatus::Cancelled)
            continue; // the room needs what happens, not what was called off
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(a.span.startMs, zone);
        const QDateTime end = QDateTime::fromMSecsSinceEpoch(a.span.endMs, zone);
        rows += row({start.toString(QStringLiteral("HH:mm")) + QStringLiteral("–") +
                         end.toString(QStringLiteral("HH:mm")),
                     a.patientName, a.typeName, StatusText::of(a.status), a.note});
        ++count;
    }
    // Each practitioner on a page of their own: the lists go to different rooms.
    QString html =
        QStringLiteral("<h2%1>%2</h2>")
            .arg(newPage ? QStringLiteral(" style=\"page-break-before: always\"") : QString(),
                 esc(tr("Day list %1, %2 %3")
                         .arg(practitioner->name, weekday(date), germanDate(date))));
    if (count == 0)
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("No appointments on this day.")));
    else
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" border=\"1\">%1</table>")
                    .arg(rows);
    html += QStringLiteral("<p>%1</p>").arg(esc(tr("%n appointment(s)", "", count)));
    return html;
}

QString DocumentHtml::patientExport(const QJsonObject &e)
{
    const QJsonObject p = e.value(QStringLiteral("patient")).toObject();
    QString html = QStringLiteral("<html><head>") + kStyle + QStringLiteral("</head><body>");
    html += QStringLiteral("<h1>%1</h1>").arg(esc(e.value(QStringLiteral("practice")).toString()));
    html += QStringLiteral("<h2>%1</h2>")
                .arg(esc(tr("Data stored about %1 (GDPR Art. 15)")
                             .arg(p.value(QStringLiteral("name")).toString())));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("Exported on %1")
                             .arg(isoToGerman(e.value(QStringLiteral("exported")).toString()))));
    const QDate birth =
        QDate::fromString(p.value(QStringLiteral("birthDate")).toString(), Qt::ISODate);
    // Readable lines only: the internal numbers (patient, appointment) stay in the JSON file.
    QString person = row({tr("Field"), tr("Value")}, true);
    person += row({tr("Name"), p.value(QStringLiteral("name")).toString()});
    person += row({tr("Birth date"), birth.isValid() ? germanDate(birth) : QString()});
    person += row({tr("Phone"), p.value(QStringLiteral("phone")).toString()});
    person += row({tr("E-mail"), p.value(QStringLiteral("email")).toString()});
    person += row({tr("Recorded"), isoToGerman(p.value(QStringLiteral("created")).toString())});
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" border=\"1\">%1</table>")
                .arg(person);

    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Appointments")));
    QString rows =
        row({tr("Date"), tr("Practitioner"), tr("Type"), tr("Status"), tr("Note")}, true);
    QHash<qint64, QString> appointmentText; // id → "07.12.2026 09:00, Erstgespräch"
    for (const QJsonValue &v : e.value(QStringLiteral("appointments")).toArray()) {
        const QJsonObject a = v.toObject();
        appointmentText.insert(
            a.value(QStringLiteral("id")).toInteger(),
            tr("%1, %2").arg(isoToGerman(a.value(QStringLiteral("start")).toString()),
                             a.value(QStringLiteral("type")).toString()));
        rows += row({isoToGerman(a.value(QStringLiteral("start")).toString()),
                     a.value(QStringLiteral("practitioner")).toString(),
                     a.value(QStringLiteral("type")).toString(),
                     StatusText::ofKey(a.value(QStringLiteral("status")).toString()),
                     a.value(QStringLiteral("note")).toString()});
    }
    html +=
        QStringLiteral("<table width=\"100%\" cellspacing=\"0\" border=\"1\">%1</table>").arg(rows);

    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Calendar synchronisation")));
    const QJsonArray calendar = e.value(QStringLiteral("calendarEvents")).toArray();
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(calendar.isEmpty()
                             ? tr("None of these appointments was written to a Google calendar.")
                             : tr("%n appointment(s) were written to a practitioner's Google "
                                  "calendar (without patient data unless the practice chose "
                                  "otherwise).",
                                  "", int(calendar.size()))));
    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Access log")));
    QString log = row({tr("Time"), tr("Who"), tr("Action"), tr("Appointment")}, true);
    for (const QJsonValue &v : e.value(QStringLiteral("auditLog")).toArray()) {
        const QJsonObject l = v.toObject();
        const QJsonValue appointment = l.value(QStringLiteral("appointment"));
        log += row(
            {isoToGerman(l.value(QStringLiteral("at")).toString()),
             tr("%1 at %2")
                 .arg(l.value(QStringLiteral("user")).toString(),
                      l.value(QStringLiteral("workstation")).toString()),
             AuditLog::actionText(l.value(QStringLiteral("action")).toString()),
             appointment.isNull() ? QString() : appointmentText.value(appointment.toInteger())});
    }
    html +=
        QStringLiteral("<table width=\"100%\" cellspacing=\"0\" border=\"1\">%1</table>").arg(log);
    return html + QStringLiteral("</body></html>");
}

} // namespace empfang
