#include "settings/database_tab.h"

#include "booking/placeholder_fit.h"
#include "logging.h"
#include "storage/database.h"
#include "storage/database_address.h"
#include "storage/database_location.h"
#include "storage/local_desk.h"
#include "ui_database_tab.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>

namespace empfang {

DatabaseTab::DatabaseTab(Database &db, QWidget *parent)
    : SettingsTab(db, parent), m_ui(std::make_unique<Ui::DatabaseTab>())
{
    m_ui->setupUi(this);
    fitPlaceholder(m_ui->databaseNext);
    m_ui->deskName->setPlaceholderText(LocalDesk::defaultName());
    if (qEnvironmentVariableIsSet("EMPFANG_DESK")) {
        m_ui->deskName->setReadOnly(true);
        m_ui->deskName->setToolTip(tr("Set by the environment variable EMPFANG_DESK."));
        m_ui->deskNameHint->setText(m_ui->deskName->toolTip());
        m_ui->deskNameSave->setEnabled(false);
    }
    for (QPushButton *save : {m_ui->databaseSave, m_ui->deskNameSave})
        connect(save, &QPushButton::clicked, this, [this] { saveChanges(); });
    for (QLineEdit *edit : {m_ui->databaseNext, m_ui->deskName})
        connect(edit, &QLineEdit::returnPressed, this, [this] { saveChanges(); });
    reload();
}

DatabaseTab::~DatabaseTab() = default;

void DatabaseTab::reload()
{
    m_ui->databaseInUse->setText(m_db.isServer() ? tr("PostgreSQL database %1 (schema version %2)")
                                                       .arg(m_db.displayName())
                                                       .arg(m_db.schemaVersion())
                                                 : tr("SQLite file %1 (schema version %2)")
                                                       .arg(QDir::toNativeSeparators(m_db.path()))
                                                       .arg(m_db.schemaVersion()));
    m_ui->databaseNext->setText(DatabaseLocation::configured());
    m_ui->deskName->setText(LocalDesk::name() == LocalDesk::defaultName() ? QString()
                                                                          : LocalDesk::name());
}

bool DatabaseTab::saveDeskName()
{
    const QString name = m_ui->deskName->text().simplified();
    const QString shown =
        LocalDesk::name() == LocalDesk::defaultName() ? QString() : LocalDesk::name();
    if (m_ui->deskName->isReadOnly() || name == shown)
        return false;
    // The other desks see the new name at once, not only after this desk's next
    // heartbeat.
    if (Status s = LocalDesk::rename(m_db, name, QDateTime::currentMSecsSinceEpoch()); !s)
        qCWarning(lcStorage) << "desk name not stored:" << s.error();
    m_ui->deskName->setText(name);
    return true;
}

bool DatabaseTab::hasUnsavedChanges() const
{
    const QString shown =
        LocalDesk::name() == LocalDesk::defaultName() ? QString() : LocalDesk::name();
    return m_ui->databaseNext->text().trimmed() != DatabaseLocation::configured() ||
           (!m_ui->deskName->isReadOnly() && m_ui->deskName->text().simplified() != shown);
}

bool DatabaseTab::saveChanges()
{
    const QString next = m_ui->databaseNext->text().trimmed();
    if (DatabaseAddress::isServerUri(next)) {
        const DatabaseAddress address = DatabaseAddress::parse(next);
        if (!address.isValid()) {
            fail(address.error());
            return false;
        }
        if (address.hasPassword()) {
            fail(tr("Please leave the password out of the address: Empfang asks for "
                    "it at the "
                    "next start and keeps it in the system keychain, never in its "
                    "settings."));
            return false;
        }
    } else if (!next.isEmpty()) {
        const QFileInfo file(next);
        if (!file.isAbsolute() || !file.absoluteDir().exists()) {
            fail(tr("\"%1\" is not a file in an existing folder. Please give the "
                    "full path, "
                    "e.g. /srv/praxis/empfang.sqlite.")
                     .arg(next));
            return false;
        }
    }
    const bool renamed = saveDeskName();
    if (next == DatabaseLocation::configured()) {
        if (renamed)
            emit message(tr("Other desks now see this desk as \"%1\".").arg(LocalDesk::name()),
                         false);
        return true;
    }
    DatabaseLocation::setConfigured(next);
    emit message(next.isEmpty() ? tr("From the next start Empfang uses the file in the user "
                                     "folder again.")
                                : tr("From the next start Empfang uses %1.")
                                      .arg(DatabaseAddress::isServerUri(next)
                                               ? DatabaseAddress::parse(next).display()
                                               : QDir::toNativeSeparators(next)),
                 false);
    return true;
}

} // namespace empfang
