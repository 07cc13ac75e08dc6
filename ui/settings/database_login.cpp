#include "settings/database_login.h"

#include "logging.h"
#include "storage/database.h"
#include "storage/database_address.h"

#include <QEventLoop>
#include <QInputDialog>
#include <QLineEdit>

#include <qt6keychain/keychain.h>

namespace empfang {

namespace {

const QString kService = QStringLiteral("Empfang");

// Runs before the application's event loop has started (AppStartup): nothing else can run
// re-entrantly here yet, so waiting for the keychain's answer in a local loop is safe.
QString storedPassword(const QString &key)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(key);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        qCWarning(lcStorage) << "keychain: database password not readable:" << job.errorString();
    return job.error() == QKeychain::NoError ? job.textData() : QString();
}

void keepPassword(const QString &key, const QString &password)
{
    auto *job = new QKeychain::WritePasswordJob(kService);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(password);
    QObject::connect(job, &QKeychain::Job::finished, job, [](QKeychain::Job *done) {
        if (done->error() != QKeychain::NoError)
            qCWarning(lcStorage) << "keychain: database password not kept:" << done->errorString();
    });
    job->start(); // finishes in the application's event loop
}

} // namespace

Result<std::shared_ptr<Database>> DatabaseLogin::open(const QString &uri, QWidget *parent)
{
    const DatabaseAddress address = DatabaseAddress::parse(uri);
    if (!address.isValid() || address.hasPassword())
        return Database::open(uri);
    const QString refused = address.connectFailed(QStringLiteral("password authentication failed"));
    QString password = storedPassword(address.keychainKey());
    auto opened = Database::open(uri, Database::Creation::MustExist, password);
    for (int attempt = 0; attempt < 3 && !opened && opened.error() == refused; ++attempt) {
        bool ok = false;
        password = QInputDialog::getText(
            parent, tr("Database password"),
            tr("Password for the database %1 (user \"%2\"). Empfang keeps it in the system "
               "keychain of this computer.")
                .arg(address.display(), address.userName()),
            QLineEdit::Password, QString(), &ok);
        if (!ok)
            break;
        opened = Database::open(uri, Database::Creation::MustExist, password);
        if (opened)
            keepPassword(address.keychainKey(), password);
    }
    return opened;
}

} // namespace empfang
