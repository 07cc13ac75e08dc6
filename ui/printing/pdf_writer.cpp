#include "pdf_writer.h"
#include "privacy/private_file.h"

#include <QFile>
#include <QFont>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextDocument>

namespace empfang {

Status PdfWriter::write(const QString &html, const QString &path, const QString &title)
{
    // QPdfWriter reports nothing when it cannot write; find out first, in words.
    {
        QFile probe(path);
        if (!openPrivate(probe))
            return Status::failure(
                tr("The file \"%1\" cannot be written: %2").arg(path, probe.errorString()));
    }
    QPdfWriter writer(path);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Empfang"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
    // Lay out at screen resolution on the printable area: at QPdfWriter's default 1200 dpi the
    // document would take its default width for a few centimetres and squeeze every table.
    writer.setResolution(96);
    QTextDocument document;
    document.setDefaultFont(QFont(QStringLiteral("Sans Serif"), 10));
    document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
    document.setHtml(html);
    document.print(&writer);
    return success();
}

} // namespace empfang
