#include "pdf_writer.h"
#include "privacy/private_file.h"

#include <QFile>
#include <QFont>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextDocument>

namespace empfang {

QPageLayout PdfWriter::pageLayout(Format format)
{
    switch (format) {
    case Format::A6:
        return QPageLayout(QPageSize(QPageSize::A6), QPageLayout::Portrait, QMarginsF(8, 8, 8, 8),
                           QPageLayout::Millimeter);
    case Format::BusinessCard:
        // Given upright and turned: 85 mm wide, 55 mm high.
        return QPageLayout(
            QPageSize(QSizeF(55, 85), QPageSize::Millimeter, QStringLiteral("Visitenkarte")),
            QPageLayout::Landscape, QMarginsF(4, 4, 4, 4), QPageLayout::Millimeter);
    case Format::A4:
        break;
    }
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 20, 20, 20),
                       QPageLayout::Millimeter);
}

QFont PdfWriter::font(Format format)
{
    const int points = format == Format::BusinessCard ? 6 : format == Format::A6 ? 8 : 10;
    return QFont(QStringLiteral("Sans Serif"), points);
}

Status PdfWriter::write(const QString &html, const QString &path, const QString &title,
                        Format format)
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
    writer.setPageLayout(pageLayout(format));
    // Lay out at screen resolution on the printable area: at QPdfWriter's default 1200 dpi the
    // document would take its default width for a few centimetres and squeeze every table.
    writer.setResolution(96);
    QTextDocument document;
    document.setDefaultFont(font(format));
    document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
    document.setHtml(html);
    document.print(&writer);
    return success();
}

} // namespace empfang
