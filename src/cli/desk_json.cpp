#include "desk_json.h"

#include "booking/patient_directory.h"

#include <limits>

namespace empfang::cli {

QJsonObject DeskJson::appointment(const Appointment &a, const CliOutput &out)
{
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("practitioner"), a.practitionerId},
            {QStringLiteral("type"), a.typeId},
            {QStringLiteral("typeName"), a.typeName},
            {QStringLiteral("patient"), a.patientId ? QJsonValue(a.patientId) : QJsonValue()},
            {QStringLiteral("patientName"), a.patientName},
            {QStringLiteral("start"), out.isoTime(a.span.startMs)},
            {QStringLiteral("end"), out.isoTime(a.span.endMs)},
            {QStringLiteral("status"), statusKey(a.status)},
            {QStringLiteral("note"), a.note}};
}

Result<BookingRequest> DeskJson::patient(CliContext &ctx, bool *usage)
{
    using R = Result<BookingRequest>;
    *usage = true;
    const bool byName = ctx.has(QStringLiteral("patient"));
    const bool byId = ctx.has(QStringLiteral("patient-id"));
    if (byName == byId)
        return R::failure(tr("Please give either --patient NAME or --patient-id ID."));
    BookingRequest request;
    if (byId) {
        auto id = ctx.id(QStringLiteral("patient-id"));
        if (!id)
            return R::failure(id.error());
        request.patientId = id.value();
        return request;
    }
    *usage = false;
    const QString name = ctx.value(QStringLiteral("patient")).simplified();
    if (name.isEmpty())
        return R::failure(tr("The patient needs a name."));
    // Compared here, not in SQL: SQLite's LOWER() folds ASCII only and "MÜLLER" is "Müller".
    auto all = PatientDirectory(ctx.db()).search(QString(), std::numeric_limits<int>::max());
    if (!all)
        return R::failure(all.error());
    QList<qint64> ids;
    for (const Patient &p : all.value()) {
        if (p.name.simplified().compare(name, Qt::CaseInsensitive) == 0)
            ids << p.id;
    }
    if (ids.size() > 1) {
        QStringList numbers;
        for (qint64 id : ids)
            numbers << QString::number(id);
        return R::failure(tr("Several patients are called \"%1\" (numbers %2). Please choose one "
                             "with --patient-id; nothing was booked.")
                              .arg(name, numbers.join(QStringLiteral(", "))));
    }
    if (ids.size() == 1)
        request.patientId = ids.first();
    else
        request.newPatientName = name;
    return request;
}

} // namespace empfang::cli
