#include "database_tab.h"

#include "logging.h"
#include "placeholder_fit.h"
#include "storage/database.h"
#include "storage/database_address.h"
#include "storage/database_location.h"
#include "storage/desk_repository.h"
#include "storage/local_desk.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace empfang {

DatabaseTab::DatabaseTab(Database &db, QWidget *parent) : SettingsTab(db, parent)
{
    setObjectName(QStringLiteral("databaseTab"));
    m_current = new QLabel(this);
    m_current->setObjectName(QStringLiteral("databaseInUse"));
    m_current->setWordWrap(true);
    m_current->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_next = new QLineEdit(this);
    m_next->setObjectName(QStringLiteral("databaseNext"));
    m_next->setAccessibleName(tr("Database from the next start"));
    // Short enough to be read whole; the full server example is the tooltip.
    m_next->setPlaceholderText(
        tr("empty = the file in the user folder, a file path or postgresql://…"));
    m_next->setToolTip(tr("e.g. postgresql://empfang@praxis-server/empfang?sslmode=verify-full"));
    fitPlaceholder(m_next);
    auto *save = new QPushButton(tr("Use from the next start"), this);
    save->setObjectName(QStringLiteral("databaseSave"));
    connect(save, &QPushButton::clicked, this, [this] { saveChanges(); });
    connect(m_next, &QLineEdit::returnPressed, this, [this] { saveChanges(); });

    m_deskName = new QLineEdit(this);
    m_deskName->setObjectName(QStringLiteral("deskName"));
    m_deskName->setAccessibleName(tr("Name of this desk"));
    m_deskName->setMaxLength(120);
    m_deskName->setPlaceholderText(LocalDesk::defaultName());
    m_deskName->setToolTip(tr("Other desks show this name, e.g. as the desk that synchronises a "
                              "practitioner's Google calendar. Empty = host and user name."));
    if (qEnvironmentVariableIsSet("EMPFANG_DESK")) {
        m_deskName->setReadOnly(true);
        m_deskName->setToolTip(tr("Set by the environment variable EMPFANG_DESK."));
    }
    connect(m_deskName, &QLineEdit::returnPressed, this, [this] { saveChanges(); });
    auto *deskSave = new QPushButton(tr("Apply"), this);
    deskSave->setObjectName(QStringLiteral("deskNameSave"));
    deskSave->setEnabled(!m_deskName->isReadOnly());
    connect(deskSave, &QPushButton::clicked, this, [this] { saveChanges(); });
    auto *deskRow = new QHBoxLayout;
    deskRow->addWidget(m_deskName, 1);
    deskRow->addWidget(deskSave);
    auto *deskHint = new QLabel(m_deskName->toolTip(), this);
    deskHint->setWordWrap(true);
    deskHint->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    deskHint->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    auto *hint = new QLabel(
        tr("One desk: a SQLite file on this computer. Several desks: one PostgreSQL database on "
           "the practice server (see README, \"Mehrere Arbeitsplätze\"); move the data there "
           "with \"empfang-cli db copy --to postgresql://…\". The password is not part of the "
           "address: it comes from ~/.pgpass or Empfang asks for it at start and keeps it in "
           "the system keychain. --db and EMPFANG_DB take precedence over this setting."),
        this);
    hint->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("In use now:"), m_current);
    form->addRow(tr("From the next start:"), m_next);
    form->addRow(QString(), save);
    form->addRow(tr("Name of this desk:"), deskRow);
    form->addRow(QString(), deskHint);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addStretch();
    reload();
}

void DatabaseTab::reload()
{
    m_current->setText(m_db.isServer() ? tr("PostgreSQL database %1 (schema version %2)")
                                             .arg(m_db.displayName())
                                             .arg(m_db.schemaVersion())
                                       : tr("SQLite file %1 (schema version %2)")
                                             .arg(QDir::toNativeSeparators(m_db.path()))
                                             .arg(m_db.schemaVersion()));
    m_next->setText(DatabaseLocation::configured());
    m_deskName->setText(LocalDesk::name() == LocalDesk::defaultName() ? QString()
                                                                      : LocalDesk::name());
}

bool DatabaseTab::saveDeskName()
{
    const QString name = m_deskName->text().simplified();
    const QString shown =
        LocalDesk::name() == LocalDesk::defaultName() ? QString() : LocalDesk::name();
    if (m_deskName->isReadOnly() || name == shown)
        return false;
    LocalDesk::setName(name);
    // The other desks see the new name at once, not only after this desk's next heartbeat.
    if (Status s = DeskRepository(m_db).seen(LocalDesk::id(), LocalDesk::name(),
                                             QDateTime::currentMSecsSinceEpoch());
        !s)
        qCWarning(lcStorage) << "desk name not stored:" << s.error();
    m_deskName->setText(name);
    return true;
}

bool DatabaseTab::hasUnsavedChanges() const
{
    const QString shown =
        LocalDesk::name() == LocalDesk::defaultName() ? QString() : LocalDesk::name();
    return m_next->text().trimmed() != DatabaseLocation::configured() ||
           (!m_deskName->isReadOnly() && m_deskName->text().simplified() != shown);
}

bool DatabaseTab::saveChanges()
{
    const QString next = m_next->text().trimmed();
    if (DatabaseAddress::isServerUri(next)) {
        const DatabaseAddress address = DatabaseAddress::parse(next);
        if (!address.isValid()) {
            fail(address.error());
            return false;
        }
        if (address.hasPassword()) {
            fail(tr("Please leave the password out of the address: Empfang asks for it at the "
                    "next start and keeps it in the system keychain, never in its settings."));
            return false;
        }
    } else if (!next.isEmpty()) {
        const QFileInfo file(next);
        if (!file.isAbsolute() || !file.absoluteDir().exists()) {
            fail(tr("\"%1\" is not a file in an existing folder. Please give the full path, "
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
    emit message(next.isEmpty()
                     ? tr("From the next start Empfang uses the file in the user folder again.")
                     : tr("From the next start Empfang uses %1.")
                           .arg(DatabaseAddress::isServerUri(next)
                                    ? DatabaseAddress::parse(next).display()
                                    : QDir::toNativeSeparators(next)),
                 false);
    return true;
}

} // namespace empfang
