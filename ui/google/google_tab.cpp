#include "google/google_tab.h"

#include "common/message_box.h"
#include "google/consent_dialog.h"
#include "google/consent_log_dialog.h"
#include "google/google_calendar_dialog.h"
#include "google/google_connection_service.h"
#include "google/google_desk_note.h"
#include "google/google_practitioner_table.h"
#include "ui_google_tab.h"

#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace empfang {

GoogleTab::GoogleTab(Database &db, GoogleConnectionService *service, QWidget *parent)
    : SettingsTab(db, parent), m_service(service)
{
    if (!m_service) {
        // No form: without a service there is nothing to show but this sentence.
        setObjectName(QStringLiteral("googleTab"));
        auto *unavailable =
            new QLabel(tr("The Google Calendar connection is not available in this window."), this);
        unavailable->setObjectName(QStringLiteral("googleUnavailable"));
        unavailable->setWordWrap(true);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(unavailable);
        layout->addStretch(1);
        return;
    }
    m_ui = std::make_unique<Ui::GoogleTab>();
    m_ui->setupUi(this);
    if (m_service->endpoints().isOverridden()) {
        m_ui->googleTestModeNote->setText(
            tr("Test mode: the Google addresses are redirected to %1. Nothing "
               "reaches Google.")
                .arg(m_service->endpoints().tokenUrl.adjusted(QUrl::RemovePath).toDisplayString()));
        m_ui->googleTestModeNote->show();
    }
    m_rows = std::make_unique<GooglePractitionerTable>(m_ui->googlePractitioners, m_db, *m_service);

    showClient();
    // Last and collapsed: the practice's IT enters the Google client once; practitioners
    // only connect their calendar and need none of it.
    setTechnicalExpanded(false);
    connect(m_ui->googleTechnicalToggle, &QToolButton::toggled, this,
            &GoogleTab::setTechnicalExpanded);
    connect(m_ui->googleSaveClient, &QPushButton::clicked, this, &GoogleTab::saveClient);

    connect(m_ui->googlePractitioners, &QTableWidget::itemSelectionChanged, this,
            &GoogleTab::updateButtons);
    connect(m_ui->googleConnect, &QPushButton::clicked, this, &GoogleTab::openConsent);
    connect(m_ui->googleReconnect, &QPushButton::clicked, this, &GoogleTab::openConsent);
    connect(m_ui->googleDisconnect, &QPushButton::clicked, this, &GoogleTab::disconnectCurrent);
    connect(m_ui->googleCalendars, &QPushButton::clicked, this, &GoogleTab::openCalendars);
    connect(m_ui->googleConsentLog, &QPushButton::clicked, this, &GoogleTab::openConsentLog);
    connect(m_service, &GoogleConnectionService::connectionChanged, this, &GoogleTab::updateRow);
    connect(m_service, &GoogleConnectionService::calendarsChanged, this, &GoogleTab::updateRow);
    connect(m_service, &GoogleConnectionService::revokedExternally, this,
            [this](qint64 id, const QString &message) {
                updateRow(id);
                selectPractitioner(id);
                fail(message);
            });
    connect(m_service, &GoogleConnectionService::disconnectFinished, this,
            [this](qint64 id, bool revoked, const QString &message) {
                m_busy.remove(id);
                updateRow(id);
                emit SettingsTab::message(message, !revoked);
            });
    reload();
}

GoogleTab::~GoogleTab() = default;

void GoogleTab::showClient()
{
    const QSettings settings;
    m_ui->googleClientId->setText(settings.value(QStringLiteral("google/clientId")).toString());
    m_ui->googleClientSecret->setText(
        settings.value(QStringLiteral("google/clientSecret")).toString());
    if (!qEnvironmentVariableIsSet("EMPFANG_GOOGLE_CLIENT_ID"))
        return;
    m_ui->googleClientHelp->setText(
        m_ui->googleClientHelp->text() + QLatin1Char(' ') +
        tr("Set by the environment variable EMPFANG_GOOGLE_CLIENT_ID."));
    m_ui->googleClientId->setText(GoogleEndpoints::load().clientId);
    for (QWidget *w :
         QList<QWidget *>{m_ui->googleClientId, m_ui->googleClientSecret, m_ui->googleSaveClient})
        w->setEnabled(false);
}

void GoogleTab::setTechnicalExpanded(bool expanded)
{
    m_ui->googleTechnicalToggle->setChecked(expanded);
    m_ui->googleTechnicalToggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_ui->googleClientBox->setVisible(expanded);
}

void GoogleTab::saveClient()
{
    const QString id = m_ui->googleClientId->text().trimmed();
    const QString secret = m_ui->googleClientSecret->text().trimmed();
    if (!id.isEmpty() && !id.endsWith(QLatin1String(".apps.googleusercontent.com")))
        return fail(tr("This does not look like a Google client ID: a client ID ends in "
                       "“.apps.googleusercontent.com”. Nothing was saved; please check it."));
    QSettings settings;
    settings.setValue(QStringLiteral("google/clientId"), id);
    settings.setValue(QStringLiteral("google/clientSecret"), secret);
    settings.sync();
    m_service->setEndpoints(GoogleEndpoints::load());
    emit message(id.isEmpty() ? tr("The Google client was removed.")
                              : tr("The Google client was saved."),
                 false);
}

QString GoogleTab::stateLabel(GoogleConnection::State state)
{
    switch (state) {
    case GoogleConnection::State::Connected:
        return tr("connected");
    case GoogleConnection::State::ReadOnly:
        return tr("read-only – appointments are not entered in Google");
    case GoogleConnection::State::RevokedExternally:
        return tr("revoked in Google");
    case GoogleConnection::State::None:
        break;
    }
    return tr("not connected");
}

void GoogleTab::reload()
{
    if (!m_rows)
        return;
    if (Status loaded = m_rows->reload(); !loaded)
        return fail(loaded.error());
    updateButtons();
}

QTableWidget *GoogleTab::table() const
{
    return m_ui ? m_ui->googlePractitioners : nullptr;
}

qint64 GoogleTab::currentPractitioner() const
{
    return m_rows ? m_rows->current() : 0;
}

void GoogleTab::selectPractitioner(qint64 practitionerId)
{
    if (m_rows)
        m_rows->select(practitionerId);
}

void GoogleTab::updateRow(qint64 practitionerId)
{
    m_rows->updateRow(practitionerId);
    updateButtons();
}

void GoogleTab::updateButtons()
{
    if (!m_service)
        return;
    const qint64 id = currentPractitioner();
    const GoogleConnection c = m_service->connection(id);
    const bool busy = m_busy.contains(id);
    // Connected at another desk: connecting here brings the sync to this desk (the token and
    // the consent are the practitioner's, so they connect again; docs/ARCHITECTURE.md §8).
    const bool elsewhere = c.isConnected() && !c.syncedBy(m_service->deskId());
    m_ui->googleConnect->setText(elsewhere ? tr("Move sync to this desk…") : tr("Connect…"));
    m_ui->googleConnect->setEnabled(id && !busy && (!c.isConnected() || elsewhere));
    m_ui->googleDisconnect->setEnabled(id && !busy && c.isConnected());
    m_ui->googleCalendars->setEnabled(id && !busy && c.isConnected() && !elsewhere);
    const DeskSyncStatus desk =
        DeskSyncStatus::of(m_db, c, m_service->deskId(), QDateTime::currentMSecsSinceEpoch());
    const QString deskText = GoogleDeskNote::details(desk);
    m_ui->googleDeskNote->setText(deskText);
    // A sync desk that does not run, or a revocation still owed, is a warning, not a remark.
    m_ui->googleDeskNote->setStyleSheet((desk.syncDeskSilent && !desk.thisDesk) ||
                                                !desk.revokePendingAt.isEmpty()
                                            ? QStringLiteral("color: #8a4b00;")
                                            : QString());
    m_ui->googleDeskNote->setVisible(id && !deskText.isEmpty());
    m_ui->googleReadOnlyNote->setVisible(c.state == GoogleConnection::State::ReadOnly);
    const bool revoked = c.state == GoogleConnection::State::RevokedExternally;
    m_ui->googleRevokedNotice->setVisible(revoked);
    if (revoked)
        m_ui->googleRevokedText->setText(
            tr("%1 withdrew Empfang's access in the Google account. The connection and the "
               "access saved on this computer were removed; booking here works as before.")
                .arg(m_rows->name(id)));
}

ConsentDialog *GoogleTab::openConsent()
{
    const qint64 id = currentPractitioner();
    if (!m_service || !id)
        return nullptr;
    // Checked before the consent text: reading it all only to learn that nothing can be
    // connected yet wastes the practitioner's time.
    if (!m_service->endpoints().hasClient()) {
        fail(tr("Google cannot be connected yet: the practice's IT first enters the practice's "
                "Google access once (under “%1” below). Nothing was started.")
                 .arg(m_ui->googleTechnicalToggle->text()));
        setTechnicalExpanded(true);
        m_ui->googleTechnical->setFocus();
        return nullptr;
    }
    if (m_consentDialog)
        m_consentDialog->close();
    if (!m_service->acknowledgeRevocation(id))
        return nullptr;
    auto *dialog = new ConsentDialog(*m_service, id, m_rows->name(id), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConsentDialog::finishedConnecting, this,
            [this](qint64 practitionerId, bool ok, const QString &text) {
                m_busy.remove(practitionerId);
                updateRow(practitionerId);
                emit SettingsTab::message(text, !ok);
            });
    m_consentDialog = dialog;
    dialog->open();
    return dialog;
}

void GoogleTab::disconnectCurrent()
{
    const qint64 id = currentPractitioner();
    if (!m_service || !id || m_busy.contains(id))
        return;
    if (!MessageBox::confirm(this, tr("Disconnect Google"),
                             tr("Disconnect %1 from Google? Empfang's access is withdrawn at "
                                "Google, the access saved on this computer is deleted and the "
                                "withdrawal is recorded in the consent log.")
                                 .arg(m_rows->name(id)),
                             tr("Disconnect")))
        return;
    m_busy.insert(id);
    updateButtons();
    emit message(tr("Disconnecting …"), false);
    m_service->disconnectPractitioner(id);
}

GoogleCalendarDialog *GoogleTab::openCalendars()
{
    const qint64 id = currentPractitioner();
    if (!m_service || !id)
        return nullptr;
    auto *dialog = new GoogleCalendarDialog(*m_service, id, m_rows->name(id), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, id] {
        updateRow(id);
        emit message(tr("The calendar choice was saved."), false);
    });
    dialog->open();
    return dialog;
}

ConsentLogDialog *GoogleTab::openConsentLog()
{
    auto *dialog = new ConsentLogDialog(m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace empfang
