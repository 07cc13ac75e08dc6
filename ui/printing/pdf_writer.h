#pragma once

#include "domain/practice_contact.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QFont>
#include <QPageLayout>
#include <QString>

namespace empfang {

/// Lays out a DocumentHtml text on A4 (or a card format) and writes it as PDF (Qt Gui, no
/// Widgets: the CLI uses it under an offscreen QGuiApplication).
class PdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(PdfWriter)
public:
    using Format = PracticeContact::CardFormat;

    static Status write(const QString &html, const QString &path, const QString &title,
                        Format format = Format::A4);
    /// Paper and margins of a format: A4, A6 or a business card (85 × 55 mm). The print
    /// preview uses the same, so paper and PDF look alike.
    static QPageLayout pageLayout(Format format);
    /// The text size that suits the paper: smaller on small cards.
    static QFont font(Format format);
};

} // namespace empfang
