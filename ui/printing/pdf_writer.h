#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QString>

namespace empfang {

/// Lays out a DocumentHtml text on A4 and writes it as PDF (Qt Gui, no Widgets: the CLI uses it
/// under an offscreen QGuiApplication).
class PdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(PdfWriter)
public:
    static Status write(const QString &html, const QString &path, const QString &title);
};

} // namespace empfang
