#pragma once

class QCoreApplication;

namespace empfang {

/// Installs the German translation of Empfang and of Qt itself. German is the shipped and
/// default language; `EMPFANG_LANGUAGE=en` shows the English source strings (for developers).
void installTranslations(QCoreApplication &app);

} // namespace empfang
