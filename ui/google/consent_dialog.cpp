#include "google/consent_dialog.h"

#include "google/google_connection_service.h"
#include "privacy/privacy_notice.h"
#include "ui_consent_dialog.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTextBrowser>

namespace empfang {

ConsentDialog::ConsentDialog(GoogleConnectionService &service, qint64 practitionerId,
                             const QString &practitionerName, QWidget *parent)
    : QDialog(parent), m_service(service), m_practitionerId(practitionerId),
      m_ui(std::make_unique<Ui::ConsentDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Connect Google Calendar – %1").arg(practitionerName));
    const PrivacyNotice notice = PrivacyNotice::current();
    m_ui->consentTitle->setText(
        tr("<b>Connect %1 with Google Calendar</b><br>Please read the privacy notice. "
           "Connecting is voluntary and can be withdrawn at any time.")
            .arg(practitionerName.toHtmlEscaped()));
    m_ui->consentNotice->setHtml(notice.isValid()
                                     ? notice.htmlText()
                                     : tr("The privacy notice is missing from this build. Please "
                                          "reinstall Empfang."));
    m_ui->consentNotice->setMinimumHeight(fontMetrics().height() * 18); // about half the dialog
    m_ui->consentNoticeVersion->setText(tr("Privacy notice version %1").arg(notice.version()));
    m_ui->consentNoticeHash->setText(tr("SHA-256: %1").arg(notice.sha256()));
    m_ui->consentCheck->setEnabled(notice.isValid());
    m_ui->consentProgress->setMaximumHeight(fontMetrics().height() / 2);

    // Not a standard button: its text changes with the phase ("Try again").
    m_connect =
        m_ui->consentButtons->addButton(tr("Connect with Google"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("consentConnect"));
    m_connect->setEnabled(false);
    m_connect->setDefault(true);
    m_cancel = m_ui->consentButtons->button(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("consentCancel"));
    m_cancelText = m_cancel->text();

    connect(m_ui->consentCopyAddress, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_ui->consentAddress->text());
        m_ui->consentStatus->setText(tr("Address copied: paste it into a browser's address bar "
                                        "and confirm there."));
    });
    connect(m_ui->consentCheck, &QCheckBox::toggled, m_connect, &QPushButton::setEnabled);
    connect(m_connect, &QPushButton::clicked, this, &ConsentDialog::startConnecting);
    connect(m_cancel, &QPushButton::clicked, this, &ConsentDialog::reject);
    connect(&m_service, &GoogleConnectionService::authorizationUrl, this,
            &ConsentDialog::onAuthorizationUrl);
    connect(&m_service, &GoogleConnectionService::connectFinished, this,
            &ConsentDialog::onConnectFinished);
    const QFontMetrics fm = fontMetrics();
    resize(fm.averageCharWidth() * 110, fm.height() * 42);
}

ConsentDialog::~ConsentDialog()
{
    if (m_phase == Phase::Waiting)
        m_service.cancelConnect(m_practitionerId);
}

QString ConsentDialog::resultText() const
{
    return m_ui->consentStatus->text();
}

void ConsentDialog::setPhase(Phase phase)
{
    m_phase = phase;
    const bool waiting = phase == Phase::Waiting;
    m_ui->consentProgress->setVisible(waiting);
    m_ui->consentCheck->setEnabled(phase == Phase::Asking || phase == Phase::Failed);
    m_connect->setVisible(phase != Phase::Connected);
    m_connect->setEnabled(!waiting && m_ui->consentCheck->isChecked() &&
                          m_ui->consentCheck->isEnabled());
    m_connect->setText(phase == Phase::Failed ? tr("Try again") : tr("Connect with Google"));
    m_cancel->setText(phase == Phase::Connected ? tr("Close") : m_cancelText);
    if (!waiting) {
        m_ui->consentLink->hide();
        m_ui->consentAddressRow->hide();
    }
    m_ui->consentStatus->setStyleSheet(phase == Phase::Failed ? QStringLiteral("color: #b00020;")
                                       : phase == Phase::Connected
                                           ? QStringLiteral("color: #2e7d32;")
                                           : QString());
}

void ConsentDialog::startConnecting()
{
    if (!m_ui->consentCheck->isChecked() || m_phase == Phase::Waiting)
        return;
    m_ui->consentStatus->setText(tr("Starting …"));
    setPhase(Phase::Waiting);
    m_service.connectPractitioner(m_practitionerId, true);
}

void ConsentDialog::onAuthorizationUrl(qint64 practitionerId, const QUrl &url)
{
    if (practitionerId != m_practitionerId || m_phase != Phase::Waiting)
        return;
    const bool opened = QDesktopServices::openUrl(url);
    if (m_phase != Phase::Waiting) // a quick browser may already have finished
        return;
    m_ui->consentStatus->setText(
        opened ? tr("Waiting for Google … please confirm in the browser window "
                    "that has just opened, then come back here.")
               : tr("The browser could not be opened. Please open the address "
                    "below in a browser and confirm there."));
    m_ui->consentLink->setText(tr("No browser window? <a href=\"%1\">Open Google's page</a>")
                                   .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped()));
    m_ui->consentLink->show();
    // Also as plain text to copy: on some desks no browser can be started from here at all.
    m_ui->consentAddress->setText(url.toString(QUrl::FullyEncoded));
    m_ui->consentAddress->setCursorPosition(0);
    m_ui->consentAddressRow->show();
}

void ConsentDialog::onConnectFinished(qint64 practitionerId, bool ok, const QString &message)
{
    if (practitionerId != m_practitionerId || m_phase != Phase::Waiting)
        return;
    m_ui->consentStatus->setText(message);
    setPhase(ok ? Phase::Connected : Phase::Failed);
    emit finishedConnecting(practitionerId, ok, message);
}

void ConsentDialog::reject()
{
    if (m_phase == Phase::Waiting) {
        // Stop the listener; the answer (cancelled) arrives through connectFinished.
        m_service.cancelConnect(m_practitionerId);
        return;
    }
    QDialog::reject();
}

} // namespace empfang
