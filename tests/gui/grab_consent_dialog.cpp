// Saves a picture of the consent dialog for the README (packaging/screenshots.sh runs it under
// Xvfb). A tool, not a test: the dialog needs a GoogleConnectionService, which only a program
// linking the test fakes can build without a keychain. CTest runs it once so it cannot rot.
#include "google/consent_dialog.h"
#include "google/google_connection_service.h"
#include "google/google_endpoints.h"
#include "localization.h"
#include "memory_token_store.h"
#include "storage/database.h"
#include "storage/practitioner_repository.h"

#include <QApplication>
#include <QNetworkAccessManager>
#include <QPixmap>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Empfang"));
    empfang::installTranslations(app);
    const QStringList args = QApplication::arguments();
    if (args.size() != 2) {
        QTextStream(stderr) << "usage: grab_consent_dialog OUTPUT.png" << Qt::endl;
        return 2;
    }
    QTemporaryDir dir;
    auto db = empfang::Database::open(dir.filePath(QStringLiteral("shot.sqlite")));
    if (!db)
        return 1;
    auto anna = empfang::PractitionerRepository(*db.value()).add(QStringLiteral("Anna Berger"));
    if (!anna)
        return 1;
    empfang::test::MemoryTokenStore tokens;
    QNetworkAccessManager network;
    empfang::GoogleConnectionService service(*db.value(), tokens, &network,
                                             empfang::GoogleEndpoints::defaults());
    empfang::ConsentDialog dialog(service, anna->id, anna->name);
    dialog.resize(dialog.sizeHint().expandedTo(QSize(720, 640)));
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog))
        return 1;
    QTest::qWait(300); // let the notice's HTML lay out
    if (!dialog.grab().save(args.at(1))) {
        QTextStream(stderr) << "cannot write " << args.at(1) << Qt::endl;
        return 1;
    }
    return 0;
}
