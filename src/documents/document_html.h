#pragma once

#include "domain/result.h"
#include "storage/database.h"

#include <QJsonObject>

namespace empfang {

/// The printable documents of the front desk as HTML for QTextDocument: built here, in the core,
/// without Qt Gui, so the CLI and the window print the same text. Dates in German form
/// (07.12.2026), times in practice time.
class DocumentHtml
{
    Q_DECLARE_TR_FUNCTIONS(DocumentHtml)
public:
    /// The appointment card ("Terminzettel"): practice name and how to reach it (address,
    /// phone, e-mail, website), patient, every upcoming booked appointment with date, time,
    /// practitioner and type. Laid out for the card format chosen in the settings (a compact
    /// list on A6 and business cards, a table on A4).
    static Result<QString> appointmentCard(Database &db, qint64 patientId, qint64 nowMs);
    /// One practitioner's appointments of one day, for the treatment room.
    static Result<QString> dayList(Database &db, qint64 practitionerId, const QDate &date);
    /// The day lists of several practitioners, one section (and page) each, in the given order.
    static Result<QString> dayList(Database &db, const QList<qint64> &practitionerIds,
                                   const QDate &date);
    /// A GDPR export (PatientExport::collect) as a readable document.
    static QString patientExport(const QJsonObject &exported);

private:
    static Result<QString> daySection(Database &db, qint64 practitionerId, const QDate &date,
                                      bool newPage);
};

} // namespace empfang
