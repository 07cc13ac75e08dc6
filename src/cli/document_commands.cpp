#include "document_commands.h"

#include "booking/practice_directory.h"
#include "documents/document_html.h"
#include "pdf_writer.h"
#include "privacy/patient_export.h"
#include "privacy/private_file.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace empfang::cli {

namespace {

int written(CliContext &ctx, const QString &path, const QString &message)
{
    ctx.out().printResult(QJsonObject{{QStringLiteral("file"), QDir(path).absolutePath()}},
                          message.arg(path));
    return Done;
}

} // namespace

int DocumentCommands::printCard(CliContext &ctx)
{
    auto patient = ctx.id(QStringLiteral("patient"));
    if (!patient)
        return ctx.usageError(patient.error());
    auto html = DocumentHtml::appointmentCard(ctx.db(), patient.value(), ctx.clock().nowMs());
    if (!html)
        return ctx.refuse(html.error());
    const QString out = ctx.value(QStringLiteral("out"));
    if (Status s = PdfWriter::write(html.value(), out, tr("Appointment card"),
                                    PracticeDirectory(ctx.db()).contact().cardFormat);
        !s)
        return ctx.refuse(s.error());
    return written(ctx, out, tr("Appointment card written to %1."));
}

int DocumentCommands::printDay(CliContext &ctx)
{
    // Without --practitioner: every active practitioner, one section each.
    QList<qint64> practitioners;
    if (ctx.has(QStringLiteral("practitioner"))) {
        auto practitioner = ctx.id(QStringLiteral("practitioner"));
        if (!practitioner)
            return ctx.usageError(practitioner.error());
        practitioners << practitioner.value();
    } else {
        auto list = PracticeDirectory(ctx.db()).practitioners();
        if (!list)
            return ctx.refuse(list.error());
        for (const Practitioner &p : list.value())
            practitioners << p.id;
    }
    auto date = ctx.date(QStringLiteral("date"));
    if (!date)
        return ctx.usageError(date.error());
    auto html = DocumentHtml::dayList(ctx.db(), practitioners, date.value());
    if (!html)
        return ctx.refuse(html.error());
    const QString out = ctx.value(QStringLiteral("out"));
    if (Status s = PdfWriter::write(html.value(), out, tr("Day list")); !s)
        return ctx.refuse(s.error());
    return written(ctx, out, tr("Day list written to %1."));
}

int DocumentCommands::exportPatient(CliContext &ctx)
{
    auto patient = ctx.id(QStringLiteral("patient"));
    if (!patient)
        return ctx.usageError(patient.error());
    PatientExport exporter(ctx.db());
    auto data = exporter.collect(patient.value(), ctx.clock().nowMs());
    if (!data)
        return ctx.refuse(data.error());
    QDir dir(ctx.value(QStringLiteral("out")));
    if (!dir.mkpath(QStringLiteral(".")))
        return ctx.refuse(tr("The folder \"%1\" cannot be created.").arg(dir.path()));
    const QString base = QStringLiteral("patient-%1").arg(patient.value());
    const QString jsonPath = dir.filePath(base + QStringLiteral(".json"));
    QSaveFile json(jsonPath);
    if (!openPrivate(json) ||
        json.write(QJsonDocument(data.value()).toJson(QJsonDocument::Indented)) < 0 ||
        !json.commit())
        return ctx.refuse(
            tr("The file \"%1\" cannot be written: %2").arg(jsonPath, json.errorString()));
    const QString pdfPath = dir.filePath(base + QStringLiteral(".pdf"));
    if (Status s = PdfWriter::write(DocumentHtml::patientExport(data.value()), pdfPath,
                                    tr("Patient data"));
        !s)
        return ctx.refuse(s.error());
    if (Status s = exporter.recordExport(patient.value(), ctx.clock().nowMs()); !s)
        return ctx.refuse(s.error());
    if (ctx.out().json()) {
        ctx.out().printJson(QJsonObject{{QStringLiteral("json"), QDir(jsonPath).absolutePath()},
                                        {QStringLiteral("pdf"), QDir(pdfPath).absolutePath()}});
        return Done;
    }
    ctx.out().printLine(tr("Patient data written to %1 and %2.").arg(jsonPath, pdfPath));
    return Done;
}

} // namespace empfang::cli
