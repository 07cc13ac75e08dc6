#include "localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace empfang {

void installTranslations(QCoreApplication &app)
{
    if (qEnvironmentVariable("EMPFANG_LANGUAGE") == QLatin1String("en"))
        return;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_de"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/empfang_de.qm")))
        app.installTranslator(own);
}

} // namespace empfang
